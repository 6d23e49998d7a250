import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Registers the `client:request` directive (see src/directives/on-request.ts). */
export default function clientRequest(): AstroIntegration {
  return {
    name: 'client-request',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'request',
          entrypoint: fileURLToPath(new URL('../directives/on-request.ts', import.meta.url)),
        });
      },
    },
  };
}
