/**
 * Temporary data folders for the runs of `npm run data:update`, and FRED-shaped responses made
 * from the real files. A folder is built from the fixtures (series.yaml as it was when the tests
 * were written, the CSV files from the shared data), never from content/data itself, and a test
 * checks afterwards that a refused run left every byte of it as it was.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseArguments } from '../../../src/logic/data/update/arguments';
import { runDataUpdate } from '../../../src/lib/data/update/run';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/data-update');
export const SHARED = join(FIXTURES, 'shared');
export const ROOT = resolve(import.meta.dirname, '../../..');

export const TRADE = 'trade-monthly-balance-exports-imports-1992-01-to-2026-06-vintage-2026-08';
export const REVISED = 'trade-balance-monthly-vintage-2025-06';
export const FIRST = 'trade-balance-monthly-vintage-2025-03';

/** The text of a fixture file of the shared data. */
export const shared = (file: string): string => readFileSync(join(SHARED, file), 'utf8');

export interface Site {
  readonly dir: string;
  /** Every file of the folder and its bytes, by path inside it. */
  snapshot(): Map<string, string>;
  remove(): void;
}

function snapshotOf(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((item) =>
    item.isFile(),
  );
  return new Map(
    files
      .map((item) => join(item.parentPath, item.name))
      .map((path) => [relative(dir, path), readFileSync(path).toString('base64')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * A data folder like content/data: the fixture series.yaml (or the real content/data when
 * `real`), its CSV files, and a figures file (none computed unless given).
 */
export function makeSite(options: { figures?: string; real?: boolean } = {}): Site {
  const dir = mkdtempSync(join(tmpdir(), 'data-update-'));
  if (options.real) {
    cpSync(join(ROOT, 'content/data'), dir, { recursive: true });
  } else {
    const yaml = readFileSync(join(FIXTURES, 'site/series.yaml'), 'utf8');
    writeFileSync(join(dir, 'series.yaml'), yaml);
    const list: unknown = parse(yaml);
    const files = Array.isArray(list)
      ? list.flatMap((entry: unknown) =>
          typeof entry === 'object' &&
          entry !== null &&
          'file' in entry &&
          typeof entry.file === 'string'
            ? [entry.file]
            : [],
        )
      : [];
    for (const file of files) cpSync(join(SHARED, file), join(dir, 'series', file));
  }
  if (options.figures !== undefined) writeFileSync(join(dir, 'figures.yaml'), options.figures);
  else if (!options.real) writeFileSync(join(dir, 'figures.yaml'), '[]\n');
  return {
    dir,
    snapshot: () => snapshotOf(dir),
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the update's main function as the command line would, and what it printed. */
export async function run(
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; output: string }> {
  const args = parseArguments(argv, env, '2026-10-20');
  if (!args.ok) return { code: 2, output: args.problem };
  let output = '';
  const code = await runDataUpdate(args.value, (text) => {
    output += `${text}\n`;
  });
  return { code, output };
}

/** A file's period cell as FRED dates it: the first day of the month or quarter, or as it is. */
function fredDate(cell: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(cell);
  if (month) return `${month[1] ?? ''}-${month[2] ?? ''}-01`;
  const quarter = /^(\d{4})-?Q([1-4])$/.exec(cell);
  if (quarter)
    return `${quarter[1] ?? ''}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}-01`;
  return cell;
}

export interface ResponseOptions {
  /** The date column's name: FRED's current one unless said. */
  readonly dateColumn?: string;
  /** The value column's name (the id unless said, e.g. "BOPGSTB_20250615" for ALFRED). */
  readonly valueColumn?: string;
  readonly lineEnd?: string;
  /** Rows added after the file's own, "YYYY-MM-DD,value" (made-up values, labelled so). */
  readonly extra?: readonly string[];
  /** Rows put before the file's own, e.g. FRED's "." for months before a series begins. */
  readonly before?: readonly string[];
}

/**
 * A FRED response for one column of a file: `observation_date,<ID>`, FRED's YYYY-MM-DD dates,
 * and each value exactly as the file writes it.
 */
export function fredResponse(text: string, column: string, options: ResponseOptions = {}): string {
  const [header = '', ...rows] = text.replace(/\n$/, '').split('\n');
  const names = header.split(',');
  const at = names.indexOf(column);
  if (at < 0) throw new Error(`no column ${column} in ${header}`);
  const lines = [
    `${options.dateColumn ?? 'observation_date'},${options.valueColumn ?? column}`,
    ...(options.before ?? []),
    ...rows.map((row) => {
      const cells = row.split(',');
      return `${fredDate(cells[0] ?? '')},${cells[at] ?? ''}`;
    }),
    ...(options.extra ?? []),
  ];
  const end = options.lineEnd ?? '\n';
  return `${lines.join(end)}${end}`;
}

/** The FRED series each file the site fetches holds, by the column holding it. */
export const CURRENT: readonly { file: string; column: string; id: string }[] = [
  { file: `${TRADE}.csv`, column: 'BOPGSTB', id: 'BOPGSTB' },
  { file: `${TRADE}.csv`, column: 'BOPTEXP', id: 'BOPTEXP' },
  { file: `${TRADE}.csv`, column: 'BOPTIMP', id: 'BOPTIMP' },
  { file: 'gdp-quarterly-1970q1-to-2026q2-vintage-2026-08.csv', column: 'GDP', id: 'GDP' },
  { file: 'total-public-debt-quarterly-1970q1-to-2026q1.csv', column: 'value', id: 'GFDEBTN' },
  { file: 'debt-held-by-public-quarterly-1970q1-to-2026q1.csv', column: 'value', id: 'FYGFDPUN' },
  {
    file: 'debt-held-by-foreign-investors-quarterly-1970q1-to-2025q3.csv',
    column: 'FDHBFIN',
    id: 'FDHBFIN',
  },
  { file: 'debt-to-gdp-quarterly-1970q1-to-2026q1.csv', column: 'value', id: 'GFDEGDQ188S' },
  { file: 'federal-surplus-deficit-fy1970-2025.csv', column: 'value', id: 'FYFSD' },
];

/** FRED's answers as they were on the day of the files: every series the site fetches. */
export function recordedResponses(): Map<string, string> {
  return new Map(
    CURRENT.map(({ file, column, id }) => [
      id,
      fredResponse(shared(file), column, { valueColumn: id }),
    ]),
  );
}

/**
 * The defect of a file once removed from the shared data, rebuilt from two real files: the June
 * 2025 vintage of BOPGSTB up to March 2025, then the August 2026 vintage from April 2025 to June
 * 2026, in one column, as a FRED download would write it.
 */
export function mixedVintageBopgstb(lineEnd = '\n'): string {
  const [header = '', ...older] = shared(`${REVISED}.csv`).replace(/\n$/, '').split('\n');
  const newer = fredResponse(shared(`${TRADE}.csv`), 'BOPGSTB')
    .replace(/\n$/, '')
    .split('\n')
    .slice(1)
    .filter((row) => row >= '2025-04-01');
  return `${[header, ...older, ...newer].join(lineEnd)}${lineEnd}`;
}
