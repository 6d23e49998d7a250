/**
 * Reads a data folder (content/data, or a test's copy of it) the way the build does: series.yaml
 * through its schema, each CSV into the catalog computations use, and the figures file. The
 * build's own readers are bound to content/data and cache what they read; `npm run data:update`
 * needs a folder it names and a catalog it can extend with a file not yet written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Catalog } from '../../../logic/data/catalog';
import type { SeriesSource } from '../../../logic/data/figures';
import { failure, success, type Outcome } from '../../../logic/data/update/result';
import { seriesListSchema, type Series } from '../../../schemas/series';
import { catalogEntryOf, seriesSourceOf } from '../series-files';

export interface ContentFolder {
  /** The folder holding series.yaml, series/ and figures.yaml. */
  readonly dir: string;
  readonly seriesYaml: string;
  readonly list: readonly Series[];
  /** Each series' CSV text, by series id. */
  readonly texts: ReadonlyMap<string, string>;
  readonly catalog: Catalog;
  readonly sources: ReadonlyMap<string, SeriesSource>;
  /** The figures file's text, or undefined when the folder has none. */
  readonly figuresText: string | undefined;
  /** The claims file's text, or undefined when the folder has none. */
  readonly claimsText: string | undefined;
}

/** Checks series.yaml against its schema; the problems, one line each, when it does not match. */
export function parseSeriesList(text: string): Outcome<Series[]> {
  const result = seriesListSchema.safeParse(parseYaml(text));
  if (result.success) return success(result.data);
  return failure(
    result.error.issues.map((issue) => `  - [${issue.path.join('.')}] ${issue.message}`).join('\n'),
  );
}

/** Reads a data folder; a folder whose files do not check out is an error saying what is wrong. */
export function readContentFolder(dir: string): ContentFolder {
  const seriesYaml = readFileSync(join(dir, 'series.yaml'), 'utf8');
  const parsed = parseSeriesList(seriesYaml);
  if (!parsed.ok) {
    throw new Error(`${join(dir, 'series.yaml')} does not match its schema:\n${parsed.problem}`);
  }
  const list = parsed.value;
  const texts = new Map(
    list.map((series) => [series.id, readFileSync(join(dir, 'series', series.file), 'utf8')]),
  );
  let figuresText: string | undefined;
  try {
    figuresText = readFileSync(join(dir, 'figures.yaml'), 'utf8');
  } catch {
    figuresText = undefined;
  }
  let claimsText: string | undefined;
  try {
    claimsText = readFileSync(join(dir, 'claims.yaml'), 'utf8');
  } catch {
    claimsText = undefined;
  }
  return {
    dir,
    seriesYaml,
    list,
    texts,
    catalog: catalogOf(list, texts),
    sources: new Map(list.map((series) => [series.id, seriesSourceOf(series)])),
    figuresText,
    claimsText,
  };
}

/** A catalog of the given series and their texts. */
export function catalogOf(list: readonly Series[], texts: ReadonlyMap<string, string>): Catalog {
  return new Catalog(list.map((series) => catalogEntryOf(series, texts.get(series.id) ?? '')));
}

/** The folder as it would be with one more series file: what the figures check compares. */
export function withSeries(
  folder: ContentFolder,
  series: Series,
  text: string,
): { readonly catalog: Catalog; readonly sources: ReadonlyMap<string, SeriesSource> } {
  const list = [...folder.list, series];
  const texts = new Map([...folder.texts, [series.id, text]]);
  return {
    catalog: catalogOf(list, texts),
    sources: new Map([...folder.sources, [series.id, seriesSourceOf(series)]]),
  };
}
