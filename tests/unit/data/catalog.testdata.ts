/**
 * Toy series files for the data tests: small CSVs written the way the real ones are (FRED's
 * first-of-month dates, "2024-Q1", an unnamed date column, a long file with a key per row), read
 * through the real `readTable` into catalog entries. Values are small round numbers so that
 * every sum and mean in a test can be checked by hand; amounts are millions unless a column
 * says billions.
 */
import { Catalog, type CatalogColumn, type CatalogEntry } from '../../../src/logic/data/catalog';
import { ComputeError, type Computed, type FigureLookup } from '../../../src/logic/data/compute';
import { makePeriod, shiftPeriod, type Frequency } from '../../../src/logic/data/period';
import { readTable } from '../../../src/logic/data/table';

/** One cell of a toy file: a number, or null for FRED's "." (no value). */
export type Cell = number | null;

export interface ToySeries {
  readonly id: string;
  readonly frequency: Frequency;
  /** The CSV text, header first. */
  readonly csv: string;
  /** The header name of the period column ("" for FRED's unnamed one). */
  readonly periodColumn: string;
  readonly keyColumn?: string;
  readonly columns: readonly CatalogColumn[];
  readonly asOf?: string;
  readonly release?: string;
}

/** The path a toy file is named by in messages, as the real ones are. */
export const fileOf = (id: string) => `content/data/series/${id}.csv`;

/** Reads a toy file into a catalog entry through the real table reader. */
export function toyEntry(series: ToySeries): CatalogEntry {
  const file = fileOf(series.id);
  return {
    id: series.id,
    file,
    frequency: series.frequency,
    ...(series.asOf === undefined ? {} : { asOf: series.asOf }),
    release: series.release ?? series.asOf ?? 'toy',
    columns: series.columns,
    table: readTable(series.csv, {
      file,
      frequency: series.frequency,
      periodColumn: series.periodColumn,
      ...(series.keyColumn === undefined ? {} : { keyColumn: series.keyColumn }),
      valueColumns: series.columns.map((column) => column.name),
    }),
  };
}

export const toyCatalog = (...series: readonly ToySeries[]) => new Catalog(series.map(toyEntry));

const cellText = (cell: Cell) => (cell === null ? '.' : String(cell));

/**
 * A wide file of consecutive months from `start` ("2024-01"), one row per entry of `rows`,
 * dated on the first of the month as FRED writes it.
 */
export function monthlyCsv(header: string, start: string, rows: readonly (readonly Cell[])[]) {
  const [year = 0, month = 1] = start.split('-').map(Number);
  const first = makePeriod('monthly', year, month);
  return [
    header,
    ...rows.map(
      (cells, step) => `${shiftPeriod(first, step).key}-01,${cells.map(cellText).join(',')}`,
    ),
  ].join('\n');
}

/** A wide file of consecutive quarters from `start` ("2024Q1"), written "2024-Q1". */
export function quarterlyCsv(header: string, start: string, rows: readonly (readonly Cell[])[]) {
  const [year = 0, quarter = 1] = start.split('Q').map(Number);
  const first = makePeriod('quarterly', year, quarter);
  return [
    header,
    ...rows.map((cells, step) => {
      const period = shiftPeriod(first, step);
      return `${period.year}-Q${period.part},${cells.map(cellText).join(',')}`;
    }),
  ].join('\n');
}

/** The twelve monthly balances of 2024 in the toy trade file: −10, −20, … −120 (sum −780). */
export const BALANCE_2024 = Array.from({ length: 12 }, (_, index) => -10 * (index + 1));
/** Its first six months of 2025: −101 … −106 (sum −621). */
export const BALANCE_2025_H1 = Array.from({ length: 6 }, (_, index) => -(101 + index));
/** Exports in 2024: 101 … 112; in 2025: 201 … 206. */
export const EXPORTS_2024 = Array.from({ length: 12 }, (_, index) => 101 + index);
export const EXPORTS_2025_H1 = Array.from({ length: 6 }, (_, index) => 201 + index);

