/** The real files the unit tests read, from the fixtures copied out of the shared data. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SHARED = resolve(import.meta.dirname, '../../fixtures/data-update/shared');

export const TRADE = 'trade-monthly-balance-exports-imports-1992-01-to-2026-06-vintage-2026-08';
export const REVISED = 'trade-balance-monthly-vintage-2025-06';
export const FIRST = 'trade-balance-monthly-vintage-2025-03';

/** A fixture file's text. */
export const fixture = (file: string): string => readFileSync(resolve(SHARED, file), 'utf8');

/** One column of a fixture file as FRED would serve it: observation_date,<ID>, YYYY-MM-DD. */
export function asFred(file: string, column: string, id = column): string {
  const [header = '', ...rows] = fixture(file).replace(/\n$/, '').split('\n');
  const at = header.split(',').indexOf(column);
  const date = (cell: string) => {
    const month = /^(\d{4})-(\d{2})$/.exec(cell);
    if (month) return `${month[1] ?? ''}-${month[2] ?? ''}-01`;
    const quarter = /^(\d{4})-?Q([1-4])$/.exec(cell);
    if (quarter)
      return `${quarter[1] ?? ''}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}-01`;
    return cell;
  };
  return `${[
    `observation_date,${id}`,
    ...rows.map((row) => {
      const cells = row.split(',');
      return `${date(cells[0] ?? '')},${cells[at] ?? ''}`;
    }),
  ].join('\n')}\n`;
}
