import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { buildAnnualBalanceChart } from '../../../src/lib/charts/annual-balance';
import { buildBilateralGoodsChart, inSentence } from '../../../src/lib/charts/bilateral-goods';
import type { ChartSource, ChartSpec } from '../../../src/lib/charts/chart-spec';
import { buildDebtAndDeficitsChart } from '../../../src/lib/charts/debt-and-deficits';
import { CHART_IDS, buildChart, isChartId } from '../../../src/lib/charts/index';
import { assertSafeSvg, renderPlot } from '../../../src/lib/charts/render-plot';
import {
  SERIES_IDS,
  loadAnnualTrade,
  loadFiscalYears,
  loadMonthly,
  loadPartnerTrade,
  loadQuarterly,
  loadSeriesList,
  monthlyColumn,
  newestSeriesId,
} from '../../../src/lib/data/series-files';
import { buildVintagesChart } from '../../../src/lib/charts/vintages';

const source: ChartSource = {
  seriesId: 'test-series',
  title: 'Test series',
  publisher: 'Test publisher',
  vintage: 'test vintage',
};

/** Parses SVG markup so tests can count marks the way a browser would see them. */
function svgOf(markup: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no <svg> in the markup');
  return svg;
}

/** What every chart must satisfy: text alternatives, a sized viewBox, and nothing the CSP blocks. */
function expectAccessibleSafeChart(chart: ChartSpec) {
  expect(chart.title).not.toBe('');
  expect(chart.summary).toMatch(/\.$/);
  expect(chart.panels.length).toBeGreaterThan(0);
  for (const panel of chart.panels) {
    expect(panel.svg).not.toMatch(/style\s*=/i);
    expect(panel.svg).not.toMatch(/<style/i);
    expect(panel.svg).not.toMatch(/<script/i);
    const svg = svgOf(panel.svg);
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(panel.alt.length).toBeGreaterThan(20);
    expect(svg.querySelector('title')?.textContent).toBe(panel.alt);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${String(panel.width)} ${String(panel.height)}`);
    expect(svg.getAttribute('width')).toBe(String(panel.width));
    expect(svg.getAttribute('height')).toBe(String(panel.height));
  }
  if (chart.panels.length === 1) expect(chart.panels[0]?.alt).toContain(chart.title);
  expect(chart.sources.length).toBeGreaterThan(0);
  expect(chart.tables.length).toBeGreaterThan(0);
  for (const table of chart.tables) {
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  }
}

describe('renderPlot', () => {
  const options = {
    width: 300,
    height: 200,
    marks: [Plot.barY([{ x: 'a', y: 1 }], { x: 'x', y: 'y' })],
  };

  it('strips the <style> and style attributes Plot adds, and sizes the file by its viewBox', () => {
    const image = renderPlot(options, { title: 'A test', summary: 'One bar.' });
    expect(image.svg.startsWith('<svg')).toBe(true);
    expect(image.svg).not.toMatch(/<style|style=/);
    const svg = svgOf(image.svg);
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 200');
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['300', '200']);
    expect([image.width, image.height]).toEqual([300, 200]);
  });

  it('gives the picture its title and summary as alt text and as the SVG <title>', () => {
    const image = renderPlot(options, { title: 'A test', summary: 'One bar.' });
    expect(image.alt).toBe('A test. One bar.');
    const svg = svgOf(image.svg);
    expect(svg.firstElementChild?.tagName.toLowerCase()).toBe('title');
    expect(svg.firstElementChild?.textContent).toBe('A test. One bar.');
    // Inside an <img> the SVG's own ARIA would be ignored; the alt text speaks for it.
    expect(svg.hasAttribute('aria-label')).toBe(false);
    expect(svg.hasAttribute('role')).toBe(false);
  });

  it('refuses markup the CSP would block', () => {
    expect(() => {
      assertSafeSvg('<svg style="color:red"></svg>');
    }).toThrow(/style attribute/);
    expect(() => {
      assertSafeSvg('<svg><style>rect{}</style></svg>');
    }).toThrow(/<style>/);
    expect(() => {
      assertSafeSvg('<svg onload="x()"></svg>');
    }).toThrow(/event handler/);
    expect(() => {
      assertSafeSvg('<svg><rect class="a"/></svg>');
    }).not.toThrow();
  });
});

describe('buildChart', () => {
  it('knows the six chart ids and builds each from the real series', () => {
    expect(CHART_IDS).toEqual([
      'annual-balance-1991-2025',
      'bilateral-goods-2024',
      'debt-and-deficits',
      'vintages-2024',
      'latest-24-months',
      'tariff-period',
    ]);
    for (const id of CHART_IDS) {
      const chart = buildChart(id);
      expect(chart.id).toBe(id);
      expectAccessibleSafeChart(chart);
    }
  });

  it('fails with the unknown id named, so a typo in a lesson fails the build', () => {
    expect(isChartId('annual-balance')).toBe(false);
    expect(() => buildChart('annual-balance')).toThrow(/no chart "annual-balance"/);
  });

  it('every series a chart cites is listed in series.yaml, with its publisher and vintage', () => {
    const ids = loadSeriesList().map((series) => series.id);
    for (const id of Object.values(SERIES_IDS)) expect(ids).toContain(id);
    for (const chartId of CHART_IDS) {
      for (const cited of buildChart(chartId).sources) {
        expect(ids).toContain(cited.seriesId);
        expect(cited.publisher).not.toBe('');
        expect(cited.vintage).not.toBe('');
      }
    }
  });
});

describe('annual-balance-1991-2025', () => {
  const chart = buildAnnualBalanceChart({ rows: loadAnnualTrade(), source });
  const svg = svgOf(chart.panels[0]?.svg ?? '');

  it('draws three labelled lines: goods, services and total', () => {
    expect(svg.querySelectorAll('.chart-line path')).toHaveLength(3);
    const labels = [...svg.querySelectorAll('.chart-label text')].map((text) => text.textContent);
    expect(labels.sort()).toEqual(['Goods', 'Services', 'Total']);
    expect(chart.key.map((entry) => entry.label)).toEqual(['Total', 'Goods', 'Services']);
  });

  it('labels its axes with units and tabulates every year', () => {
    expect(svg.textContent).toContain('billions of dollars');
    expect(svg.textContent).toContain('Year');
    expect(chart.tables[0]?.rows).toHaveLength(35);
    expect(chart.tables[0]?.rows[33]).toEqual([
      '2024',
      '−$1,215.4 billion',
      '$311.9 billion',
      '−$903.5 billion',
    ]);
  });

  it('says what the data show, in words', () => {
    expect(chart.summary).toContain('a deficit of $901.5 billion in 2025');
    expect(chart.summary).toContain('In every year from 1991 to 2025');
  });

  it('does not claim a pattern the data do not show', () => {
    const rows = loadAnnualTrade().map((row) =>
      row.year === 2000 && row.scope === 'services' ? { ...row, balance: -1 } : row,
    );
    expect(buildAnnualBalanceChart({ rows, source }).summary).not.toContain('In every year');
  });
});

describe('bilateral-goods-2024', () => {
  const chart = buildBilateralGoodsChart({ rows: loadPartnerTrade(), source });
  const svg = svgOf(chart.panels[0]?.svg ?? '');

  it('draws one bar per partner: deficits and surpluses apart', () => {
    expect(svg.querySelectorAll('.chart-bar--deficit rect')).toHaveLength(25);
    expect(svg.querySelectorAll('.chart-bar--surplus rect')).toHaveLength(11);
    expect(svg.querySelectorAll('.chart-label--value text')).toHaveLength(36);
  });

  it('sorts from the largest deficit to the largest surplus, with signed labels', () => {
    const names = chart.tables[0]?.rows.map((row) => row[0]);
    expect(names?.[0]).toBe('China');
    expect(names?.at(-1)).toBe('Netherlands');
    const labels = [...svg.querySelectorAll('.chart-label--value text')].map((t) => t.textContent);
    expect(labels).toContain('−297.0');
    expect(labels).toContain('+54.1');
  });

  it('puts deficits left of zero and surpluses right of it', () => {
    const x = (selector: string) =>
      [...svg.querySelectorAll(selector)].map((rect) => Number(rect.getAttribute('x')));
    const zero = Number(svg.querySelector('.chart-zero line')?.getAttribute('x1'));
    const deficitRight = [...svg.querySelectorAll('.chart-bar--deficit rect')].map(
      (rect) => Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')),
    );
    for (const right of deficitRight) expect(right).toBeCloseTo(zero, 0);
    for (const left of x('.chart-bar--surplus rect')) expect(left).toBeCloseTo(zero, 0);
  });

  it('warns that the European Union overlaps its members', () => {
    expect(chart.note).toMatch(/must not be added up/);
    expect(chart.summary).toBe(
      'In 2024 the United States had a goods deficit with 25 of these partners and a surplus with 11. The largest deficit was with China (−$297 billion). The largest surplus was with the Netherlands (+$54.1 billion).',
    );
    expect(inSentence('European Union')).toBe('the European Union');
    expect(inSentence('Mexico')).toBe('Mexico');
  });

  it('refuses a file that mixes years', () => {
    const rows = loadPartnerTrade();
    const [first, ...rest] = rows;
    if (!first) throw new Error('no partners');
    expect(() =>
      buildBilateralGoodsChart({ rows: [{ ...first, year: 2023 }, ...rest], source }),
    ).toThrow(/one year/);
  });
});

describe('debt-and-deficits', () => {
  const chart = buildDebtAndDeficitsChart({
    debt: loadQuarterly(newestSeriesId('GFDEBTN')),
    deficits: loadFiscalYears(newestSeriesId('FYFSD')),
    debtSource: source,
    deficitSource: { ...source, seriesId: 'other' },
  });

  it('has two panels, the stock in trillions and the flow in billions', () => {
    expect(chart.panels).toHaveLength(2);
    const [debtPanel, deficitPanel] = chart.panels.map((panel) => svgOf(panel.svg));
    expect(debtPanel?.textContent).toContain('trillions of dollars');
    expect(deficitPanel?.textContent).toContain('billions of dollars');
    expect(debtPanel?.querySelectorAll('.chart-line--debt path')).toHaveLength(1);
  });

  it('draws one bar per fiscal year, surplus years apart', () => {
    const svg = svgOf(chart.panels[1]?.svg ?? '');
    expect(svg.querySelectorAll('.chart-bar--surplus rect')).toHaveLength(4);
    expect(svg.querySelectorAll('.chart-bar--deficit rect')).toHaveLength(52);
    expect(chart.tables[1]?.rows).toHaveLength(56);
  });

  it('states the latest debt and deficit, and the surplus years', () => {
    expect(chart.summary).toContain('$39.1 trillion at the end of March 2026');
    expect(chart.summary).toContain('$1.8 trillion in fiscal year 2025');
    expect(chart.summary).toContain('fiscal years 1998 to 2001');
    expect(chart.tables[0]?.rows.at(-1)).toEqual(['March 2026', '$39.07 trillion']);
    expect(chart.sources.map((cited) => cited.seriesId)).toEqual(['test-series', 'other']);
  });
});

describe('vintages-2024', () => {
  const vintages = [
    {
      tone: 'first',
      label: 'First published',
      column: 'First published',
      words: 'first published',
      points: loadMonthly(SERIES_IDS.firstPublished),
      source,
    },
    {
      tone: 'revised',
      label: 'After the June 2025 revision',
      column: 'June 2025',
      words: 'after the June 2025 revision',
      points: loadMonthly(SERIES_IDS.revised),
      source,
    },
    {
      tone: 'latest',
      label: 'After the June 2026 revision',
      column: 'June 2026',
      words: 'after the June 2026 revision',
      points: monthlyColumn(SERIES_IDS.afterJune2026, 'BOPGSTB'),
      source,
    },
  ] as const;
  const chart = buildVintagesChart({ year: 2024, vintages });
  const svg = svgOf(chart.panels[0]?.svg ?? '');

  it('draws three lines of twelve marked months, told apart by dash and marker shape', () => {
    expect(svg.querySelectorAll('.chart-line path')).toHaveLength(3);
    expect(svg.querySelectorAll('.chart-dot--first > *')).toHaveLength(12);
    expect(svg.querySelectorAll('.chart-dot--revised > *')).toHaveLength(12);
    expect(svg.querySelectorAll('.chart-dot--latest > *')).toHaveLength(12);
    expect(chart.key.map((entry) => entry.marker?.shape)).toEqual(['circle', 'square', 'triangle']);
  });

  it('tabulates each month in every vintage and the yearly totals', () => {
    const rows = chart.tables[0]?.rows ?? [];
    expect(rows).toHaveLength(13);
    // January 2024: −66,938 first published (March 2025 download), −67,077 after the June 2025
    // revision, −63,925 after the June 2026 revision, read off the three CSV files.
    expect(rows[0]).toEqual([
      'January 2024',
      '−$66.9 billion',
      '−$67.1 billion',
      '−$63.9 billion',
      '+$3 billion',
    ]);
    expect(rows[12]).toEqual([
      'Whole year 2024',
      '−$918.4 billion',
      '−$903.5 billion',
      '−$885.5 billion',
      '+$32.9 billion',
    ]);
    expect(chart.summary).toContain('$918.4 billion as first published');
    expect(chart.summary).toContain('$885.5 billion after the June 2026 revision');
  });

  it('fails when a month is missing from a vintage, rather than drawing a gap', () => {
    const [first, second, third] = vintages;
    expect(() =>
      buildVintagesChart({
        year: 2024,
        vintages: [
          first,
          { ...second, points: second.points.filter((point) => point.period !== '2024-06') },
          third,
        ],
      }),
    ).toThrow('2024-06 is missing from the vintage "After the June 2025 revision"');
  });
});
