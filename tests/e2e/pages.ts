/**
 * Every page of the built site, read from dist/ so that a new page is tested without anyone
 * listing it. (The sitemap lists the same pages; dist/ also has the 404 page.)
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function sitePages(): string[] {
  const dist = join(process.cwd(), 'dist');
  return htmlFiles(dist)
    .map((file) => relative(dist, file).split(sep).join('/'))
    .map((path) =>
      path === 'index.html'
        ? '/'
        : path.endsWith('/index.html')
          ? `/${path.slice(0, -'index.html'.length)}`
          : `/${path}`,
    )
    .sort();
}
