/**
 * Checks a candidate file must pass before it is written: every period present once and in order
 * (no gap), values missing only before a column begins, numbers in a plausible range for their
 * unit and of the sign the column has always had, and the identities that bind columns of one
 * vintage (balance = exports − imports; goods + services = the total). Each problem is a sentence
 * naming the file, the column and the period.
 */
import type { ColumnUnit } from '../catalog';
import { periodLabel, type Period } from '../period';
import { keysOf, observations, type SeriesTable } from '../table';

/** A numeric column with what the checks need to know of it. */
export interface CheckedColumn {
  readonly name: string;
  readonly unit?: ColumnUnit | undefined;
  readonly fred?: string | undefined;
}

/** The largest magnitude a value of each unit may plausibly have. */
const LIMITS: Readonly<Record<ColumnUnit, number>> = {
  // A million million millions of dollars ($1 quadrillion): far above any U.S. total.
  'usd-millions': 1e9,
  'usd-billions': 1e6,
  percent: 1000,
};

/** Rounding: each published number is rounded on its own, to the nearest $1 million at worst. */
const IDENTITY_TOLERANCE = 1 + 1e-9;

const keyWords = (key: string | undefined) => (key === undefined ? '' : ` (${key})`);

/** Every period of each key must follow the one before it: a gap is refused. */
export function gapProblems(table: SeriesTable): string[] {
  const problems: string[] = [];
  const keys = keysOf(table);
  for (const key of keys.length > 0 ? keys : [undefined]) {
    const rows = table.rows.filter((row) => row.key === key);
    for (let index = 1; index < rows.length; index += 1) {
      const before = rows[index - 1];
      const row = rows[index];
      if (!before || !row) continue;
      const step = row.period.index - before.period.index;
      if (step > 1) {
        problems.push(
          `${table.file}, line ${row.line}: the rows${keyWords(key)} jump from ${before.period.key} to ${row.period.key}, so ${step - 1 === 1 ? 'a period is' : `${step - 1} periods are`} missing.`,
        );
      }
    }
  }
  return problems;
}

/** Values may be missing only before a column's first value, as FRED leaves them. */
export function missingProblems(table: SeriesTable): string[] {
  const problems: string[] = [];
  const keys = keysOf(table);
  for (const column of table.columns) {
    for (const key of keys.length > 0 ? keys : [undefined]) {
      let started = false;
      for (const row of observations(table, column, key)) {
        if (row.value !== null) started = true;
        else if (started) {
          problems.push(
            `${table.file}, line ${row.line}: ${column}${keyWords(key)} has no value for ${periodLabel(row.period)}, inside the series.`,
          );
          break;
        }
      }
    }
  }
  return problems;
}

/**
 * Numbers must be plausible for their unit, and a column that has only ever held positive
 * numbers in the file it updates (exports, imports, debt, GDP) must not turn negative or zero.
 */
export function rangeProblems(
  table: SeriesTable,
  columns: readonly CheckedColumn[],
  held?: SeriesTable,
): string[] {
  const problems: string[] = [];
  for (const column of columns) {
    if (!table.columns.includes(column.name)) continue;
    const limit = column.unit === undefined ? Infinity : LIMITS[column.unit];
    const alwaysPositive =
      held !== undefined &&
      held.columns.includes(column.name) &&
      held.rows.every((row) => (row.values.get(column.name) ?? 1) > 0);
    for (const row of table.rows) {
      const value = row.values.get(column.name);
      if (value === undefined || value === null) continue;
      const where = `${table.file}, line ${row.line}: ${column.name}${keyWords(row.key)} for ${periodLabel(row.period)}`;
      if (Math.abs(value) > limit) {
        problems.push(`${where} is ${value}, beyond any plausible value in ${column.unit ?? ''}.`);
        break;
      }
      if (alwaysPositive && value <= 0) {
        problems.push(
          `${where} is ${value}, but the column has been above zero in every period the site holds.`,
        );
        break;
      }
    }
  }
  return problems;
}

/** An identity between columns: `result` = the sum of `parts`, each added or taken away. */
interface Identity {
  readonly result: string;
  readonly parts: readonly { readonly column: string; readonly sign: 1 | -1 }[];
  readonly words: string;
}

/** The identities of BEA's trade series, by FRED id. */
const FRED_IDENTITIES: readonly {
  result: string;
  plus: string;
  other: string;
  sign: 1 | -1;
  words: string;
}[] = [
  { result: 'BOPGSTB', plus: 'BOPTEXP', other: 'BOPTIMP', sign: -1, words: 'exports − imports' },
  { result: 'BOPGTB', plus: 'BOPGEXP', other: 'BOPGIMP', sign: -1, words: 'exports − imports' },
  { result: 'BOPSTB', plus: 'BOPSEXP', other: 'BOPSIMP', sign: -1, words: 'exports − imports' },
  { result: 'BOPGSTB', plus: 'BOPGTB', other: 'BOPSTB', sign: 1, words: 'goods + services' },
  { result: 'BOPTEXP', plus: 'BOPGEXP', other: 'BOPSEXP', sign: 1, words: 'goods + services' },
  { result: 'BOPTIMP', plus: 'BOPGIMP', other: 'BOPSIMP', sign: 1, words: 'goods + services' },
];

