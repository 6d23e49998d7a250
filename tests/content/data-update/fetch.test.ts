/**
 * `npm run data:update` against a local stand-in for FRED serving recorded responses (the real
 * files split into FRED's `observation_date,<ID>` downloads). Each run works on a temporary data
 * folder; every refused run must leave it byte for byte as it was.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seriesListSchema } from '../../../src/schemas/series';
import { startFakeFred, type Behaviour, type FakeFred } from './fred-server';
import {
  fredResponse,
  mixedVintageBopgstb,
  makeSite,
  recordedResponses,
  ROOT,
  run,
  shared,
  TRADE,
  type Site,
} from './site';

/**
 * MADE-UP TEST VALUES, not data: a July 2026 that FRED has not published, standing for the
 * next release. They keep the identity balance = exports − imports, as real ones would.
 */
const MADE_UP_JULY = { BOPGSTB: '-70123.0', BOPTEXP: '320456.0', BOPTIMP: '390579.0' } as const;

/** A figures file with one computed figure: the latest month of the newest BOPGSTB. */
const LATEST_FIGURE = `- id: us-trade-balance-latest-month
  label: U.S. goods and services trade balance, {period}
  unit: usd-millions
  compute:
    latest: { fred: BOPGSTB }
`;

let fred: FakeFred | undefined;
let site: Site | undefined;

afterEach(async () => {
  await fred?.close();
  site?.remove();
  fred = undefined;
  site = undefined;
});

/** The recorded responses, with some replaced. */
function routes(replace: Readonly<Record<string, Behaviour>>): Map<string, Behaviour> {
  const all = new Map<string, Behaviour>(
    [...recordedResponses()].map(([id, body]) => [id, { kind: 'csv', body }]),
  );
  for (const [id, behaviour] of Object.entries(replace)) all.set(id, behaviour);
  return all;
}

/** The trade file's three responses with the made-up July added. */
function withJuly(values: Readonly<Record<string, string>> = MADE_UP_JULY) {
  return Object.fromEntries(
    Object.entries(values).map(([id, value]): [string, Behaviour] => [
      id,
      {
        kind: 'csv',
        body: fredResponse(shared(`${TRADE}.csv`), id, { extra: [`2026-07-01,${value}`] }),
      },
    ]),
  );
}

/** Runs a fetch with the given responses replaced, on the site of the test. */
async function fetchRun(replace: Readonly<Record<string, Behaviour>>, extra: string[] = []) {
  fred = await startFakeFred(routes(replace));
  site ??= makeSite();
  return run(['--data', site.dir, '--fred-base', fred.base, '--today', '2026-10-20', ...extra]);
}

/** A fetch that must be refused: non-zero, its sentence printed, the folder untouched. */
async function refusedRun(replace: Readonly<Record<string, Behaviour>>, extra: string[] = []) {
  site = makeSite({ figures: LATEST_FIGURE });
  const before = site.snapshot();
  const result = await fetchRun(replace, extra);
  expect(result.code).toBe(1);
  expect(result.output).toContain('Nothing was written for it.');
  expect(result.output).toContain(`Nothing was written: ${site.dir} is as it was.`);
  expect(site.snapshot()).toEqual(before);
  return result.output;
}

const NEW_ID = 'trade-monthly-balance-exports-imports-1992-01-to-2026-07-vintage-2026-10';

