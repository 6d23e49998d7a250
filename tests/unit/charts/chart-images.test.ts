import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/lib/charts/index';
import {
  chartImageFiles,
  chartImageName,
  chartImagePath,
} from '../../../src/lib/charts/image-files';
import {
  chartImageStyle,
  themeProperties,
  withImageStyle,
} from '../../../src/lib/charts/image-style';

const globalCss = readFileSync('src/styles/global.css', 'utf8');

describe('themeProperties', () => {
  const css = `
    :root { --a: #111; --b: 1px solid #222; --c: red; }
    @media (prefers-color-scheme: dark) {
      :root { --a: #eee; }
    }`;

  it('reads the light value of each name and the dark value where there is one', () => {
    const { light, dark } = themeProperties(css, ['--a', '--b']);
    expect([...light]).toEqual([
      ['--a', '#111'],
      ['--b', '1px solid #222'],
    ]);
    expect([...dark]).toEqual([['--a', '#eee']]);
  });

  it('fails with the property named when the theme does not define it', () => {
    expect(() => themeProperties(css, ['--missing'])).toThrow(/--missing/);
  });
});

describe('chartImageStyle', () => {
  const style = chartImageStyle();

  it('carries the site palette for light mode and, under the media query, for dark mode', () => {
    const { light, dark } = themeProperties(globalCss, [
      '--color-text',
      '--color-deficit',
      '--color-surplus',
      '--color-muted',
    ]);
    const [lightPart, darkPart] = style.split('@media (prefers-color-scheme:dark)');
    for (const [name, value] of light) expect(lightPart).toContain(`${name}:${value}`);
    for (const [name, value] of dark) expect(darkPart).toContain(`${name}:${value}`);
    expect(dark.get('--color-text')).not.toBe(light.get('--color-text'));
  });

  it('sets the system font and tabular numbers, and styles every mark class the charts use', () => {
    expect(style).toContain('font-family:var(--font-body)');
    expect(style).toMatch(/--font-body:system-ui/);
    expect(style).toContain('font-variant-numeric:tabular-nums');
    const used = new Set(
      chartImageFiles().flatMap(({ svg }) =>
        [...svg.matchAll(/class="([^"]+)"/g)].flatMap((match) => (match[1] ?? '').split(' ')),
      ),
    );
    const styled = (name: string) => style.includes(`.${name}{`) || style.includes(`.${name},`);
    // A variant such as chart-label--total may rely on its base class alone.
    const unstyled = [...used].filter(
      (name) => name.includes('--') && !styled(name) && !styled(name.split('--')[0] ?? ''),
    );
    expect(unstyled).toEqual([]);
  });
});

describe('withImageStyle', () => {
  it('puts the one <style> right after the <title>, and keeps the rest as it was', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><rect class="a" /></svg>';
    expect(withImageStyle(svg)).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg"><title>T</title><style>${chartImageStyle()}</style><rect class="a" /></svg>`,
    );
  });

  it('refuses an SVG without a title', () => {
    expect(() => withImageStyle('<svg></svg>')).toThrow(/<title>/);
  });
});

describe('chart image files', () => {
  const files = chartImageFiles();

  it('writes one file per panel, each under its own name', () => {
    expect(files.map((file) => file.name)).toEqual([
      'annual-balance-1991-2025',
      'bilateral-goods-2024',
      'debt-and-deficits-1',
      'debt-and-deficits-2',
      'vintages-2024',
      'latest-24-months',
      'tariff-period',
    ]);
  });

  it('points each panel at the file that holds its SVG', () => {
    const chart = buildChart('debt-and-deficits');
    expect(chartImagePath(chart, 1)).toBe('/charts/debt-and-deficits-2.svg');
    const file = files.find((entry) => entry.name === chartImageName(chart, 1));
    expect(file?.svg).toBe(withImageStyle(chart.panels[1]?.svg ?? ''));
  });
});
