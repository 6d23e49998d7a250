/**
 * Narrows each page's CSP <meta> to the hashes of the inline scripts and styles that page
 * really carries, after every build.
 *
 * Why: Astro writes the hash of every inline script and stylesheet in the whole build into
 * every page (24 hashes on a lesson that uses 5). Hashes do not compress, so that list cost each
 * page about 0.7 KB of its first 14.6 KB, the bytes a phone gets in its first network round trip.
 * A hash a page does not use allows nothing that page needs, so dropping it only tightens the
 * policy. The pass never adds a source: it keeps a hash only if Astro put it there and the page
 * holds an element with that exact content, and it leaves every other source ('self',
 * 'wasm-unsafe-eval', other directives) as it was.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { rewriteHtmlFiles } from './html-files';

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const hashSource = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/** The CSP hash sources (every algorithm Astro may use) of each element body in `bodies`. */
function hashSourcesOf(bodies: readonly string[]): Set<string> {
  const sources = new Set<string>();
  for (const body of bodies) {
    for (const algorithm of ['sha256', 'sha384', 'sha512']) {
      const digest = createHash(algorithm).update(body, 'utf8').digest('base64');
      sources.add(`'${algorithm}-${digest}'`);
    }
  }
  return sources;
}

/** `directive` with only the hash sources found in `used`; other sources stay as written. */
function narrowDirective(directive: string, used: ReadonlySet<string>): string {
  const [name = '', ...sources] = directive.trim().split(/\s+/);
  const kept = sources.filter((source) => !hashSource.test(source) || used.has(source));
  return [name, ...kept].join(' ');
}

/**
 * The page with its CSP <meta> keeping, in script-src and style-src, only the hashes of inline
 * scripts and styles present in the page. A page without a CSP <meta> comes back unchanged.
 * HTML entities are not decoded: Astro writes the <meta> content without any, and a directive
 * that did use one would simply keep fewer hashes, never more.
 */
export function narrowCsp(html: string): string {
  const meta = cspMeta.exec(html);
  if (!meta) return html;
  const scripts = hashSourcesOf([...html.matchAll(inlineScript)].map((m) => m[1] ?? ''));
  const styles = hashSourcesOf([...html.matchAll(inlineStyle)].map((m) => m[1] ?? ''));
  const policy = (meta[2] ?? '')
    .split(';')
    .filter((directive) => directive.trim() !== '')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0]?.toLowerCase();
      if (name === 'script-src') return narrowDirective(directive, scripts);
      if (name === 'style-src') return narrowDirective(directive, styles);
      return directive.trim();
    })
    .join('; ');
  return html.replace(cspMeta, (_match, open: string, _content: string, close: string) => {
    return `${open}${policy};${close}`;
  });
}

export default function pageCsp(): AstroIntegration {
  return {
    name: 'tde:page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, removed } = await rewriteHtmlFiles(fileURLToPath(dir), narrowCsp);
        logger.info(
          `CSP narrowed to each page's own hashes: ${String(removed)} bytes less over ${String(pages)} page(s).`,
        );
      },
    },
  };
}