describe('fetching from FRED', () => {
  it('finds no new data when FRED serves what the site holds, and writes nothing', async () => {
    site = makeSite();
    const before = site.snapshot();
    const { code, output } = await fetchRun({});
    expect(code).toBe(0);
    expect(output).toContain(`${TRADE} (BOPGSTB, BOPTEXP, BOPTIMP)\n  No new data`);
    expect(output.match(/No new data/g)).toHaveLength(7);
    expect(output).toMatch(
      /updated only by importing a file \(--from DIR\):\n {2}- trade-monthly-goods/,
    );
    expect(output).toContain('older vintages the lessons keep');
    expect(site.snapshot()).toEqual(before);
    // One download per series, by id; the trade file's three together.
    expect(fred?.requests).toEqual(
      [
        'BOPGSTB',
        'BOPTEXP',
        'BOPTIMP',
        'GDP',
        'GFDEBTN',
        'FYGFDPUN',
        'FDHBFIN',
        'GFDEGDQ188S',
        'FYFSD',
      ].map((id) => `/graph/fredgraph.csv?id=${id}`),
    );
  });

  it('lists the sentences on the site that the newer pull would make false', async () => {
    site = makeSite({ figures: LATEST_FIGURE });
    writeFileSync(
      join(site.dir, 'claims.yaml'),
      `- id: latest-deficit-above-72
  says: The latest month's deficit was more than $72 billion.
  check:
    compare: { left: us-trade-balance-latest-month, is: below, right: -72000 }
`,
    );
    const { code, output } = await fetchRun(withJuly());
    expect(code).toBe(0);
    expect(output).toContain(
      'Sentences on the site that the new data would make false (rewrite them before you build):',
    );
    expect(output).toContain(
      `latest-deficit-above-72: "The latest month's deficit was more than $72 billion." (-70123 is not below -72000)`,
    );
  });

  it('writes a newer pull as one new file with its entry, and reports what changes', async () => {
    site = makeSite({ figures: LATEST_FIGURE });
    const oldYaml = readFileSync(join(site.dir, 'series.yaml'), 'utf8');
    const { code, output } = await fetchRun(withJuly());
    expect(code).toBe(0);
    expect(output).toContain(
      [
        `${TRADE} (BOPGSTB, BOPTEXP, BOPTIMP)`,
        '  1 new month: July 2026.',
        '  No period revised.',
        '  Figures on the site whose printed value would change:',
        '    us-trade-balance-latest-month: −$73.3 billion (June 2026) → −$70.1 billion (July 2026)',
        `  Wrote ${site.dir}/series/${NEW_ID}.csv and its entry in series.yaml`,
      ].join('\n'),
    );
    const written = readFileSync(join(site.dir, 'series', `${NEW_ID}.csv`), 'utf8');
    // The old file byte for byte, then the new month in its layout, values as FRED served them.
    expect(written).toBe(`${shared(`${TRADE}.csv`)}2026-07,-70123.0,320456.0,390579.0\n`);
    expect(readFileSync(join(site.dir, 'series', `${TRADE}.csv`), 'utf8')).toBe(
      shared(`${TRADE}.csv`),
    );

    const yaml = readFileSync(join(site.dir, 'series.yaml'), 'utf8');
    const list = seriesListSchema.parse(parse(yaml));
    const entry = list.find((series) => series.id === NEW_ID);
    expect(entry).toMatchObject({
      file: `${NEW_ID}.csv`,
      title:
        'U.S. trade balance, exports and imports by month, goods and services, 1992 to July 2026',
      span: { start: '1992-01', end: '2026-07' },
      asOf: '2026-10-20',
      release: 'October 2026',
      vintage:
        'One pure vintage, downloaded from FRED on 20 October 2026 by npm run data:update. Its latest period is July 2026.',
      via: {
        service: 'FRED',
        downloaded: '2026-10-20',
        urls: ['BOPGSTB', 'BOPTEXP', 'BOPTIMP'].map(
          (series) => `https://fred.stlouisfed.org/graph/fredgraph.csv?id=${series}`,
        ),
      },
      sha256: createHash('sha256').update(written).digest('hex'),
    });
    expect(entry?.notes).toContain('BOPGSTB = BOPTEXP − BOPTIMP');
    // The old entry stays as it was, and so does every byte of the file but the new entry.
    const oldEntry = list.find((series) => series.id === TRADE);
    expect(oldEntry?.asOf).toBe('2026-08-24');
    const added = yaml.slice(yaml.indexOf(`- id: ${NEW_ID}`), yaml.indexOf(`- id: ${TRADE}`));
    expect(yaml.replace(added, '')).toBe(oldYaml);
    expect(added).not.toContain('role: value');
    const options = (await resolveConfig(join(ROOT, 'content/data/series.yaml'))) ?? {};
    expect(
      await check(yaml, { ...options, filepath: join(ROOT, 'content/data/series.yaml') }),
    ).toBe(true);
  });

  it('finds no new data when run again after writing the new file', async () => {
    site = makeSite();
    expect((await fetchRun(withJuly())).code).toBe(0);
    await fred?.close();
    const before = site.snapshot();
    const again = await fetchRun(withJuly());
    expect(again.code).toBe(0);
    expect(again.output).toContain(`${NEW_ID} (BOPGSTB, BOPTEXP, BOPTIMP)\n  No new data`);
    expect(site.snapshot()).toEqual(before);
  });

  it('reports the biggest revisions, in billions, old → new', async () => {
    site = makeSite();
    // MADE-UP TEST VALUES: June 2026 revised, as a next release would revise the month before.
    const revise = (id: string, from: string, to: string, july: string): Behaviour => ({
      kind: 'csv',
      body: fredResponse(shared(`${TRADE}.csv`), id, { extra: [`2026-07-01,${july}`] }).replace(
        `2026-06-01,${from}\n`,
        `2026-06-01,${to}\n`,
      ),
    });
    const { code, output } = await fetchRun(
      {
        BOPGSTB: revise('BOPGSTB', '-73261.0', '-74061.0', '-70123.0'),
        BOPTEXP: revise('BOPTEXP', '314728.0', '314128.0', '320456.0'),
        BOPTIMP: revise('BOPTIMP', '387989.0', '388189.0', '390579.0'),
      },
      ['--dry-run'],
    );
    expect(code).toBe(0);
    expect(output).toContain(
      [
        '  1 month revised; the biggest revisions:',
        '    BOPGSTB, June 2026: −73.261 → −74.061 billion (−0.800)',
        '    BOPTEXP, June 2026: 314.728 → 314.128 billion (−0.600)',
        '    BOPTIMP, June 2026: 387.989 → 388.189 billion (+0.200)',
      ].join('\n'),
    );
    expect(output).toContain(`Would write ${site.dir}/series/${NEW_ID}.csv`);
    expect(output).toContain('Dry run: nothing was written.');
  });

  it('writes nothing on a dry run', async () => {
    site = makeSite({ figures: LATEST_FIGURE });
    const before = site.snapshot();
    const { code, output } = await fetchRun(withJuly(), ['--dry-run']);
    expect(code).toBe(0);
    expect(output).toContain('−$70.1 billion (July 2026)');
    expect(site.snapshot()).toEqual(before);
  });

  it('fetches only the files holding the series named', async () => {
    site = makeSite();
    const { code } = await fetchRun({}, ['GDP']);
    expect(code).toBe(0);
    expect(fred?.requests).toEqual(['/graph/fredgraph.csv?id=GDP']);
  });
});

