import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  allScriptBytes,
  inlineScriptBytes,
  scriptBodyBytes,
} from '../../../scripts/benchmark/js-bytes';

const site = mkdtempSync(join(tmpdir(), 'bench-js-bytes-'));
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});
mkdirSync(join(site, '_astro'));
const files = {
  'island.js': 'import{a}from"./shared.js";export default a;',
  'shared.js': 'export const a = 1;',
  'quiz.js': 'import"./only-quiz.js";export{};',
  'only-quiz.js': 'console.log("quiz");',
};
for (const [name, code] of Object.entries(files)) writeFileSync(join(site, '_astro', name), code);
const gz = (name: keyof typeof files) => gzipSync(files[name]).length;

const html = `<html><body>
<script>window.x = 1;</script>
<script type="application/ld+json">{"@type":"Thing"}</script>
<script type="module" src="/_astro/island.js"></script>
<astro-island client="visible" component-url="/_astro/island.js"></astro-island>
<astro-island client="request" component-url="/_astro/quiz.js"></astro-island>
<script src="https://elsewhere.example/x.js"></script>
</body></html>`;

describe('inlineScriptBytes', () => {
  it('counts the gzip of inline scripts, not JSON data blocks or scripts with a src', () => {
    expect(inlineScriptBytes(html)).toBe(gzipSync('window.x = 1;').length);
  });
});

describe('allScriptBytes', () => {
  it('follows static imports, each file once, and leaves out islands that wait to be asked', () => {
    expect(allScriptBytes(html, { siteDir: site, base: '/', onRequest: false })).toEqual({
      bytes: gz('island.js') + gz('shared.js'),
      files: 2,
    });
  });

  it('counts those islands too once the reader has asked', () => {
    expect(allScriptBytes(html, { siteDir: site, base: '/', onRequest: true })).toEqual({
      bytes: gz('island.js') + gz('shared.js') + gz('quiz.js') + gz('only-quiz.js'),
      files: 4,
    });
  });
});

describe('scriptBodyBytes', () => {
  it('reads the gzip bodies of the scripts a run loaded, ignoring query strings and other sites', () => {
    const scripts = [{ url: '/_astro/shared.js?v=1' }, { url: '/elsewhere.js' }, { url: 'x' }];
    expect(scriptBodyBytes(scripts, site, '/')).toBe(gz('shared.js'));
  });
});
