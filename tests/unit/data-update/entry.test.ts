import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePeriodKey, type Period } from '../../../src/logic/data/period';
import { vintageEntry, vintageNotes } from '../../../src/logic/data/update/entry';
import { addEntries, entryText } from '../../../src/lib/data/update/series-yaml';
import { seriesListSchema, seriesSchema, type Series } from '../../../src/schemas/series';
import { TRADE } from './fixtures';

const yamlText = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/data-update/site/series.yaml'),
  'utf8',
);
const list = seriesListSchema.parse(parse(yamlText));
const template: Series = (() => {
  const found = list.find((series) => series.id === TRADE);
  if (!found) throw new Error('no trade file in the fixture');
  return found;
})();

const p = (key: string): Period => {
  const period = parsePeriodKey(key);
  if (!period) throw new Error(`not a period: ${key}`);
  return period;
};

const NEW_ID = 'trade-monthly-balance-exports-imports-1992-01-to-2026-08-vintage-2026-10';

function newEntry(overrides: Partial<Series> = {}): Series {
  return {
    ...vintageEntry(template, {
      id: NEW_ID,
      title:
        'U.S. trade balance, exports and imports by month, goods and services, 1992 to August 2026',
      start: p('1992-01'),
      end: p('2026-08'),
      asOf: '2026-10-20',
      release: 'October 2026',
      vintage: 'One pure vintage, downloaded from FRED on 20 October 2026 by npm run data:update.',
      via: {
        service: 'FRED',
        urls: ['https://fred.stlouisfed.org/graph/fredgraph.csv?id=BOPGSTB'],
        downloaded: '2026-10-20',
      },
      sha256: 'a'.repeat(64),
      notes: vintageNotes({
        source: "FRED's download of 20 October 2026",
        start: p('1992-01'),
        end: p('2026-08'),
        rows: 416,
        columns: template.columns
          .filter((column) => column.role === 'value')
          .map((column) => ({ name: column.name, unit: column.unit, fred: column.fred })),
        followed: TRADE,
        changes: { newPeriods: [p('2026-07'), p('2026-08')], droppedPeriods: [], revisions: [] },
      }),
    }),
    ...overrides,
  };
}

describe('the entry of a new vintage', () => {
  it('copies what describes the series and passes the schema', () => {
    const entry = newEntry();
    expect(seriesSchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      file: `${NEW_ID}.csv`,
      frequency: 'monthly',
      columns: template.columns,
      publisher: template.publisher,
      basis: 'balance of payments',
      adjustment: 'seasonally adjusted',
      span: { start: '1992-01', end: '2026-08' },
    });
    expect(entry.notes).toContain('2 new months, 0 revised months.');
    expect(entry.notes).toContain('within $1 million of rounding in all 416 months');
  });

  it('is written in the style of series.yaml', () => {
    const text = entryText(newEntry());
    expect(text).toContain('  span: { start: 1992-01, end: 2026-08 }\n');
    expect(text).toContain('  asOf: 2026-10-20\n');
    expect(text).toMatch(/ {2}notes: >-\n {4}Written by npm run data:update/);
    const notes = text.slice(text.indexOf('  notes: >-\n') + '  notes: >-\n'.length).split('\n');
    expect(notes.filter((line) => line !== '').every((line) => line.length <= 100)).toBe(true);
    expect(text).not.toContain('role: value');
  });
});

describe('addEntries', () => {
  it('adds the entry before the one it follows and leaves every other byte', async () => {
    const outcome = await addEntries(yamlText, [{ entry: newEntry(), before: TRADE }]);
    if (!outcome.ok) throw new Error(outcome.problem);
    const text = outcome.value;
    const added = text.slice(text.indexOf(`- id: ${NEW_ID}`), text.indexOf(`- id: ${TRADE}`));
    expect(text.replace(added, '')).toBe(yamlText);
    expect(text.startsWith('# Time series shipped with the site.')).toBe(true);
    expect(
      seriesListSchema
        .parse(parse(text))
        .map((series) => series.id)
        .slice(0, 2),
    ).toEqual([NEW_ID, TRADE]);
  });

  it('refuses a list the schema would refuse: one vintage in two files', async () => {
    const twin = newEntry({ asOf: '2026-08-24' });
    const outcome = await addEntries(yamlText, [{ entry: twin, before: TRADE }]);
    expect(outcome.ok ? '' : outcome.problem).toContain('one vintage in two files');
  });

  it('refuses an entry beside one that does not exist', async () => {
    const outcome = await addEntries(yamlText, [{ entry: newEntry(), before: 'no-such-series' }]);
    expect(outcome.ok ? '' : outcome.problem).toContain('has no entry "no-such-series"');
  });
});