/**
 * The newest monthly trade file: January 2024 to June 2025, balance and exports, each column
 * holding a FRED series, taken in August 2025.
 */
export function tradeMonthly(
  balance: readonly Cell[] = [...BALANCE_2024, ...BALANCE_2025_H1],
  exports: readonly Cell[] = [...EXPORTS_2024, ...EXPORTS_2025_H1],
  overrides: Partial<ToySeries> = {},
): ToySeries {
  return {
    id: 'toy-trade',
    frequency: 'monthly',
    csv: monthlyCsv(
      'observation_date,BOPGSTB,BOPTEXP',
      '2024-01',
      balance.map((value, index) => [value, exports[index] ?? null]),
    ),
    periodColumn: 'observation_date',
    columns: [
      { name: 'BOPGSTB', unit: 'usd-millions', fred: 'BOPGSTB' },
      { name: 'BOPTEXP', unit: 'usd-millions', fred: 'BOPTEXP' },
    ],
    asOf: '2025-08',
    release: 'August 2025',
    ...overrides,
  };
}

/** An older vintage of the balance: 2024 only, every month −50, taken in March 2025. */
export const tradeMonthlyOld: ToySeries = {
  id: 'toy-trade-2025-03',
  frequency: 'monthly',
  csv: monthlyCsv(
    'observation_date,BOPGSTB',
    '2024-01',
    Array.from({ length: 12 }, () => [-50]),
  ),
  periodColumn: 'observation_date',
  columns: [{ name: 'BOPGSTB', unit: 'usd-millions', fred: 'BOPGSTB' }],
  asOf: '2025-03',
  release: 'March 2025',
};

/**
 * Quarterly GDP in billions, as FRED publishes it: 2024 is 1,000, 1,010, 1,020 and 1,030
 * (mean 1,015, so $1,015,000 million); 2025 has two quarters, 1,040 and 1,050.
 */
export function gdpQuarterly(values: readonly Cell[] = [1000, 1010, 1020, 1030, 1040, 1050]) {
  return {
    id: 'toy-gdp',
    frequency: 'quarterly',
    csv: quarterlyCsv(
      'period,GDP',
      '2024Q1',
      values.map((value) => [value]),
    ),
    periodColumn: 'period',
    columns: [{ name: 'GDP', unit: 'usd-billions', fred: 'GDP' }],
    asOf: '2025-08',
    release: 'August 2025',
  } satisfies ToySeries;
}

/** Scopes and balances of the toy annual file, 2023–2025. */
export interface AnnualScopes {
  readonly goods: readonly [number, number, number];
  readonly services: readonly [number, number, number];
}

/**
 * A long annual file with a `scope` per row, like the real one: goods deficits of −1,000,
 * −1,100, −1,200 and services surpluses of 250, 260, 270 for 2023, 2024, 2025 (or three years
 * from `firstYear`), plus a `share_pct` column in percent.
 */
export function annualLong(
  scopes: AnnualScopes = { goods: [-1000, -1100, -1200], services: [250, 260, 270] },
  firstYear = 2023,
): ToySeries {
  const lines = ['year,scope,balance_musd,share_pct'];
  [firstYear, firstYear + 1, firstYear + 2].forEach((year, index) => {
    const goods = scopes.goods[index] ?? 0;
    const services = scopes.services[index] ?? 0;
    lines.push(`${year},goods,${goods},4`);
    lines.push(`${year},goods_services,${goods + services},3`);
    lines.push(`${year},services,${services},1`);
  });
  return {
    id: 'toy-annual',
    frequency: 'annual',
    csv: lines.join('\n'),
    periodColumn: 'year',
    keyColumn: 'scope',
    columns: [
      { name: 'balance_musd', unit: 'usd-millions' },
      { name: 'share_pct', unit: 'percent' },
    ],
    asOf: '2026-02',
    release: 'February 2026',
  };
}

