/**
 * Reads `content/data/figures.yaml` at build time: each entry checked against its schema, then
 * resolved against the series files (computed figures get their value from the data). Every
 * problem is reported at once, each naming the figure, and the file where one is involved.
 * The content collection, the tests and `npm run data:update` all read figures through here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Catalog } from '../../logic/data/catalog';
import { resolveFigures, type SeriesSource } from '../../logic/data/figures';
import { figureInputSchema, type Figure, type FigureInput } from '../../schemas/figure';
import { DATA_DIR, loadCatalog, seriesSources } from './series-files';

export const FIGURES_FILE = 'content/data/figures.yaml';

/** The content of figures.yaml is wrong; `problems` lists what, one line each. */
export class FigureFileError extends Error {
  override readonly name = 'FigureFileError';
  constructor(readonly problems: readonly string[]) {
    super(
      `${FIGURES_FILE} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

/** Checks each entry of the figures file against its schema; returns the entries or problems. */
export function readFigureInputs(text: string): {
  inputs: FigureInput[];
  problems: string[];
} {
  const raw: unknown = parseYaml(text);
  if (!Array.isArray(raw)) return { inputs: [], problems: ['the file must be a list of figures'] };
  const inputs: FigureInput[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const result = figureInputSchema.safeParse(entry);
    const id =
      typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : undefined;
    const name = id === undefined ? `entry ${index + 1}` : `figure "${id}"`;
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join('.');
        problems.push(`${name}${field ? `, field ${field}` : ''}: ${issue.message}`);
      }
      return;
    }
    if (seen.has(result.data.id)) problems.push(`${name} appears twice`);
    seen.add(result.data.id);
    inputs.push(result.data);
  });
  return { inputs, problems };
}

/** Every figure resolved against the given series (the site's own by default), or an error. */
export function loadFiguresFrom(
  text: string,
  catalog: Catalog,
  sources: ReadonlyMap<string, SeriesSource>,
): Figure[] {
  const { inputs, problems } = readFigureInputs(text);
  const resolved = resolveFigures(inputs, catalog, sources);
  const all = [...problems, ...resolved.problems];
  if (all.length > 0) throw new FigureFileError(all);
  return [...resolved.figures];
}

let cached: Figure[] | undefined;

/** The site's figures, resolved against the series in content/data (read once per process). */
export function loadFigures(): Figure[] {
  cached ??= loadFiguresFrom(
    readFileSync(resolve(DATA_DIR, 'figures.yaml'), 'utf8'),
    loadCatalog(),
    seriesSources(),
  );
  return cached;
}

/** Forgets the figures read, so the next `loadFigures` reads the files again (dev server). */
export function resetFigures(): void {
  cached = undefined;
}
