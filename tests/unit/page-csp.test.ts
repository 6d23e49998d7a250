import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowCsp } from '../../src/integrations/page-csp';

const hash = (body: string, algorithm = 'sha256') =>
  `'${algorithm}-${createHash(algorithm).update(body, 'utf8').digest('base64')}'`;

const used = 'console.log(1)';
const unused = 'console.log(2)';
const style = 'p{color:red}';
const otherStyle = 'h1{color:blue}';

function page(policy: string, body: string): string {
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body>${body}</body></html>`;
}

const policyOf = (html: string) =>
  /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '(none)';

describe('narrowCsp', () => {
  it('keeps the hashes of the inline scripts and styles on the page and drops the rest', () => {
    const html = page(
      `script-src 'self' ${hash(used)} ${hash(unused)}; style-src 'self' ${hash(style)} ${hash(otherStyle)};`,
      `<script>${used}</script>`,
    );
    expect(policyOf(narrowCsp(html))).toBe(
      `script-src 'self' ${hash(used)}; style-src 'self' ${hash(style)};`,
    );
  });

  it('never adds a hash Astro did not put there', () => {
    const html = page(`script-src 'self'; style-src 'self';`, `<script>${used}</script>`);
    expect(policyOf(narrowCsp(html))).toBe(`script-src 'self'; style-src 'self';`);
  });

  it('leaves other sources and directives as written', () => {
    const html = page(
      `script-src 'self' 'wasm-unsafe-eval' ${hash(unused)}; style-src 'self' ${hash(style)}; img-src 'self' data:`,
      '',
    );
    expect(policyOf(narrowCsp(html))).toBe(
      `script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${hash(style)}; img-src 'self' data:;`,
    );
  });

  it('ignores external scripts, whose bodies are empty, and keeps SHA-384 and SHA-512 hashes in use', () => {
    const html = page(
      `script-src 'self' ${hash('')} ${hash(used, 'sha384')}; style-src 'self' ${hash(style, 'sha512')};`,
      `<script type="module" src="/a.js"></script><script type="module">${used}</script>`,
    );
    expect(policyOf(narrowCsp(html))).toBe(
      `script-src 'self' ${hash(used, 'sha384')}; style-src 'self' ${hash(style, 'sha512')};`,
    );
  });

  it('leaves a page without a CSP <meta> unchanged', () => {
    const html = '<!doctype html><html><head></head><body><script>x()</script></body></html>';
    expect(narrowCsp(html)).toBe(html);
  });
});