/** One partner's 2024 goods balance and exports in the toy partner file. */
export interface Partner {
  readonly code: string;
  readonly balance: Cell;
  readonly exports: number;
}

export const PARTNERS_2024: readonly Partner[] = [
  { code: 'CHN', balance: -300, exports: 140 },
  { code: 'EU', balance: -230, exports: 370 },
  { code: 'MEX', balance: -170, exports: 330 },
  { code: 'VNM', balance: -120, exports: 13 },
  { code: 'CAN', balance: -60, exports: 350 },
  { code: 'NLD', balance: 55, exports: 88 },
  { code: 'HKG', balance: 22, exports: 28 },
];

/** A long file keyed by country code, one year, the key column first as in the real one. */
export function partners2024(partners: readonly Partner[] = PARTNERS_2024): ToySeries {
  return {
    id: 'toy-partners',
    frequency: 'annual',
    csv: [
      'country_code,year,exports_year_musd,balance_year_musd',
      ...partners.map(
        (partner) => `${partner.code},2024,${partner.exports},${cellText(partner.balance)}`,
      ),
    ].join('\n'),
    periodColumn: 'year',
    keyColumn: 'country_code',
    columns: [
      { name: 'exports_year_musd', unit: 'usd-millions' },
      { name: 'balance_year_musd', unit: 'usd-millions' },
    ],
  };
}

/**
 * A federal budget balance by fiscal year, dated on each year's last day as FRED does, from
 * FY1996 to FY2002: surpluses in FY1998 to FY2001 only, as happened.
 */
export const BUDGET_1996_2002: readonly number[] = [-107, -22, 69, 126, 236, 128, -158];

export function budgetFiscal(
  values: readonly Cell[] = BUDGET_1996_2002,
  firstYear = 1996,
): ToySeries {
  return {
    id: 'toy-budget',
    frequency: 'fiscal-year',
    csv: [
      'date,value',
      ...values.map((value, index) => {
        const year = firstYear + index;
        return `${year}-${year <= 1976 ? '06' : '09'}-30,${cellText(value)}`;
      }),
    ].join('\n'),
    periodColumn: 'date',
    columns: [{ name: 'value', unit: 'usd-millions', fred: 'FYFSD' }],
    asOf: '2026-02',
  };
}

/**
 * A quarterly stock (debt) from `start`, as FRED's files with an unnamed date column
 * (",FDHBFIN") write it: dated on the first day of each quarter.
 */
export function stockQuarterly(
  id: string,
  fred: string,
  start: string,
  values: readonly Cell[],
): ToySeries {
  const [year = 0, quarter = 1] = start.split('Q').map(Number);
  const first = makePeriod('quarterly', year, quarter);
  return {
    id,
    frequency: 'quarterly',
    csv: [
      `,${fred}`,
      ...values.map((value, step) => {
        const period = shiftPeriod(first, step);
        return `${period.year}-${String(period.part * 3 - 2).padStart(2, '0')}-01,${cellText(value)}`;
      }),
    ].join('\n'),
    periodColumn: '',
    columns: [{ name: fred, unit: 'usd-millions', fred }],
    asOf: '2026-02',
  };
}

/** A computed value as another figure would give it, for lookups in tests. */
export function computedValue(
  value: number,
  period: string,
  unit: Computed['unit'] = 'usd-millions',
  extra: Partial<Computed> = {},
): Computed {
  return {
    value,
    unit,
    period,
    seriesIds: [],
    columns: [],
    description: `the toy value ${value}`,
    ...extra,
  };
}

/** A figure lookup over a fixed set of values; an unknown id fails as resolveFigures does. */
export function lookupOf(values: Readonly<Record<string, Computed>> = {}): FigureLookup {
  const known = new Map(Object.entries(values));
  return (id) => {
    const found = known.get(id);
    if (!found) throw new ComputeError(`it uses the figure "${id}", which does not exist`);
    return found;
  };
}
