/**
 * Builds the Pagefind full-text index after every `astro build` (so `npm run build`, `npm test`,
 * `npm start`, the end-to-end tests and the benchmark all get one), written to `dist/pagefind/`.
 *
 * What is indexed:
 * - lesson pages, inside their `data-pagefind-body` (prose, figures, the no-JS quiz markup with
 *   its answers and explanations, sources); calculators, chart drawings and the data tables
 *   behind the charts are left out, as is anything marked `data-pagefind-ignore`;
 * - every glossary entry as its own record, linking to its anchor on /glossary/, so a search for a
 *   term finds its definition rather than the whole glossary page.
 * Pages without `data-pagefind-body` (home, quiz, calculators, data…) are not indexed.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';

/**
 * Parts of an indexed page that are controls, drawings or markers, not text worth finding:
 * calculators, chart drawings and their data tables, footnote numbers ("[4]"), "Show the answer".
 */
const excludeSelectors = [
  '.calculator',
  'svg',
  // A chart picture's alt text repeats the title and summary printed above it.
  '.chart-image',
  '.chart-data',
  '.figure-ref',
  '.static-answer > summary',
];

/** Pagefind's own ready-made search UIs, which this site does not use. */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

interface GlossaryRecord {
  url: string;
  term: string;
  content: string;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads the glossary's entries back from the built page: one record per term. */
async function glossaryRecords(siteDir: string): Promise<GlossaryRecord[]> {
  const html = await readFile(join(siteDir, 'glossary', 'index.html'), 'utf8');
  const { document } = parseHTML(html);
  const records: GlossaryRecord[] = [];
  for (const entry of document.querySelectorAll('[data-glossary-entry]')) {
    const term = clean(entry.querySelector('dt')?.textContent);
    // The definition and the example (not the list of related terms), kept apart by a space.
    const paragraphs = [...entry.querySelectorAll('dd > p:not(.related)')].map((p) =>
      clean(p.textContent),
    );
    const definition = paragraphs.filter(Boolean).join(' ');
    if (entry.id && term && definition) {
      records.push({ url: `/glossary/#${entry.id}`, term, content: `${term}. ${definition}` });
    }
  }
  return records;
}

function fail(what: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tde:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await pagefind.createIndex({ excludeSelectors, forceLanguage: 'en' });
          const index = created.index;
          if (!index || created.errors.length > 0) fail('start', created.errors);

          const pages = await index.addDirectory({ path: siteDir });
          if (pages.errors.length > 0) fail('index the pages', pages.errors);
          if (pages.page_count === 0) fail('find any page marked data-pagefind-body', []);

          const terms = await glossaryRecords(siteDir);
          if (terms.length === 0) fail('find the glossary entries in glossary/index.html', []);
          for (const term of terms) {
            const added = await index.addCustomRecord({
              url: term.url,
              content: term.content,
              language: 'en',
              meta: { title: term.term },
            });
            if (added.errors.length > 0) fail(`index the term "${term.term}"`, added.errors);
          }

          const outputPath = join(siteDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) fail('write the index', written.errors);
          // Pagefind also writes its ready-made UIs; the site has its own (src/islands/Search.tsx),
          // so they would only be dead weight in dist/.
          await Promise.all(unusedFiles.map((file) => rm(join(outputPath, file), { force: true })));
          const records = (await readdir(join(outputPath, 'fragment'))).length;
          const lessons = records - terms.length;
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `Search index: ${lessons} pages and ${terms.length} glossary terms (${pages.page_count} HTML files read) in ${seconds} s.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
