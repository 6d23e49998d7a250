/**
 * The monthly-window chart in its two uses, `latest-24-months` (bars of the balance) and
 * `tariff-period` (lines of exports and imports with the April 2, 2025 announcement marked),
 * from the real August 2026 file, and the shape on toy months with surpluses in them.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ChartSource } from '../../../src/lib/charts/chart-spec';
import { buildChart } from '../../../src/lib/charts/index';
import { TARIFF_PERIOD, buildMonthlyWindowChart } from '../../../src/lib/charts/monthly-window';
import { loadCatalog, newestSeriesId } from '../../../src/lib/data/series-files';
import { makePeriod, parsePeriodKey, type Period } from '../../../src/logic/data/period';
import { reportInputsFrom } from '../../../src/logic/latest/inputs';
import { monthFlows, type MonthFlows } from '../../../src/logic/latest/report';

const source: ChartSource = {
  seriesId: 'test-series',
  title: 'Test series',
  publisher: 'Test publisher',
  vintage: 'test vintage',
};

function svgOf(markup: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no <svg> in the markup');
  return svg;
}

/** The months of the August 2026 file, named so that a newer download does not change the checks. */
const august = loadCatalog().find(
  'trade-monthly-balance-exports-imports-1992-01-to-2026-06-vintage-2026-08',
);
if (!august) throw new Error('the August 2026 file is missing');
const augustMonths = monthFlows(reportInputsFrom({ current: august }).current);
const measure = 'balance of payments basis, seasonally adjusted';

function period(key: string): Period {
  const parsed = parsePeriodKey(key);
  if (!parsed) throw new Error(`bad period ${key}`);
  return parsed;
}

describe('latest-24-months, as registered', () => {
  const chart = buildChart('latest-24-months');

  it('draws the newest file’s last 24 months and cites that file', () => {
    expect(chart.tables[0]?.rows).toHaveLength(24);
    expect(chart.sources.map((cited) => cited.seriesId)).toEqual([newestSeriesId('BOPGSTB')]);
  });
});

describe('latest-24-months, on the August 2026 file', () => {
  const chart = buildMonthlyWindowChart({
    id: 'latest-24-months',
    months: augustMonths,
    from: period('2024-07'),
    to: period('2026-06'),
    draw: 'balance',
    source,
    measure,
  });
  const svg = svgOf(chart.panels[0]?.svg ?? '');

  it('draws 24 bars, all deficits, below the zero line', () => {
    const bars = [...svg.querySelectorAll('.chart-bar--deficit rect')];
    expect(bars).toHaveLength(24);
    expect(svg.querySelectorAll('.chart-bar--surplus rect')).toHaveLength(0);
    const zero = Number(svg.querySelector('.chart-zero line')?.getAttribute('y1'));
    for (const bar of bars) expect(Number(bar.getAttribute('y'))).toBeCloseTo(zero, 0);
    expect(chart.key.map((entry) => entry.label)).toEqual(['Deficit (bar below zero)']);
  });

  it('says what the months did, and tabulates balance, exports and imports', () => {
    expect(chart.title).toBe('U.S. trade balance by month, July 2024 to June 2026');
    expect(chart.summary).toBe(
      'The United States had a trade deficit in all 24 months from July 2024 to June 2026. The largest deficit was $133.0 billion in March 2025 and the smallest $37.4 billion in October 2025. In June 2026 the balance was a deficit of $73.3 billion.',
    );
    const table = chart.tables[0];
    expect(table?.columns).toEqual(['Month', 'Exports', 'Imports', 'Balance']);
    expect(table?.rows).toHaveLength(24);
    expect(table?.rows.at(-1)).toEqual([
      'June 2026',
      '$314.7 billion',
      '$388.0 billion',
      '−$73.3 billion',
    ]);
  });

  it('cites its source, with how the numbers are measured', () => {
    expect(chart.sources).toEqual([source]);
    expect(chart.note).toBe(
      'Goods and services together, balance of payments basis, seasonally adjusted. Exports minus imports is the balance.',
    );
  });
});

