/**
 * The command line of `npm run data:update`. npm itself takes the options it does not know when
 * they come before `--`: `npm run data:update --from DIR` reaches the script as the environment
 * variable npm_config_from=true with DIR left as a plain argument (and `--from=DIR` as
 * npm_config_from=DIR), so both spellings are read here, as are `--vintage`, `--today` and
 * `--dry-run`. Environment variables set the rest for tests and mirrors.
 */
import { ALFRED_BASE, FRED_BASE, FRED_ID } from './fred-address';
import { failure, success, type Outcome } from './result';

export interface PastVintage {
  readonly id: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

export interface UpdateArguments {
  /** The folder holding series.yaml, series/ and figures.yaml. */
  readonly dataDir: string;
  /** Import the files of this folder instead of fetching. */
  readonly from?: string | undefined;
  /** Fetch these past vintages from ALFRED instead. */
  readonly vintages: readonly PastVintage[];
  /** Fetch only the files holding these FRED series (all when empty). */
  readonly only: readonly string[];
  readonly dryRun: boolean;
  /** The day of the download (YYYY-MM-DD). */
  readonly today: string;
  readonly fredBase: string;
  readonly alfredBase: string;
  readonly timeoutMs: number;
  readonly help: boolean;
}

export const USAGE = `Usage:
  npm run data:update                          fetch the newest FRED data for the site's files
  npm run data:update -- --from DIR            import files downloaded by hand into DIR instead
  npm run data:update -- --vintage ID@DATE     fetch a past vintage from ALFRED (e.g. BOPGSTB@2025-06-15)
Options:
  --dry-run          print the report, write nothing
  --today DATE       the day of the download (default: today), YYYY-MM-DD
  --data DIR         the data folder (default: content/data)
  --timeout SECONDS  how long to wait for each download (default: 30)
  --fred-base URL, --alfred-base URL   other servers, e.g. a test's (FRED_BASE_URL, ALFRED_BASE_URL)
  ID ...             fetch only the files holding these FRED series`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const VALUED = ['from', 'vintage', 'today', 'data', 'timeout', 'fred-base', 'alfred-base'] as const;
type Valued = (typeof VALUED)[number];
const isValued = (name: string): name is Valued => VALUED.some((option) => option === name);

/** Reads the command line and environment; `today` is the machine's day when none is given. */
export function parseArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  today: string,
): Outcome<UpdateArguments> {
  const values = new Map<Valued, string[]>();
  const positional: string[] = [];
  let dryRun = false;
  let help = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--dry-run') {
      dryRun = true;
      continue;
    }
    if (argument === '--help' || argument === '-h') {
      help = true;
      continue;
    }
    const option = /^--([a-z-]+)(?:=(.*))?$/.exec(argument);
    if (!option) {
      positional.push(argument);
      continue;
    }
    const name = option[1] ?? '';
    if (!isValued(name)) return failure(`Unknown option ${argument}.\n${USAGE}`);
    const value = option[2] ?? argv[(index += 1)];
    if (value === undefined) return failure(`${argument} needs a value.\n${USAGE}`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }

  // What npm took from before the "--": "true" means the value stayed among the arguments.
  const underNpm = env.npm_lifecycle_event !== undefined;
  const fromNpm = (name: Valued, fits: (text: string) => boolean) => {
    const set = underNpm ? env[`npm_config_${name.replaceAll('-', '_')}`] : undefined;
    if (set === undefined || set === '' || values.has(name)) return;
    if (set !== 'true') {
      values.set(name, [set]);
      return;
    }
    const taken = positional.filter(fits);
    if (taken.length === 0) return;
    values.set(name, name === 'vintage' ? taken : taken.slice(0, 1));
    for (const text of name === 'vintage' ? taken : taken.slice(0, 1)) {
      positional.splice(positional.indexOf(text), 1);
    }
  };
  fromNpm('vintage', (text) => text.includes('@'));
  fromNpm('today', (text) => DAY.test(text));
  fromNpm('from', (text) => !FRED_ID.test(text));
  if (underNpm && env.npm_config_dry_run === 'true') dryRun = true;
  if (underNpm && env.npm_config_from === 'true' && !values.has('from')) {
    return failure(`--from needs a folder: npm run data:update -- --from DIR`);
  }

  const vintages: PastVintage[] = [];
  for (const text of values.get('vintage') ?? []) {
    const match = /^([A-Z0-9]+)@(\d{4}-\d{2}-\d{2})$/.exec(text);
    if (!match?.[1] || !match[2]) {
      return failure(`--vintage ${text}: write the FRED id and the day, e.g. BOPGSTB@2025-06-15.`);
    }
    vintages.push({ id: match[1], date: match[2] });
  }
  const only = positional;
  const wrong = only.find((text) => !FRED_ID.test(text));
  if (wrong !== undefined) {
    return failure(
      `"${wrong}" is not a FRED series id (capitals and digits, e.g. BOPGSTB).\n${USAGE}`,
    );
  }
  const last = (name: Valued) => values.get(name)?.at(-1);
  const day = last('today') ?? env.DATA_UPDATE_TODAY ?? today;
  if (!DAY.test(day)) return failure(`--today ${day}: write the day as YYYY-MM-DD.`);
  const seconds = Number(last('timeout') ?? env.DATA_UPDATE_TIMEOUT ?? 30);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    return failure(`--timeout: give the seconds to wait for a download, e.g. 30.`);
  }
  const from = last('from');
  if (from !== undefined && vintages.length > 0) {
    return failure('Use --from or --vintage, not both at once.');
  }
  return success({
    dataDir: last('data') ?? env.DATA_UPDATE_DIR ?? 'content/data',
    from,
    vintages,
    only,
    dryRun,
    today: day,
    fredBase: last('fred-base') ?? env.FRED_BASE_URL ?? FRED_BASE,
    alfredBase: last('alfred-base') ?? env.ALFRED_BASE_URL ?? ALFRED_BASE,
    timeoutMs: seconds * 1000,
    help,
  });
}
