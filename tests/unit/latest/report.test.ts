/**
 * The latest report, read from three vintages of input: the real August 2026 file (June 2026,
 * a narrowing month), the same file cut off at May 2026 (a widening month) and a toy series whose
 * balance turns from a deficit to a surplus; then the edge cases: a January, no earlier vintage,
 * GDP that lacks the latest quarter, a surplus, balanced trade, a file that does not add up.
 */
import { describe, expect, it } from 'vitest';
import { makePeriod, parsePeriodKey, type Period } from '../../../src/logic/data/period';
import {
  latestReportInputs,
  previousVintage,
  reportInputsFrom,
} from '../../../src/logic/latest/inputs';
import {
  balanceWords,
  buildLatestReport,
  countWord,
  type LatestReportInput,
  type ValueAt,
} from '../../../src/logic/latest/report';
import { loadCatalog } from '../../../src/lib/data/series-files';

const catalog = loadCatalog();

function entry(id: string) {
  const found = catalog.find(id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
}

/**
 * The real files these tests are written for, named, so that a newer download (which becomes
 * "the newest" for the page) does not change what they check.
 */
const AUGUST_2026 = 'trade-monthly-balance-exports-imports-1992-01-to-2026-06-vintage-2026-08';
const FEBRUARY_2026 = 'trade-monthly-goods-services-partners-2020-01-to-2025-12-vintage-2026-02';
const GDP_AUGUST_2026 = 'gdp-quarterly-1970q1-to-2026q2-vintage-2026-08';
const real = reportInputsFrom({
  current: entry(AUGUST_2026),
  previous: entry(FEBRUARY_2026),
  gdp: entry(GDP_AUGUST_2026),
});

function period(key: string): Period {
  const parsed = parsePeriodKey(key);
  if (!parsed) throw new Error(`bad period ${key}`);
  return parsed;
}

/** The same inputs as if the newest file ended at `last` (a real earlier cut of it). */
function cutAt(input: LatestReportInput, last: string): LatestReportInput {
  const end = period(last).index;
  const keep = (values: readonly ValueAt[]) => values.filter((value) => value.period.index <= end);
  return {
    ...input,
    current: {
      ...input.current,
      balance: keep(input.current.balance),
      exports: keep(input.current.exports),
      imports: keep(input.current.imports),
    },
  };
}

/** A made-up series: [month, exports, imports] with the balance worked out from them. */
function toy(rows: readonly (readonly [string, number, number])[]): LatestReportInput {
  const at = (pick: (row: readonly [string, number, number]) => number): ValueAt[] =>
    rows.map((row) => ({ period: period(row[0]), value: pick(row) }));
  return {
    current: {
      seriesId: 'toy-series',
      release: 'Toy Release',
      balance: at((row) => row[1] - row[2]),
      exports: at((row) => row[1]),
      imports: at((row) => row[2]),
    },
  };
}

/** Monthly rows from `first` for `count` months, each from a function of its position. */
function months(
  first: string,
  count: number,
  flows: (step: number) => readonly [number, number],
): [string, number, number][] {
  const start = period(first);
  return Array.from({ length: count }, (_, step) => {
    const month = makePeriod(
      'monthly',
      Math.floor((start.index + step) / 12),
      ((start.index + step) % 12) + 1,
    );
    const [exports, imports] = flows(step);
    return [month.key, exports, imports];
  });
}

describe('inputs from the catalog', () => {
  const vintages = catalog.vintagesOf('BOPGSTB');
  const inputs = latestReportInputs(catalog);

  it('reads the newest vintage of BOPGSTB, with exports and imports from the same file', () => {
    expect(inputs.current.seriesId).toBe(vintages.at(-1)?.entry.id);
    expect(inputs.current.exports.length).toBe(inputs.current.balance.length);
    expect(inputs.gdp?.seriesId).toBe(catalog.newest('GDP')?.entry.id);
  });

  it('takes the vintage just before it as the one to compare with', () => {
    expect(inputs.previous?.seriesId).toBe(vintages.at(-2)?.entry.id);
    expect(previousVintage(catalog, entry(AUGUST_2026))?.entry.id).toBe(FEBRUARY_2026);
    expect(entry(AUGUST_2026).release).toBe('August 2026');
    expect(entry(FEBRUARY_2026).release).toBe('February 2026');
  });

  it('has no earlier vintage for the oldest file', () => {
    const oldest = vintages[0];
    if (!oldest) throw new Error('no BOPGSTB file');
    expect(previousVintage(catalog, oldest.entry)).toBeUndefined();
  });

  it('refuses a newest file without exports or imports, naming it', () => {
    const onlyBalance = entry('trade-balance-monthly-vintage-2025-06');
    expect(() => reportInputsFrom({ current: onlyBalance })).toThrow(/has no BOPTEXP column/);
  });
});

describe('the August 2026 data: June 2026, a narrowing month', () => {
  const report = buildLatestReport(real);

  it('gives the month, its balance, exports and imports', () => {
    expect(report.latest.period.key).toBe('2026-06');
    expect([report.latest.balance, report.latest.exports, report.latest.imports]).toEqual([
      -73261, 314728, 387989,
    ]);
    expect(report.kicker).toBe('June 2026, in the August 2026 data');
    expect(report.monthSentences).toEqual([
      'In June 2026 the United States exported $314.7 billion of goods and services and imported $388.0 billion.',
      'Exports minus imports gives the trade balance: $314.7 billion − $388.0 billion = −$73.3 billion. Imports were larger than exports, so the balance is negative: a trade deficit of $73.3 billion.',
    ]);
  });

  it('says the deficit narrowed from May, in lesson 7’s words', () => {
    expect(report.change?.earlier.balance).toBe(-77647);
    expect(report.change?.change.kind).toBe('deficit-narrowed');
    expect(report.change?.sentence).toBe(
      'In May 2026 the balance was −$77.6 billion; in June 2026 it was −$73.3 billion. So from May to June 2026 the deficit narrowed by $4.4 billion.',
    );
    expect(report.change?.flowsSentence).toBe(
      'Exports fell by $2.9 billion, to $314.7 billion, and imports fell by $7.3 billion, to $388.0 billion.',
    );
    expect(report.change?.reportLine?.text).toBe('deficit $73.3 billion (−$4.4 billion)');
    expect(report.change?.reportLine?.sentence).toContain('a minus sign means it shrank');
  });

  it('adds up the year so far against the same months of 2025', () => {
    const ytd = report.yearToDate;
    expect(ytd.months).toBe(6);
    expect(ytd.current.balance).toBe(-371228);
    expect(ytd.yearEarlier?.balance).toBe(-560542);
    expect(ytd.sentences).toEqual([
      'From January to June 2026 the monthly balances add up to −$371.2 billion: a deficit of $371.2 billion.',
      'That is six of the year’s twelve months, so it is not a yearly total.',
      'In the same six months of 2025 it was a deficit of $560.5 billion. Compared with a year earlier, the deficit narrowed by $189.3 billion.',
    ]);
  });

  it('keeps the last 24 months, July 2024 to June 2026', () => {
    expect(report.window).toHaveLength(24);
    expect(report.window[0]?.period.key).toBe('2024-07');
    expect(report.window.at(-1)?.period.key).toBe('2026-06');
  });

  it('divides the last four quarters’ balance by their average GDP', () => {
    const share = report.shareOfGdp;
    expect(share?.quarters.map((quarter) => quarter.key)).toEqual([
      '2025Q3',
      '2025Q4',
      '2026Q1',
      '2026Q2',
    ]);
    expect(share?.balance).toBe(-742646);
    // (31,098.027 + 31,422.526 + 31,865.721 + 32,475.21) ÷ 4, in millions.
    expect(share?.gdp).toBeCloseTo(31715371, 0);
    expect(share?.percent).toBeCloseTo((-742646 / 31715371) * 100, 10);
    expect(share?.upToLatest).toBe(true);
    expect(share?.sentences).toContain('So the deficit was 2.3% of GDP.');
    expect(share?.sentences).toContain(
      'A year earlier, from July 2024 to June 2025, the deficit was 3.5% of GDP.',
    );
  });

  it('says what the August 2026 data revised in the February 2026 data', () => {
    const revisions = report.revisions;
    if (revisions.kind !== 'compared') throw new Error('expected a comparison');
    expect([revisions.from.key, revisions.to.key, revisions.compared]).toEqual([
      '2020-01',
      '2025-12',
      72,
    ]);
    expect(revisions.changed).toBe(72);
    expect(revisions.largest.map((row) => row.period.key)).toEqual([
      '2025-09',
      '2025-11',
      '2025-10',
      '2025-12',
      '2025-08',
    ]);
    const y2024 = revisions.years.find((row) => row.year === 2024);
    expect([y2024?.before, y2024?.after]).toEqual([-903533, -885471]);
    expect(y2024?.sentence).toBe(
      '2024: −$903.5 billion in the February 2026 data, −$885.5 billion in the August 2026 data.',
    );
    expect(revisions.years.map((row) => row.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(revisions.added?.count).toBe(6);
    expect(revisions.sentences).toEqual([
      'Compared with the February 2026 data (the newest earlier vintage this site holds), the August 2026 data changed every one of the 72 months both hold (January 2020 to December 2025).',
      'The biggest change was to September 2025: −$47.7 billion in the February 2026 data, −$59.4 billion in the August 2026 data, so the revision made the deficit $11.7 billion larger.',
      'Added up, the whole of 2025 was a deficit of $901.5 billion in the February 2026 data and a deficit of $932.0 billion in the August 2026 data: the revision made the deficit $30.5 billion larger.',
      'The August 2026 data also hold six months that the February 2026 data did not have yet (January to June 2026).',
    ]);
  });

  it('never puts a number of one vintage in a sentence without naming both, when it names one', () => {
    if (report.revisions.kind !== 'compared') throw new Error('expected a comparison');
    for (const sentence of report.revisions.sentences) {
      expect(sentence).toContain('August 2026 data');
      if (/\$/.test(sentence)) expect(sentence).toContain('February 2026 data');
    }
  });

  it('gives the home page its one line', () => {
    expect(report.headline).toBe(
      'In June 2026 the U.S. trade deficit was $73.3 billion, $4.4 billion narrower than in May (August 2026 data).',
    );
  });
});

describe('the same file cut off at May 2026: a widening month', () => {
  const report = buildLatestReport(cutAt(real, '2026-05'));

  it('says the deficit widened from April', () => {
    expect(report.latest.period.key).toBe('2026-05');
    expect(report.change?.earlier.balance).toBe(-54570);
    expect(report.change?.change.kind).toBe('deficit-widened');
    expect(report.change?.sentence).toBe(
      'In April 2026 the balance was −$54.6 billion; in May 2026 it was −$77.6 billion. So from April to May 2026 the deficit widened by $23.1 billion.',
    );
    expect(report.change?.reportLine?.text).toBe('deficit $77.6 billion (+$23.1 billion)');
    expect(report.change?.reportLine?.sentence).toContain('a plus sign means it grew');
    expect(report.headline).toBe(
      'In May 2026 the U.S. trade deficit was $77.6 billion, $23.1 billion wider than in April (August 2026 data).',
    );
  });

  it('counts five months of the year, and uses the last full quarters for GDP', () => {
    expect(report.yearToDate.months).toBe(5);
    expect(report.yearToDate.sentences[1]).toBe(
      'That is five of the year’s twelve months, so it is not a yearly total.',
    );
    expect(report.window[0]?.period.key).toBe('2024-06');
    const share = report.shareOfGdp;
    expect(share?.quarters.map((quarter) => quarter.key)).toEqual([
      '2025Q2',
      '2025Q3',
      '2025Q4',
      '2026Q1',
    ]);
    expect(share?.upToLatest).toBe(false);
    expect(share?.sentences.at(-1)).toBe(
      'These are the latest four quarters that both files cover completely; the second quarter of 2026 is not yet in both.',
    );
  });
});

describe('a toy series whose deficit turns into a surplus', () => {
  // Twelve months of 2030 with a $5.0 billion deficit, then January–March 2031: deficits of
  // $4.0 billion and $1.0 billion, then a surplus of $2.0 billion.
  const rows = [
    ...months('2030-01', 12, () => [100_000, 105_000]),
    ['2031-01', 100_000, 104_000],
    ['2031-02', 101_000, 102_000],
    ['2031-03', 103_000, 101_000],
  ] as const;
  const report = buildLatestReport(toy(rows));

  it('says the deficit turned into a surplus, and the release line is left out', () => {
    expect(report.latest.balance).toBe(2000);
    expect(report.change?.change.kind).toBe('turned-to-surplus');
    expect(report.change?.sentence).toBe(
      'In February 2031 the balance was −$1.0 billion; in March 2031 it was +$2.0 billion. So from February to March 2031 the deficit of $1.0 billion turned into a surplus of $2.0 billion.',
    );
    expect(report.change?.reportLine).toBeUndefined();
    expect(report.monthSentences[1]).toContain(
      'Exports were larger than imports, so the balance is positive: a trade surplus of $2.0 billion.',
    );
    expect(report.headline).toBe(
      'In March 2031 the U.S. trade surplus was $2.0 billion, after a deficit of $1.0 billion in February (Toy Release data).',
    );
  });

  it('compares the year so far with the same months a year earlier', () => {
    expect(report.yearToDate.current.balance).toBe(-3000);
    expect(report.yearToDate.yearEarlier?.balance).toBe(-15000);
    expect(report.yearToDate.sentences.at(-1)).toBe(
      'In the same three months of 2030 it was a deficit of $15.0 billion. Compared with a year earlier, the deficit narrowed by $12.0 billion.',
    );
  });

  it('has fewer than 24 months to show, no GDP and no earlier vintage, and says so', () => {
    expect(report.window).toHaveLength(15);
    expect(report.shareOfGdp).toBeUndefined();
    expect(report.shareMissing).toBe(
      'The site holds no GDP series, so there is no share of GDP to show.',
    );
    expect(report.revisions.kind).toBe('none');
    expect(report.revisions.sentences).toEqual([
      'The site holds no earlier vintage of this series to compare the Toy Release data with, so it cannot show what this release revised.',
    ]);
  });
});

describe('edge cases', () => {
  it('a January: the year so far is one month, and the month before is in another year', () => {
    const report = buildLatestReport(cutAt(real, '2026-01'));
    expect(report.yearToDate.months).toBe(1);
    expect(report.yearToDate.sentences).toEqual([
      'The year so far is one month, January 2026: a deficit of $54.2 billion.',
      'One month is a small part of a year, so this is not a yearly total.',
      'In January 2025 it was a deficit of $124.7 billion. Compared with a year earlier, the deficit narrowed by $70.5 billion.',
    ]);
    expect(report.change?.sentence).toBe(
      'In December 2025 the balance was −$76.1 billion; in January 2026 it was −$54.2 billion. So from December 2025 to January 2026 the deficit narrowed by $21.9 billion.',
    );
    expect(report.headline).toBe(
      'In January 2026 the U.S. trade deficit was $54.2 billion, $21.9 billion narrower than in December 2025 (August 2026 data).',
    );
  });

  it('no earlier vintage: the revision section says there is nothing to compare', () => {
    const report = buildLatestReport({ ...real, previous: undefined });
    expect(report.revisions).toEqual({
      kind: 'none',
      sentences: [
        'The site holds no earlier vintage of this series to compare the August 2026 data with, so it cannot show what this release revised.',
      ],
    });
  });

  it('GDP without the latest quarter: the share uses the last four quarters both files hold', () => {
    const gdp = real.gdp;
    if (!gdp) throw new Error('no GDP');
    const report = buildLatestReport({
      ...real,
      gdp: { ...gdp, quarters: gdp.quarters.filter((quarter) => quarter.period.key !== '2026Q2') },
    });
    expect(report.shareOfGdp?.quarters.map((quarter) => quarter.key)).toEqual([
      '2025Q2',
      '2025Q3',
      '2025Q4',
      '2026Q1',
    ]);
    expect(report.shareOfGdp?.from.key).toBe('2025-04');
    expect(report.shareOfGdp?.upToLatest).toBe(false);
  });

  it('GDP that covers no recent quarter: no share, and a sentence that says why', () => {
    const gdp = real.gdp;
    if (!gdp) throw new Error('no GDP');
    const report = buildLatestReport({
      ...real,
      gdp: { ...gdp, quarters: gdp.quarters.filter((quarter) => quarter.period.year < 2020) },
    });
    expect(report.shareOfGdp).toBeUndefined();
    expect(report.shareMissing).toMatch(/do not both cover four recent quarters/);
  });

  it('a December cut gives calendar 2024 as a share of GDP: −3.02%', () => {
    const report = buildLatestReport(cutAt(real, '2024-12'));
    expect(report.shareOfGdp?.quarters.map((quarter) => quarter.key)).toEqual([
      '2024Q1',
      '2024Q2',
      '2024Q3',
      '2024Q4',
    ]);
    expect(report.shareOfGdp?.balance).toBe(-885471);
    expect(report.shareOfGdp?.percent).toBeCloseTo(-3.02, 2);
    expect(report.yearToDate.sentences[1]).toBe('That is all twelve months: the whole of 2024.');
  });

  it('a surplus that grows, and one that shrinks', () => {
    const grows = buildLatestReport(
      toy([
        ['2030-01', 110_000, 100_000],
        ['2030-02', 112_000, 100_000],
      ]),
    );
    expect(grows.change?.change.sentence).toBe('the surplus grew by $2.0 billion');
    expect(grows.change?.reportLine?.text).toBe('surplus $12.0 billion (+$2.0 billion)');
    expect(grows.headline).toBe(
      'In February 2030 the U.S. trade surplus was $12.0 billion, $2.0 billion larger than in January (Toy Release data).',
    );
    const shrinks = buildLatestReport(
      toy([
        ['2030-01', 110_000, 100_000],
        ['2030-02', 104_000, 100_000],
      ]),
    );
    expect(shrinks.headline).toContain('$6.0 billion smaller than in January');
  });

  it('balanced trade and an unchanged balance', () => {
    const balanced = buildLatestReport(
      toy([
        ['2030-01', 100_000, 103_000],
        ['2030-02', 100_000, 100_000],
      ]),
    );
    expect(balanced.monthSentences[1]).toContain(
      'Exports and imports were equal: trade was balanced.',
    );
    expect(balanced.headline).toBe(
      'In February 2030 U.S. exports and imports were equal, after a deficit of $3.0 billion in January (Toy Release data).',
    );
    const unchanged = buildLatestReport(
      toy([
        ['2030-01', 100_000, 103_000],
        ['2030-02', 101_000, 104_000],
      ]),
    );
    expect(unchanged.change?.reportLine?.text).toBe('deficit $3.0 billion (no change)');
    expect(unchanged.headline).toContain('$3.0 billion, the same as in January');
  });

  it('the first month of a file has no month before it and no year-earlier total', () => {
    const report = buildLatestReport(toy([['2030-01', 100_000, 101_000]]));
    expect(report.change).toBeUndefined();
    expect(report.headline).toBe(
      'In January 2030 the U.S. trade deficit was $1.0 billion (Toy Release data).',
    );
    expect(report.yearToDate.sentences.at(-1)).toBe(
      'The file does not hold January 2029, so there is no year-earlier total to compare with.',
    );
  });

  it('a file that does not hold every month of the latest year so far is refused', () => {
    expect(() => buildLatestReport(toy([['2030-03', 100_000, 101_000]]))).toThrow(
      'the newest file does not hold every month from January 2030 to March 2030',
    );
  });

  it('trailing months without a value are not the latest month', () => {
    const input = toy([
      ['2030-01', 100_000, 101_000],
      ['2030-02', 100_000, 102_000],
    ]);
    const report = buildLatestReport({
      ...input,
      current: {
        ...input.current,
        balance: [...input.current.balance, { period: period('2030-03'), value: null }],
      },
    });
    expect(report.latest.period.key).toBe('2030-02');
  });

  it('refuses a file whose exports minus imports is not its balance', () => {
    const input = toy([['2030-01', 100_000, 101_000]]);
    expect(() =>
      buildLatestReport({
        ...input,
        current: { ...input.current, balance: [{ period: period('2030-01'), value: -5_000 }] },
      }),
    ).toThrow(/2030-01: exports minus imports/);
  });

  it('refuses a file with no complete month', () => {
    expect(() => buildLatestReport(toy([]))).toThrow(/holds no month/);
  });

  it('counts in words, and describes balances', () => {
    expect([countWord(1), countWord(6), countWord(12), countWord(72)]).toEqual([
      'one',
      'six',
      'twelve',
      '72',
    ]);
    expect(balanceWords(-73261)).toBe('a deficit of $73.3 billion');
    expect(balanceWords(2000)).toBe('a surplus of $2.0 billion');
    expect(balanceWords(0)).toBe('balanced trade');
  });
});