/** The identities that apply to a file's columns, by FRED id and by name ("goods_balance"). */
export function identitiesOf(columns: readonly CheckedColumn[]): Identity[] {
  const money = columns.filter((column) => column.unit === 'usd-millions');
  const byFred = new Map(
    money.flatMap((column) => (column.fred ? [[column.fred, column.name]] : [])),
  );
  const names = new Set(money.map((column) => column.name));
  const found: Identity[] = [];
  const add = (identity: Identity) => {
    const same = (other: Identity) =>
      other.result === identity.result &&
      other.parts.map((part) => part.column).join() ===
        identity.parts.map((part) => part.column).join();
    if (!found.some(same)) found.push(identity);
  };
  for (const rule of FRED_IDENTITIES) {
    const result = byFred.get(rule.result);
    const plus = byFred.get(rule.plus);
    const other = byFred.get(rule.other);
    if (result === undefined || plus === undefined || other === undefined) continue;
    add({
      result,
      parts: [
        { column: plus, sign: 1 },
        { column: other, sign: rule.sign },
      ],
      words: `${result} = ${plus} ${rule.sign === 1 ? '+' : '−'} ${other} (${rule.words})`,
    });
  }
  // Files that name their columns in words: "goods_balance" = "goods_exports" − "goods_imports".
  for (const name of names) {
    if (!name.includes('balance')) continue;
    const exports = name.replace('balance', 'exports');
    const imports = name.replace('balance', 'imports');
    if (!names.has(exports) || !names.has(imports)) continue;
    add({
      result: name,
      parts: [
        { column: exports, sign: 1 },
        { column: imports, sign: -1 },
      ],
      words: `${name} = ${exports} − ${imports}`,
    });
  }
  return found;
}

/** Rows that break an identity by more than rounding; the first per identity is named. */
export function identityProblems(table: SeriesTable, columns: readonly CheckedColumn[]): string[] {
  const problems: string[] = [];
  for (const identity of identitiesOf(columns)) {
    for (const row of table.rows) {
      const result = row.values.get(identity.result);
      const sum = signedSum(identity.parts, row.values);
      if (result === undefined || result === null || sum === undefined) continue;
      if (Math.abs(sum - result) > IDENTITY_TOLERANCE) {
        problems.push(
          `${table.file}, line ${row.line}: ${identity.words} does not hold for ${periodLabel(row.period)}${keyWords(row.key)}: ${result} against ${round(sum)}.`,
        );
        break;
      }
    }
  }
  return problems.concat(scopeProblems(table));
}

/** The sum of the parts in one row, or undefined when a part has no value there. */
function signedSum(
  parts: Identity['parts'],
  values: ReadonlyMap<string, number | null>,
): number | undefined {
  let sum = 0;
  for (const part of parts) {
    const value = values.get(part.column);
    if (value === undefined || value === null) return undefined;
    sum += value * part.sign;
  }
  return sum;
}

/**
 * A long file whose keys are goods, services and goods_services (the annual file): in every
 * numeric column, goods + services = goods_services for each period.
 */
function scopeProblems(table: SeriesTable): string[] {
  const keys = keysOf(table);
  if (!['goods', 'services', 'goods_services'].every((key) => keys.includes(key))) return [];
  const problems: string[] = [];
  const at = (key: string, period: Period, column: string) =>
    table.rows
      .find((row) => row.key === key && row.period.index === period.index)
      ?.values.get(column);
  for (const column of table.columns) {
    for (const row of table.rows.filter((candidate) => candidate.key === 'goods_services')) {
      const total = row.values.get(column);
      const goods = at('goods', row.period, column);
      const services = at('services', row.period, column);
      if (!isNumber(total) || !isNumber(goods) || !isNumber(services)) continue;
      if (Math.abs(goods + services - total) > IDENTITY_TOLERANCE) {
        problems.push(
          `${table.file}, line ${row.line}: goods + services = goods_services does not hold for ${column} in ${periodLabel(row.period)}: ${total} against ${round(goods + services)}.`,
        );
        break;
      }
    }
  }
  return problems;
}

const isNumber = (value: number | null | undefined): value is number => typeof value === 'number';

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Every check a candidate file must pass, with the file it would follow for the sign check. */
export function candidateProblems(
  table: SeriesTable,
  columns: readonly CheckedColumn[],
  held?: SeriesTable,
): string[] {
  return [
    ...gapProblems(table),
    ...missingProblems(table),
    ...rangeProblems(table, columns, held),
    ...identityProblems(table, columns),
  ];
}
