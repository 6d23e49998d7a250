/**
 * `npm run data:update --from DIR`: files a maintainer downloaded by hand. On the shared data the
 * site was built from, it must change nothing and say so; a mixed-vintage file is refused.
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seriesListSchema } from '../../../src/schemas/series';
import {
  fredResponse,
  makeSite,
  mixedVintageBopgstb,
  ROOT,
  run,
  shared,
  SHARED,
  TRADE,
  type Site,
} from './site';

let site: Site | undefined;
const folders: string[] = [];

afterEach(() => {
  site?.remove();
  site = undefined;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder of hand downloads holding the given files. */
function handFolder(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-update-from-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** MADE-UP TEST VALUES for July 2026, keeping balance = exports − imports. */
const JULY_ROW = '2026-07,-70123.0,320456.0,390579.0';

describe('importing files downloaded by hand', () => {
  it('reproduces content/data exactly from the shared data it was copied from', async () => {
    site = makeSite({ real: true });
    const before = site.snapshot();
    const { code, output } = await run(['--from', SHARED, '--data', site.dir]);
    expect(code).toBe(0);
    expect(site.snapshot()).toEqual(before);
    const held = readdirSync(join(ROOT, 'content/data/series')).filter((name) =>
      readdirSync(SHARED).includes(name),
    );
    expect(held.length).toBeGreaterThanOrEqual(13);
    const unchanged = output.slice(
      output.indexOf('Unchanged: byte for byte'),
      output.indexOf('Not used by the site'),
    );
    for (const file of held) expect(unchanged).toContain(`- ${file}`);
    expect(output).toContain('Not used by the site, skipped:\n  - SOURCES.md\n');
    expect(output).toContain(
      '- federal-surplus-deficit-fy1901-2024.csv (an older download of FYFSD: it ends at fiscal year 2024',
    );
    expect(output).toContain('- net-exports-nipa-quarterly-1959q1-to-2026q1.csv\n');
    expect(output).toContain(
      '- total-public-debt-quarterly-1966-2025q1.csv (an older download of GFDEBTN',
    );
    expect(output).toContain('Nothing was written');
  });

  it('refuses a FRED download that mixes vintages, naming the file, the month and both values', async () => {
    site = makeSite();
    const before = site.snapshot();
    const dir = handFolder({ 'BOPGSTB.csv': mixedVintageBopgstb() });
    const { code, output } = await run(['--from', dir, '--data', site.dir]);
    expect(code).toBe(1);
    expect(output).toContain(
      `${join(dir, 'BOPGSTB.csv')} mixes two vintages in BOPGSTB: it agrees with content/data/series/${TRADE}.csv from April 2025 to June 2026, but not before: March 2025 is -138316 here and -132983 there`,
    );
    expect(site.snapshot()).toEqual(before);
  });

  it('refuses the same defect under the name of a file of the site', async () => {
    site = makeSite();
    const before = site.snapshot();
    // The June 2025 vintage's own file name, holding the mixed column: a copy of it that was
    // "refreshed" by appending newer months over its last ones.
    const dir = handFolder({ 'trade-balance-monthly-vintage-2025-06.csv': mixedVintageBopgstb() });
    const { code, output } = await run(['--from', dir, '--data', site.dir]);
    expect(code).toBe(1);
    expect(output).toContain('mixes two vintages in BOPGSTB');
    expect(site.snapshot()).toEqual(before);
  });

  it('treats FRED downloads of every series of a file like a fetch', async () => {
    site = makeSite();
    const dir = handFolder(
      Object.fromEntries(
        ['BOPGSTB', 'BOPTEXP', 'BOPTIMP'].map((id, index) => [
          `${id}.csv`,
          fredResponse(shared(`${TRADE}.csv`), id, {
            extra: [`2026-07-01,${JULY_ROW.split(',')[index + 1] ?? ''}`],
          }),
        ]),
      ),
    );
    const { code, output } = await run([
      '--from',
      dir,
      '--data',
      site.dir,
      '--today',
      '2026-10-21',
    ]);
    expect(code).toBe(0);
    expect(output).toContain('BOPGSTB.csv, BOPTEXP.csv, BOPTIMP.csv → ' + TRADE);
    expect(output).toContain('1 new month: July 2026.');
    const id = 'trade-monthly-balance-exports-imports-1992-01-to-2026-07-vintage-2026-10';
    expect(readFileSync(join(site.dir, 'series', `${id}.csv`), 'utf8')).toBe(
      `${shared(`${TRADE}.csv`)}${JULY_ROW}\n`,
    );
    const entry = seriesListSchema
      .parse(parse(readFileSync(join(site.dir, 'series.yaml'), 'utf8')))
      .find((series) => series.id === id);
    expect(entry?.via).toEqual({
      service: 'FRED',
      urls: ['BOPGSTB', 'BOPTEXP', 'BOPTIMP'].map(
        (series) => `https://fred.stlouisfed.org/graph/fredgraph.csv?id=${series}`,
      ),
      downloaded: '2026-10-21',
      note: 'Downloaded from FRED by hand and imported with npm run data:update --from (BOPGSTB.csv, BOPTEXP.csv, BOPTIMP.csv).',
    });
  });

  it('reads a date,value download, naming its series by the file name', async () => {
    site = makeSite();
    const before = site.snapshot();
    const text = fredResponse(shared('gdp-quarterly-1970q1-to-2026q2-vintage-2026-08.csv'), 'GDP', {
      dateColumn: 'date',
      valueColumn: 'value',
    });
    const { code, output } = await run([
      '--from',
      handFolder({ 'GDP.csv': text }),
      '--data',
      site.dir,
    ]);
    expect(code).toBe(0);
    expect(output).toContain(
      'GDP.csv → gdp-quarterly-1970q1-to-2026q2-vintage-2026-08\n  No new data',
    );
    expect(site.snapshot()).toEqual(before);
  });

  it('refuses one series of a file that holds three from one download', async () => {
    site = makeSite();
    const before = site.snapshot();
    const text = fredResponse(shared(`${TRADE}.csv`), 'BOPGSTB', {
      extra: ['2026-07-01,-70123.0'],
    });
    const { code, output } = await run([
      '--from',
      handFolder({ 'BOPGSTB.csv': text }),
      '--data',
      site.dir,
    ]);
    expect(code).toBe(1);
    expect(output).toContain(
      `${TRADE}.csv holds BOPGSTB, BOPTEXP, BOPTIMP from one download, so it is updated only with all of them: add BOPTEXP.csv and BOPTIMP.csv, downloaded the same day, beside BOPGSTB.csv.`,
    );
    expect(site.snapshot()).toEqual(before);
  });

  it('checks a new copy of a file of the site and writes it as a new vintage', async () => {
    site = makeSite();
    const text = `${shared(`${TRADE}.csv`)}${JULY_ROW}\n`;
    const { code, output } = await run([
      '--from',
      handFolder({ [`${TRADE}.csv`]: text.replaceAll('\n', '\r\n') }),
      '--data',
      site.dir,
    ]);
    expect(code).toBe(0);
    expect(output).toContain(
      `${TRADE}.csv (differs from the site's file)\n  1 new month: July 2026.`,
    );
    const id = 'trade-monthly-balance-exports-imports-1992-01-to-2026-07-vintage-2026-10';
    // Written in the layout of the site's file: its line ends, its header.
    expect(readFileSync(join(site.dir, 'series', `${id}.csv`), 'utf8')).toBe(text);
  });

  it('checks a new copy of a file FRED does not serve, but leaves writing it to a person', async () => {
    site = makeSite();
    const before = site.snapshot();
    const annual = 'trade-annual-goods-services-1991-2025.csv';
    // MADE-UP TEST VALUES for 2026 that add up: exports − imports = balance, goods + services = total.
    const rows = [
      '2026,goods,bop,nsa,2200000,3500000,-1300000',
      '2026,goods_services,bop,nsa,3500000,4400000,-900000',
      '2026,services,bop,nsa,1300000,900000,400000',
    ];
    const text = `${shared(annual)}${rows.join('\n')}\n`;
    const { code, output } = await run([
      '--from',
      handFolder({ [annual]: text }),
      '--data',
      site.dir,
    ]);
    expect(code).toBe(1);
    expect(output).toContain('1 new year: 2026.');
    expect(output).toContain(
      'It passed the checks but was not written: it holds numbers FRED does not serve',
    );
    expect(site.snapshot()).toEqual(before);
  });

  it('refuses a copy of the annual file whose goods and services do not add up', async () => {
    site = makeSite();
    const annual = 'trade-annual-goods-services-1991-2025.csv';
    // MADE-UP TEST VALUES: services do not add up to the total.
    const rows = [
      '2026,goods,bop,nsa,2200000,3500000,-1300000',
      '2026,goods_services,bop,nsa,3500000,4400000,-900000',
      '2026,services,bop,nsa,1300000,800000,500000',
    ];
    const { code, output } = await run([
      '--from',
      handFolder({ [annual]: `${shared(annual)}${rows.join('\n')}\n` }),
      '--data',
      site.dir,
    ]);
    expect(code).toBe(1);
    expect(output).toContain(
      'goods + services = goods_services does not hold for imports_musd in 2026',
    );
  });

  it('refuses a folder file that is truncated', async () => {
    site = makeSite();
    const text = fredResponse(shared('gdp-quarterly-1970q1-to-2026q2-vintage-2026-08.csv'), 'GDP');
    const { code, output } = await run([
      '--from',
      handFolder({ 'GDP.csv': text.slice(0, -3) }),
      '--data',
      site.dir,
    ]);
    expect(code).toBe(1);
    expect(output).toContain('GDP.csv ends in the middle of a line');
  });

  it('copies nothing it skips', async () => {
    site = makeSite();
    const before = site.snapshot();
    const dir = handFolder({});
    copyFileSync(join(SHARED, 'SOURCES.md'), join(dir, 'SOURCES.md'));
    const { code, output } = await run(['--from', dir, '--data', site.dir]);
    expect(code).toBe(0);
    expect(output).toContain('Not used by the site, skipped:\n  - SOURCES.md');
    expect(site.snapshot()).toEqual(before);
  });
});

describe('a folder that is not there', () => {
  it('is named in one sentence', async () => {
    site = makeSite();
    const { code, output } = await run(['--from', '/no/such/folder', '--data', site.dir]);
    expect(code).toBe(1);
    expect(output).toBe('There is no folder /no/such/folder to import from.\n');
  });
});
