import { describe, expect, it } from 'vitest';
import { observations, readTable, type SeriesTable } from '../../../src/logic/data/table';
import {
  changesBetween,
  describeMixedVintage,
  isUnchanged,
  mixedVintage,
  MIN_RECENT_AGREEMENT,
} from '../../../src/logic/data/update/vintage-compare';
import { asFred, FIRST, fixture, REVISED, TRADE } from './fixtures';

const monthly = (text: string, column: string, file = 'test.csv'): SeriesTable =>
  readTable(text, {
    file,
    frequency: 'monthly',
    periodColumn: text.split(',')[0] ?? '',
    valueColumns: [column],
  });

const trade = monthly(fixture(`${TRADE}.csv`), 'BOPGSTB', 'trade');
const revised = monthly(fixture(`${REVISED}.csv`), 'BOPGSTB', 'revised');
const first = monthly(fixture(`${FIRST}.csv`), 'BOPGSTB', 'first');

/** The June 2025 vintage to March 2025, then the August 2026 vintage: two vintages in one column. */
function mixedColumn(): SeriesTable {
  const [header = '', ...older] = fixture(`${REVISED}.csv`).replace(/\n$/, '').split('\n');
  const newer = asFred(`${TRADE}.csv`, 'BOPGSTB')
    .replace(/\n$/, '')
    .split('\n')
    .slice(1)
    .filter((row) => row >= '2025-04-01');
  return monthly(`${[header, ...older, ...newer].join('\n')}\n`, 'BOPGSTB', 'mixed');
}

describe('changesBetween', () => {
  it('sees the June 2025 revision and the new months of the June 2025 vintage', () => {
    const changes = changesBetween(first, revised);
    expect(changes.newPeriods.map((period) => period.key)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(changes.droppedPeriods).toEqual([]);
    expect(changes.revisions.length).toBe(84);
    expect(changes.revisions[0]?.period.key).toBe('2018-01');
  });

  it('finds nothing changed between a file and itself', () => {
    expect(isUnchanged(changesBetween(trade, trade))).toBe(true);
  });
});

describe('mixedVintage', () => {
  it('finds the defect of the removed file against the August 2026 vintage', () => {
    const mixed = mixedColumn();
    const found = mixedVintage(observations(mixed, 'BOPGSTB'), observations(trade, 'BOPGSTB'));
    expect(found?.agreeFrom.key).toBe('2025-04');
    expect(found?.agreeTo.key).toBe('2026-06');
    expect(found?.boundary).toMatchObject({ candidate: -138316, held: -132983 });
    expect(found?.boundary.period.key).toBe('2025-03');
    expect(found?.earliest.key).toBe('1999-01');
    if (!found) return;
    expect(describeMixedVintage('BOPGSTB.csv', 'BOPGSTB', 'trade.csv', found)).toBe(
      `BOPGSTB.csv mixes two vintages in BOPGSTB: it agrees with trade.csv from April 2025 to June 2026, but not before: March 2025 is -138316 here and -132983 there, and ${found.disagreeing} older periods differ, back to January 1999. Its older rows were not refreshed; download the whole series again.`,
    );
  });

  it('does not take a genuine revision for a mixed vintage', () => {
    // The August 2026 vintage against the older ones: recent months revised, older ones not.
    for (const older of [revised, first]) {
      expect(
        mixedVintage(observations(trade, 'BOPGSTB'), observations(older, 'BOPGSTB')),
      ).toBeUndefined();
    }
    // The mixed column against the vintage its older rows come from: it agrees throughout.
    expect(
      mixedVintage(observations(mixedColumn(), 'BOPGSTB'), observations(revised, 'BOPGSTB')),
    ).toBeUndefined();
  });

  it('needs several recent periods in agreement, not one by chance', () => {
    const held = monthly('period,v\n2020-01,1\n2020-02,2\n2020-03,3\n2020-04,4\n', 'v');
    const oneAgrees = monthly('period,v\n2020-01,9\n2020-02,9\n2020-03,9\n2020-04,4\n', 'v');
    expect(MIN_RECENT_AGREEMENT).toBe(3);
    expect(mixedVintage(observations(oneAgrees, 'v'), observations(held, 'v'))).toBeUndefined();
    const threeAgree = monthly('period,v\n2020-01,9\n2020-02,2\n2020-03,3\n2020-04,4\n', 'v');
    expect(mixedVintage(observations(threeAgree, 'v'), observations(held, 'v'))?.disagreeing).toBe(
      1,
    );
  });
});
