/** The built pages, for the passes that rewrite them after a build. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every .html file under a build's output folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return Promise.resolve(entry.name.endsWith('.html') ? [path] : []);
    }),
  );
  return nested.flat();
}

export interface RewriteTotals {
  /** Pages read. */
  pages: number;
  /** Pages that `rewrite` changed (and that were written back). */
  changed: number;
  /** Characters taken out over all pages (negative when the pass adds). */
  removed: number;
}

/** Passes every page under `dir` through `rewrite`, writing back only the pages it changed. */
export async function rewriteHtmlFiles(
  dir: string,
  rewrite: (html: string) => string,
): Promise<RewriteTotals> {
  const totals: RewriteTotals = { pages: 0, changed: 0, removed: 0 };
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    const rewritten = rewrite(html);
    totals.pages += 1;
    totals.removed += html.length - rewritten.length;
    if (rewritten !== html) {
      await writeFile(file, rewritten);
      totals.changed += 1;
    }
  }
  return totals;
}