describe('a download that fails is refused in one sentence, and nothing is written', () => {
  it('404', async () => {
    const output = await refusedRun({ BOPTEXP: { kind: 'status', status: 404 } });
    expect(output).toMatch(
      /FRED answered 404 Not Found for http:\/\/127\.0\.0\.1:\d+\/graph\/fredgraph\.csv\?id=BOPTEXP: it has no such series \(check the id\)\./,
    );
  });

  it('a server error', async () => {
    const output = await refusedRun({ GDP: { kind: 'status', status: 503 } });
    expect(output).toContain('FRED answered 503 Service Unavailable for');
  });

  it('no answer in time', async () => {
    const output = await refusedRun({ BOPGSTB: { kind: 'hang' } }, ['--timeout', '0.3']);
    expect(output).toMatch(/FRED did not answer http:\S+id=BOPGSTB within 0\.3 seconds/);
  });

  it('an HTML error page served with status 200', async () => {
    const output = await refusedRun({
      BOPTIMP: {
        kind: 'html',
        body: '<!DOCTYPE html><html><body><h1>Sorry, FRED is down for maintenance</h1></body></html>',
      },
    });
    expect(output).toMatch(/FRED answered \S+id=BOPTIMP with a web page, not a CSV file/);
  });

  it('a body cut short in the middle of a line', async () => {
    const body = fredResponse(shared(`${TRADE}.csv`), 'BOPGSTB');
    const output = await refusedRun({ BOPGSTB: { kind: 'csv', body: body.slice(0, -4) } });
    expect(output).toContain(
      'ends in the middle of a line, without the final line break: the download was cut short.',
    );
  });

  it('a body whose last row lacks its value', async () => {
    const body = fredResponse(shared(`${TRADE}.csv`), 'BOPTEXP').replace(/,314728\.0\n$/, '\n');
    const output = await refusedRun({ BOPTEXP: { kind: 'csv', body } });
    expect(output).toMatch(
      /ends with an incomplete row \(line 415\): the download was cut short\./,
    );
  });

  it('a connection closed before the announced length', async () => {
    const body = fredResponse(shared(`${TRADE}.csv`), 'BOPGSTB');
    const output = await refusedRun({ BOPGSTB: { kind: 'cut', body, sent: 5000 } });
    expect(output).toMatch(/The download of \S+id=BOPGSTB was cut short/);
  });

  it('a span that stops before the months the site holds', async () => {
    const body = fredResponse(shared(`${TRADE}.csv`), 'BOPTIMP').replace(/2026-0[56]-01,.*\n/g, '');
    const output = await refusedRun({ BOPTIMP: { kind: 'csv', body } });
    expect(output).toMatch(
      /id=BOPTIMP stops at April 2026, before June 2026, the last period the site already holds: the download looks cut short\./,
    );
  });

  it('a connection refused', async () => {
    site = makeSite();
    const before = site.snapshot();
    const closed = await startFakeFred(new Map());
    await closed.close();
    const { code, output } = await run(['--data', site.dir, '--fred-base', closed.base, 'GDP']);
    expect(code).toBe(1);
    expect(output).toMatch(/Could not connect to 127\.0\.0\.1:\d+: the connection was refused\./);
    expect(site.snapshot()).toEqual(before);
  });

  it('downloads of one file that do not end together', async () => {
    const { BOPGSTB } = withJuly();
    const output = await refusedRun(BOPGSTB ? { BOPGSTB } : {});
    expect(output).toContain(
      `The downloads of ${TRADE} do not end together: BOPGSTB ends at July 2026 and BOPTEXP at June 2026`,
    );
  });

  it('a new month that breaks balance = exports − imports', async () => {
    // MADE-UP TEST VALUES that do not add up.
    const output = await refusedRun(
      withJuly({ BOPGSTB: '-70123.0', BOPTEXP: '320456.0', BOPTIMP: '391579.0' }),
    );
    expect(output).toContain(
      'BOPGSTB = BOPTEXP − BOPTIMP (exports − imports) does not hold for July 2026: -70123 against -71123.',
    );
  });

  it('exports that turn negative', async () => {
    // MADE-UP TEST VALUES with a sign no export can have.
    const output = await refusedRun(
      withJuly({ BOPGSTB: '-710579.0', BOPTEXP: '-320000.0', BOPTIMP: '390579.0' }),
    );
    expect(output).toContain(
      'BOPTEXP for July 2026 is -320000, but the column has been above zero in every period the site holds.',
    );
  });

  it('a download that mixes two vintages', async () => {
    const output = await refusedRun({ BOPGSTB: { kind: 'csv', body: mixedVintageBopgstb() } });
    expect(output).toContain(
      `/graph/fredgraph.csv?id=BOPGSTB mixes two vintages in BOPGSTB: it agrees with content/data/series/${TRADE}.csv from April 2025 to June 2026, but not before: March 2025 is -138316 here and -132983 there, and`,
    );
    expect(output).toContain('back to January 1999');
  });

  it('a "." inside the series', async () => {
    const body = fredResponse(shared(`${TRADE}.csv`), 'BOPGSTB').replace(
      '2010-05-01,-40482.0',
      '2010-05-01,.',
    );
    const output = await refusedRun({ BOPGSTB: { kind: 'csv', body } });
    expect(output).toContain('the value for May 2010 is missing (".") inside the series');
  });
});

