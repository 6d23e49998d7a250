/**
 * One shape for the content loaders that need more than Astro's `file()` and `glob()`: the
 * figures (computed from the series), the quiz banks and the glossary (which quote figures).
 * `read` returns the entries, or throws an error whose message names the file and the entry;
 * the loader hands each entry to the collection's schema, and in `astro dev` reads again when a
 * watched folder changes (the data's caches are reset first, so a new series file is seen).
 */
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { resetFigures } from '../data/figures-file';
import { DATA_DIR, resetSeriesCache } from '../data/series-files';

export interface LoadedEntry {
  readonly id: string;
  readonly data: Record<string, unknown>;
  /** The file the entry comes from, relative to the project. */
  readonly filePath?: string;
}

/** An error whose message already says what is wrong and where: shown without a stack trace. */
export class ContentFileError extends Error {
  override readonly name = 'ContentFileError';
  constructor(
    message: string,
    /** What to do about it. */
    readonly hint: string,
  ) {
    super(message);
  }
}

export function yamlContentLoader(options: {
  name: string;
  /** Folders whose changes re-read the content in `astro dev` (content/data is always one). */
  watch: readonly string[];
  read: () => readonly LoadedEntry[];
}): Loader {
  return {
    name: options.name,
    async load(context) {
      const { store, watcher, logger } = context;
      const sync = async () => {
        let entries;
        try {
          entries = options.read();
        } catch (error) {
          if (error instanceof ContentFileError) throw new AstroError(error.message, error.hint);
          throw error;
        }
        store.clear();
        for (const entry of entries) {
          const data = await context.parseData({
            id: entry.id,
            data: entry.data,
            ...(entry.filePath === undefined ? {} : { filePath: entry.filePath }),
          });
          store.set({
            id: entry.id,
            data,
            ...(entry.filePath ? { filePath: entry.filePath } : {}),
          });
        }
      };
      await sync();
      const folders = [DATA_DIR, ...options.watch];
      watcher?.add(folders);
      watcher?.on('change', (path) => {
        if (!folders.some((folder) => path.startsWith(folder))) return;
        resetSeriesCache();
        resetFigures();
        sync().catch((error: unknown) => {
          logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}
