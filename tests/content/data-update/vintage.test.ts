/**
 * `npm run data:update -- --vintage ID@DAY`: a series as FRED published it on a past day, from
 * ALFRED, whose value column is named after the vintage (BOPGSTB_20250615).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seriesListSchema } from '../../../src/schemas/series';
import { startFakeFred, type FakeFred } from './fred-server';
import { makeSite, REVISED, run, shared, type Site } from './site';

let fred: FakeFred | undefined;
let site: Site | undefined;

afterEach(async () => {
  await fred?.close();
  site?.remove();
  fred = undefined;
  site = undefined;
});

/** The June 2025 vintage file as ALFRED would serve it for a day in June 2025. */
const alfredJune = shared(`${REVISED}.csv`).replace(
  'observation_date,BOPGSTB',
  'observation_date,BOPGSTB_20250615',
);

async function serveJune() {
  fred = await startFakeFred(new Map([['BOPGSTB@2025-06-15', { kind: 'csv', body: alfredJune }]]));
  return fred.base;
}

/** The site without the June 2025 vintage, as if no one had downloaded it yet. */
function siteWithoutJune(): Site {
  const made = makeSite();
  const file = join(made.dir, 'series.yaml');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`- id: ${REVISED}\n`);
  const end = text.indexOf('\n- id: ', start) + 1;
  writeFileSync(file, `${text.slice(0, start)}${text.slice(end)}`);
  rmSync(join(made.dir, 'series', `${REVISED}.csv`));
  return made;
}

describe('a past vintage from ALFRED', () => {
  it('writes the vintage into a file of its own, in the layout of the series alone', async () => {
    site = siteWithoutJune();
    const base = await serveJune();
    const { code, output } = await run([
      '--vintage',
      'BOPGSTB@2025-06-15',
      '--alfred-base',
      base,
      '--data',
      site.dir,
      '--today',
      '2026-10-20',
    ]);
    expect(output).toContain('BOPGSTB as published on 2025-06-15 (ALFRED)');
    expect(code).toBe(0);
    expect(fred?.requests).toEqual(['/graph/alfredgraph.csv?id=BOPGSTB&vintage_date=2025-06-15']);
    // The file ALFRED's answer makes is byte for byte the real June 2025 download.
    expect(readFileSync(join(site.dir, 'series', `${REVISED}.csv`), 'utf8')).toBe(
      shared(`${REVISED}.csv`),
    );
    const entry = seriesListSchema
      .parse(parse(readFileSync(join(site.dir, 'series.yaml'), 'utf8')))
      .find((series) => series.id === REVISED);
    expect(entry).toMatchObject({
      title: 'U.S. goods and services trade balance by month, as published on 15 June 2025',
      span: { start: '1992-01', end: '2025-03' },
      asOf: '2025-06-15',
      release: 'June 2025',
      via: {
        service: 'ALFRED',
        urls: [
          'https://alfred.stlouisfed.org/graph/alfredgraph.csv?id=BOPGSTB&vintage_date=2025-06-15',
        ],
        downloaded: '2026-10-20',
      },
    });
    expect(output).toContain('3 new months: January, February and March 2025.');
    expect(output).toContain('84 months revised; the biggest revisions:');
    // The checksum series.yaml recorded for the real download.
    expect(entry?.sha256).toBe('4598101c297ccf173ec3738d860d109846d28c71bdd91e548272f4f9033abcd9');
  });

  it('finds nothing to add when the site already holds that vintage', async () => {
    site = makeSite();
    const before = site.snapshot();
    const base = await serveJune();
    const { code, output } = await run([
      '--vintage',
      'BOPGSTB@2025-06-15',
      '--alfred-base',
      base,
      '--data',
      site.dir,
    ]);
    expect(code).toBe(0);
    expect(output).toContain(`No new data: the same periods and numbers as ${REVISED}.csv.`);
    expect(site.snapshot()).toEqual(before);
  });

  it('refuses an answer that is not of the vintage asked for', async () => {
    site = makeSite();
    const before = site.snapshot();
    fred = await startFakeFred(
      new Map([['BOPGSTB@2025-06-15', { kind: 'csv', body: shared(`${REVISED}.csv`) }]]),
    );
    const { code, output } = await run([
      '--vintage',
      'BOPGSTB@2025-06-15',
      '--alfred-base',
      fred.base,
      '--data',
      site.dir,
    ]);
    expect(code).toBe(1);
    expect(output).toContain(
      'is not ALFRED\'s vintage of 2025-06-15: its value column is "BOPGSTB".',
    );
    expect(site.snapshot()).toEqual(before);
  });

  it('refuses a series no file of the site holds on its own', async () => {
    site = makeSite();
    const { code, output } = await run(['--vintage', 'BOPTEXP@2025-06-15', '--data', site.dir]);
    expect(code).toBe(1);
    expect(output).toContain('No file of the site holds BOPTEXP on its own');
  });
});
