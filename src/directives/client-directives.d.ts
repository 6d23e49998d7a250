// A module (it exports), so that the declaration below augments Astro's types instead of replacing them.
export {};

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the reader presses a `[data-hydrate]` button inside the island. */
    'client:request'?: boolean;
  }
}