describe('the shapes FRED serves', () => {
  it('reads CRLF line ends, a BOM, "." before the series begins and the DATE header', async () => {
    site = makeSite();
    const body = (id: string, options = {}) =>
      fredResponse(shared(`${TRADE}.csv`), id, {
        lineEnd: '\r\n',
        before: ['1991-11-01,.', '1991-12-01,.'],
        ...options,
      });
    const { code, output } = await fetchRun({
      BOPGSTB: { kind: 'csv', body: `\uFEFF${body('BOPGSTB')}` },
      BOPTEXP: { kind: 'csv', body: body('BOPTEXP', { dateColumn: 'DATE' }) },
      BOPTIMP: { kind: 'csv', body: body('BOPTIMP') },
    });
    expect(code).toBe(0);
    expect(output).toContain(`${TRADE} (BOPGSTB, BOPTEXP, BOPTIMP)\n  No new data`);
  });

  it("writes a new month of a CRLF download with the line ends of the site's file", async () => {
    site = makeSite();
    const crlf = Object.fromEntries(
      Object.entries(MADE_UP_JULY).map(([id, value]): [string, Behaviour] => [
        id,
        {
          kind: 'csv',
          body: fredResponse(shared(`${TRADE}.csv`), id, {
            lineEnd: '\r\n',
            extra: [`2026-07-01,${value}`],
          }),
        },
      ]),
    );
    expect((await fetchRun(crlf)).code).toBe(0);
    const written = readFileSync(join(site.dir, 'series', `${NEW_ID}.csv`), 'utf8');
    expect(written).toBe(`${shared(`${TRADE}.csv`)}2026-07,-70123.0,320456.0,390579.0\n`);
  });

  it('refuses a newer vintage of a file that does not say when it was taken', async () => {
    // MADE-UP TEST VALUE for the fourth quarter of 2025.
    const body = fredResponse(
      shared('debt-held-by-foreign-investors-quarterly-1970q1-to-2025q3.csv'),
      'FDHBFIN',
      {
        extra: ['2025-10-01,9300.1'],
      },
    );
    const output = await refusedRun({ FDHBFIN: { kind: 'csv', body } });
    expect(output).toContain('1 new quarter: the fourth quarter of 2025.');
    expect(output).toContain(
      'debt-held-by-foreign-investors-quarterly-1970q1-to-2025q3.csv does not say when its numbers were taken (asOf in series.yaml)',
    );
  });
});
