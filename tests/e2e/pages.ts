/**
 * Every page of the built site. The readable pages come from the sitemap the build writes
 * (dist/sitemap-index.xml and the sitemaps it lists), so a new page is tested without anyone
 * listing it; the pages the sitemap leaves out on purpose, the 404 page and the chrome-less
 * /embed/ pages, are added from dist/ so that every page is still swept.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(process.cwd(), 'dist');
/** The sub-path the site is built under (`BASE`), with a trailing slash: "/" or "/trade/". */
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

function locations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
    (match[1] ?? '').replace(/&amp;/g, '&'),
  );
}

function readDist(file: string): string {
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  return readFileSync(path, 'utf8');
}

/** The site path of every page in the sitemap, e.g. "/lessons/goods-and-services/". */
export function sitemapPages(): string[] {
  return locations(readDist('sitemap-index.xml')).flatMap((sitemap) => {
    const file = decodeURIComponent(new URL(sitemap).pathname).slice(base.length);
    return locations(readDist(file)).map((page) => decodeURI(new URL(page).pathname));
  });
}

/** The pages the sitemap leaves out: the 404 page and every /embed/<slug>/ page. */
function unlistedPages(): string[] {
  const embedDir = join(dist, 'embed');
  const embeds = existsSync(embedDir)
    ? readdirSync(embedDir, { withFileTypes: true })
        .filter(
          (entry) => entry.isDirectory() && existsSync(join(embedDir, entry.name, 'index.html')),
        )
        .map((entry) => `${base}embed/${entry.name}/`)
    : [];
  const notFound = existsSync(join(dist, '404.html')) ? [`${base}404.html`] : [];
  return [...notFound, ...embeds];
}

export function sitePages(): string[] {
  return [...new Set([...sitemapPages(), ...unlistedPages()])].sort();
}
