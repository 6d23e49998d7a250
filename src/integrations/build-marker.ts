/**
 * Marks a finished build, so that `scripts/serve.mjs` (npm start, npm run preview, the tests)
 * never serves a dist/ that a failed build left half-written: pages of the new build beside
 * those of an old one, or no search index, would look like a working site.
 *
 * The marker is removed as soon as `astro build` starts, before content is synced or a page is
 * rendered (so a content error also leaves no marker), and written again by the last
 * `astro:build:done` hook. It must stay the last integration in astro.config.mjs: hooks run in
 * the order of the list, so that is after the search index has been written.
 */
import type { AstroIntegration } from 'astro';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The marker's file name inside the build folder; scripts/serve.mjs checks for the same name. */
export const BUILD_MARKER = '.build-complete';

export default function buildMarker(): AstroIntegration {
  return {
    name: 'tde:build-marker',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        await rm(new URL(BUILD_MARKER, config.outDir), { force: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const marker = new URL(BUILD_MARKER, dir);
        await writeFile(marker, `astro build finished at ${new Date().toISOString()}\n`);
        logger.debug(`Marked the build as finished: ${fileURLToPath(marker)}`);
      },
    },
  };
}
