/**
 * The content loader of the `figures` collection. Astro's `file()` loader would hand the YAML
 * to the schema as it is; figures that are computations over a series need the series first,
 * so this loader resolves them (src/lib/data/figures-file.ts) and stores what pages print. In
 * `astro dev` it reloads when the figures file or a series file changes.
 */
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { FIGURES_FILE, FigureFileError, loadFigures, resetFigures } from './figures-file';
import { DATA_DIR, resetSeriesCache } from './series-files';

export function figuresLoader(): Loader {
  return {
    name: 'tde-figures',
    async load(context) {
      // parseData is a method of the context: called on it, not pulled off it (unbound-method).
      const { store, watcher, logger } = context;
      const sync = async () => {
        let figures;
        try {
          figures = loadFigures();
        } catch (error) {
          if (error instanceof FigureFileError) {
            throw new AstroError(error.message, `Fix ${FIGURES_FILE} or the series it names.`);
          }
          throw error;
        }
        store.clear();
        for (const figure of figures) {
          store.set({
            id: figure.id,
            data: await context.parseData({ id: figure.id, data: { ...figure } }),
          });
        }
      };
      await sync();
      watcher?.add(DATA_DIR);
      watcher?.on('change', (path) => {
        if (!path.startsWith(DATA_DIR)) return;
        resetSeriesCache();
        resetFigures();
        sync().catch((error: unknown) => {
          logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}
