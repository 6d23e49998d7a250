import { describe, expect, it } from 'vitest';
import { parseArguments, type UpdateArguments } from '../../../src/logic/data/update/arguments';

const TODAY = '2026-10-20';
const parsed = (argv: string[], env: Record<string, string> = {}): UpdateArguments => {
  const outcome = parseArguments(argv, env, TODAY);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.value;
};
const problem = (argv: string[], env: Record<string, string> = {}) => {
  const outcome = parseArguments(argv, env, TODAY);
  return outcome.ok ? '' : outcome.problem;
};

/** What npm sets when it runs a script. */
const NPM = { npm_lifecycle_event: 'data:update' };

describe('parseArguments', () => {
  it('fetches everything from FRED by default', () => {
    expect(parsed([])).toMatchObject({
      dataDir: 'content/data',
      from: undefined,
      vintages: [],
      only: [],
      dryRun: false,
      today: TODAY,
      fredBase: 'https://fred.stlouisfed.org',
      alfredBase: 'https://alfred.stlouisfed.org',
      timeoutMs: 30_000,
    });
  });

  it('reads --from after "--", and as npm leaves it without "--"', () => {
    expect(parsed(['--from', '/tmp/downloads']).from).toBe('/tmp/downloads');
    expect(parsed(['--from=/tmp/downloads']).from).toBe('/tmp/downloads');
    // npm run data:update --from /tmp/downloads
    expect(parsed(['/tmp/downloads'], { ...NPM, npm_config_from: 'true' }).from).toBe(
      '/tmp/downloads',
    );
    // npm run data:update --from=/tmp/downloads
    expect(parsed([], { ...NPM, npm_config_from: '/tmp/downloads' }).from).toBe('/tmp/downloads');
    expect(problem([], { ...NPM, npm_config_from: 'true' })).toContain('--from needs a folder');
  });

  it('reads --vintage, --today and --dry-run in both spellings', () => {
    expect(parsed(['--vintage', 'BOPGSTB@2025-06-15']).vintages).toEqual([
      { id: 'BOPGSTB', date: '2025-06-15' },
    ]);
    const underNpm = parsed(['BOPGSTB@2025-06-15', '2026-11-02'], {
      ...NPM,
      npm_config_vintage: 'true',
      npm_config_today: 'true',
      npm_config_dry_run: 'true',
    });
    expect(underNpm).toMatchObject({
      vintages: [{ id: 'BOPGSTB', date: '2025-06-15' }],
      today: '2026-11-02',
      dryRun: true,
      only: [],
    });
    // Outside npm, npm's variables are not read.
    expect(parsed([], { npm_config_dry_run: 'true' }).dryRun).toBe(false);
  });

  it('takes bases, the day and the time limit from the environment for tests', () => {
    expect(
      parsed([], {
        FRED_BASE_URL: 'http://127.0.0.1:1',
        ALFRED_BASE_URL: 'http://127.0.0.1:2',
        DATA_UPDATE_TODAY: '2026-11-01',
        DATA_UPDATE_TIMEOUT: '0.5',
        DATA_UPDATE_DIR: '/tmp/data',
      }),
    ).toMatchObject({
      fredBase: 'http://127.0.0.1:1',
      alfredBase: 'http://127.0.0.1:2',
      today: '2026-11-01',
      timeoutMs: 500,
      dataDir: '/tmp/data',
    });
  });

  it('keeps FRED ids as the series to fetch', () => {
    expect(parsed(['BOPGSTB', 'GDP']).only).toEqual(['BOPGSTB', 'GDP']);
  });

  it.each([
    [['--form', 'x'], 'Unknown option --form.'],
    [['--from'], '--from needs a value.'],
    [['--vintage', 'BOPGSTB'], 'write the FRED id and the day, e.g. BOPGSTB@2025-06-15.'],
    [['--today', '20 October'], 'write the day as YYYY-MM-DD'],
    [['--timeout', '0'], 'give the seconds'],
    [['bopgstb'], '"bopgstb" is not a FRED series id'],
    [['--from', 'x', '--vintage', 'GDP@2026-01-01'], 'not both'],
  ])('refuses %j', (argv, words) => {
    expect(problem(argv)).toContain(words);
  });
});
