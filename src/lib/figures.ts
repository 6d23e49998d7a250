import { getEntry } from 'astro:content';
import type { Figure } from '../schemas/figure';

/**
 * A figure from the `figures` collection, for build-time code that needs one (a calculator's
 * presets, a page's summary line). A missing id fails the build, naming who asked for it.
 */
export async function figureById(id: string, who: string): Promise<Figure> {
  const entry = await getEntry('figures', id);
  if (!entry) throw new Error(`${who} needs the figure "${id}" in content/data/figures.yaml.`);
  return entry.data;
}

/** Several figures at once, in the order asked. */
export const figuresById = (ids: readonly string[], who: string): Promise<Figure[]> =>
  Promise.all(ids.map((id) => figureById(id, who)));
