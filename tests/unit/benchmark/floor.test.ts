import { describe, expect, it } from 'vitest';
import { escapeHtml, floorPage } from '../../../scripts/benchmark/floor';

const lesson = `<!doctype html><html lang="en-GB"><head><title> Basics &amp; more </title>
<meta name="description" content="A &quot;first&quot; lesson"><style>p{}</style></head>
<body><header>Site name</header><main>
<h1>Trade <em>basics</em></h1>
<p>Exports minus <a href="/g">imports</a>.</p>
<div>Loose text<section><h3>Deeper</h3><p>More.</p></section></div>
<table><tr><th>Year</th><td>2024</td></tr></table>
<button>Start the quiz</button><script>alert(1)</script><svg><text>chart</text></svg>
</main></body></html>`;

describe('floorPage', () => {
  const floor = floorPage(lesson);

  it('keeps only the text of <main>: headings as h1/h2, runs of text and table rows as paragraphs', () => {
    expect(floor.html).toContain(
      [
        '<main>',
        '<h1>Trade basics</h1>',
        '<p>Exports minus imports.</p>',
        '<p>Loose text</p>',
        '<h2>Deeper</h2>',
        '<p>More.</p>',
        '<p>Year · 2024</p>',
        '</main>',
      ].join('\n'),
    );
    expect(floor.blocks).toBe(6);
    // Words as the bench counts them: runs between spaces, so the row's "·" is one.
    expect(floor.words).toBe(12);
  });

  it('leaves out scripts, styles, buttons, pictures and everything outside <main>', () => {
    for (const gone of ['alert', 'chart', 'Start the quiz', 'Site name', '<style', '<script']) {
      expect(floor.html).not.toContain(gone);
    }
  });

  it('keeps the language, the title and the description, and asks for no icon', () => {
    expect(floor.html).toMatch(
      /^<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">/,
    );
    expect(floor.html).toContain('<title>Basics &amp; more</title>');
    expect(floor.html).toContain('<meta name="description" content="A &quot;first&quot; lesson">');
    expect(floor.html).toContain('<link rel="icon" href="data:,">');
    expect(floor.html.endsWith('</html>\n')).toBe(true);
  });

  it('refuses a page without <main>', () => {
    expect(() => floorPage('<html><body><p>x</p></body></html>')).toThrow('no <main>');
  });
});

describe('escapeHtml', () => {
  it('escapes the four characters that matter in text and attributes', () => {
    expect(escapeHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });
});
