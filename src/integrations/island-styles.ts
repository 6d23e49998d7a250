/**
 * Moves the one-line stylesheet Astro writes before a page's first island,
 * `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>`, from the body
 * into the head, after every build.
 *
 * Why: Astro emits it in the middle of the body, next to the first island, and a <style> there
 * is not valid HTML (the W3C checker rejects it), and Astro has no option to put it elsewhere.
 * The rule is the same wherever it sits, and its hash is already in the page's CSP <meta>, so
 * moving it changes nothing else. Pages without islands have no such element and are left alone.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rewriteHtmlFiles } from './html-files';

const islandStyle =
  /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

/** The page with the island stylesheet (once) at the end of its head instead of in its body. */
export function hoistIslandStyles(html: string): string {
  const matches = html.match(islandStyle);
  const headEnd = html.indexOf('</head>');
  if (!matches || headEnd === -1) return html;
  const [style] = matches;
  const body = html.slice(headEnd).replace(islandStyle, '');
  return `${html.slice(0, headEnd).replace(islandStyle, '')}${style}${body}`;
}

export default function islandStyles(): AstroIntegration {
  return {
    name: 'tde:island-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { changed: moved } = await rewriteHtmlFiles(fileURLToPath(dir), hoistIslandStyles);
        logger.info(`Island stylesheet moved into the head of ${String(moved)} page(s).`);
      },
    },
  };
}