describe('tariff-period, on the August 2026 file', () => {
  const chart = buildMonthlyWindowChart({
    id: 'tariff-period',
    months: augustMonths,
    from: TARIFF_PERIOD.from,
    to: period('2026-06'),
    draw: 'flows',
    event: TARIFF_PERIOD.event,
    source,
    measure,
  });

  it('is registered from January 2024 to the newest month, April 2, 2025 marked', () => {
    const registered = buildChart('tariff-period');
    expect(registered.tables[0]?.rows[0]?.[0]).toBe('January 2024');
    expect(registered.key.at(-1)?.label).toBe('April 2, 2025: tariffs announced');
  });
  const svg = svgOf(chart.panels[0]?.svg ?? '');

  it('draws imports and exports as two lines from January 2024, the gap shaded', () => {
    expect(chart.title).toBe('U.S. exports and imports by month, January 2024 to June 2026');
    expect(svg.querySelectorAll('.chart-line--imports path')).toHaveLength(1);
    expect(svg.querySelectorAll('.chart-line--exports path')).toHaveLength(1);
    expect(svg.querySelectorAll('.chart-area--gap path')).toHaveLength(1);
    const labels = [...svg.querySelectorAll('.chart-label text')].map((text) => text.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Imports', 'Exports']));
    expect(chart.tables[0]?.rows).toHaveLength(30);
  });

  it('marks April 2, 2025 with a labelled rule, in the picture and in the key', () => {
    expect(svg.querySelectorAll('.chart-rule--event line')).toHaveLength(1);
    expect(svg.querySelector('.chart-label--event')?.textContent).toContain('April 2, 2025:');
    expect(svg.querySelector('.chart-label--event')?.textContent).toContain('tariffs announced');
    expect(chart.key.at(-1)?.label).toBe('April 2, 2025: tariffs announced');
  });

  it('says what the data did around the announcement, computed', () => {
    expect(chart.summary).toBe(
      'Imports peaked in March 2025 at $416.4 billion, the highest of any month since the series starts in January 1992. From April 2025 to June 2026 the deficit averaged $61.9 billion a month, smaller than the $84.0 billion a month from January 2024 to March 2025.',
    );
    expect(chart.summary).not.toMatch(/because|caused|due to/);
  });
});

describe('the monthly-window shape on toy months', () => {
  // Six months: deficits, then a surplus in the last two.
  const flows: [number, number][] = [
    [100, 110],
    [100, 120],
    [100, 105],
    [100, 101],
    [104, 100],
    [103, 100],
  ];
  const months: MonthFlows[] = flows.map(([sold, bought], step) => ({
    period: makePeriod('monthly', 2030, step + 1),
    exports: sold * 1_000,
    imports: bought * 1_000,
    balance: (sold - bought) * 1_000,
  }));

  it('draws deficits and surpluses apart, and says how many of each', () => {
    const chart = buildMonthlyWindowChart({
      id: 'latest-24-months',
      months,
      from: period('2030-01'),
      to: period('2030-06'),
      draw: 'balance',
      source,
    });
    const svg = svgOf(chart.panels[0]?.svg ?? '');
    expect(svg.querySelectorAll('.chart-bar--deficit rect')).toHaveLength(4);
    expect(svg.querySelectorAll('.chart-bar--surplus rect')).toHaveLength(2);
    expect(chart.summary).toBe(
      'From January to June 2030 the United States had a trade deficit in four of the six months and a surplus in two. The largest deficit was $20.0 billion in February 2030 and the smallest $1.0 billion in April 2030. The largest surplus was $4.0 billion in May 2030. In June 2030 the balance was a surplus of $3.0 billion.',
    );
    expect(chart.key.map((entry) => entry.label)).toEqual([
      'Deficit (bar below zero)',
      'Surplus (bar above zero)',
    ]);
    expect(chart.note).toBeUndefined();
  });

  it('leaves out an event that falls outside the months drawn, and compares balances in words', () => {
    const outside = buildMonthlyWindowChart({
      id: 'tariff-period',
      months,
      from: period('2030-01'),
      to: period('2030-06'),
      draw: 'flows',
      event: { month: period('2031-04'), day: 2, label: 'Something: happened' },
      source,
    });
    expect(svgOf(outside.panels[0]?.svg ?? '').querySelectorAll('.chart-rule--event')).toHaveLength(
      0,
    );
    expect(outside.key.map((entry) => entry.label)).not.toContain('Something: happened');
    expect(outside.summary).toBe(
      'Imports peaked in February 2030 at $120.0 billion, the highest of any month since the series starts in January 2030.',
    );
    const inside = buildMonthlyWindowChart({
      id: 'tariff-period',
      months,
      from: period('2030-01'),
      to: period('2030-06'),
      draw: 'flows',
      event: { month: period('2030-04'), day: 2, label: 'Something: happened' },
      source,
    });
    expect(inside.summary).toContain(
      'From April to June 2030 the balance averaged a surplus of $2.0 billion a month, against a deficit of $11.7 billion a month from January to March 2030.',
    );
  });

  it('refuses a window with a month missing, or with no months at all', () => {
    const gap = months.filter((month) => month.period.part !== 3);
    const input = {
      id: 'latest-24-months' as const,
      from: period('2030-01'),
      to: period('2030-06'),
      draw: 'balance' as const,
      source,
    };
    expect(() => buildMonthlyWindowChart({ ...input, months: gap })).toThrow(/is missing/);
    expect(() =>
      buildMonthlyWindowChart({ ...input, months, from: period('2040-01'), to: period('2040-06') }),
    ).toThrow(/holds no month/);
  });
});
