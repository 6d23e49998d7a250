/**
 * The site's figures as the build resolves them, for end-to-end tests that check a page shows
 * the numbers the data give: a newer data file moves the expectation with the page.
 */
import { loadFigures } from '../../src/lib/data/figures-file';
import { formatFigure, formatFigurePeriod } from '../../src/logic/figure-format';
import type { Figure } from '../../src/schemas/figure';

const figures = new Map(loadFigures().map((entry) => [entry.id, entry]));

/** A figure by id; an unknown id fails the test that asks. */
export function figure(id: string): Figure {
  const found = figures.get(id);
  if (!found) throw new Error(`no figure "${id}" in content/data/figures.yaml`);
  return found;
}

/** A figure as pages print it ("−$901.5 billion"). */
export const shown = (id: string, options: { abs?: boolean } = {}): string =>
  formatFigure(figure(id), options);

/** A figure's period in words ("2025", "June 2026"). */
export const periodOf = (id: string): string => formatFigurePeriod(figure(id));

/** A figure's value in billions, as a reader would type it into a field ("2197.4861"). */
export const billionsOf = (id: string): string => String(figure(id).value / 1000);
