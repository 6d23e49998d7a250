/**
 * Silences one bundler warning that every build printed seven times, once per MDX lesson:
 * MODULE_LEVEL_DIRECTIVE for the directive "use astro:head-inject".
 *
 * Astro's own content-assets plugin (node_modules/astro/dist/content/vite-plugin-content-assets.js)
 * writes that directive into every content module it loads with `?astroPropagatedAssets`, and
 * Astro reads it back itself; the bundler does not know it and warns that it may drop it, which is
 * harmless. That code is Astro's and cannot be changed from here, so exactly that warning code,
 * for exactly that directive in exactly those modules, is dropped; every other warning shows.
 *
 * Astro gives each Vite environment (prerender, client, ssr) its own bundler options, so a
 * top-level `vite.build.rolldownOptions.onLog` never reaches the prerender build where the
 * lessons are bundled; `configEnvironment` adds the filter to every environment instead.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin, Rolldown } from 'vite';

/** True for the one warning this file exists to drop. */
export function isHeadInjectWarning(warning: Rolldown.RolldownLog): boolean {
  return (
    warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
    warning.message.includes('"use astro:head-inject"') &&
    warning.message.includes('?astroPropagatedAssets')
  );
}

function quietHeadInject(): Plugin {
  return {
    name: 'tde:head-inject-warning',
    configEnvironment() {
      return {
        build: {
          rolldownOptions: {
            onLog(level, log, handler) {
              if (level === 'warn' && isHeadInjectWarning(log)) return;
              handler(level, log);
            },
          },
        },
      };
    },
  };
}

export default function headInjectWarning(): AstroIntegration {
  return {
    name: 'tde:head-inject-warning',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [quietHeadInject()] } });
      },
    },
  };
}
