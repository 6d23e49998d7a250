/**
 * What a candidate file changes against a file the site holds, and whether it mixes vintages.
 *
 * A genuinely newer pull of a series either adds periods or, after a revision, disagrees on
 * recent periods (a revision reaches back from the latest month). A file that agrees with a held
 * pull on its most recent periods but disagrees on older ones is the opposite: its recent rows
 * were refreshed while its older rows were not, so one column holds two vintages. That is the
 * defect of a file once removed from the shared data, and it is refused.
 */
import { periodLabel, type Period } from '../period';
import { keysOf, observations, type Observation, type SeriesTable } from '../table';

/** Two published numbers are the same number (they are decimal text, read as floats). */
export const sameValue = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export interface Revision {
  readonly column: string;
  readonly key?: string | undefined;
  readonly period: Period;
  readonly from: number;
  readonly to: number;
}

export interface Changes {
  /** Periods the candidate has and the held file does not, in time order. */
  readonly newPeriods: readonly Period[];
  /** Periods the held file has and the candidate does not. */
  readonly droppedPeriods: readonly Period[];
  /** Values of periods both hold that differ, in file order. */
  readonly revisions: readonly Revision[];
}

const periodsOf = (table: SeriesTable) => {
  const byIndex = new Map<number, Period>();
  for (const row of table.rows) byIndex.set(row.period.index, row.period);
  return byIndex;
};

/** New, dropped and revised periods of `candidate` against `held` (columns of the same name). */
export function changesBetween(held: SeriesTable, candidate: SeriesTable): Changes {
  const heldPeriods = periodsOf(held);
  const candidatePeriods = periodsOf(candidate);
  const newPeriods = [...candidatePeriods.values()].filter(
    (period) => !heldPeriods.has(period.index),
  );
  const droppedPeriods = [...heldPeriods.values()].filter(
    (period) => !candidatePeriods.has(period.index),
  );
  const revisions: Revision[] = [];
  const keys = keysOf(candidate);
  for (const column of candidate.columns.filter((name) => held.columns.includes(name))) {
    for (const key of keys.length > 0 ? keys : [undefined]) {
      const before = new Map(
        observations(held, column, key).map((row) => [row.period.index, row.value]),
      );
      for (const row of observations(candidate, column, key)) {
        const from = before.get(row.period.index);
        if (from === undefined || from === null || row.value === null) continue;
        if (!sameValue(from, row.value)) {
          revisions.push({ column, key, period: row.period, from, to: row.value });
        }
      }
    }
  }
  return {
    newPeriods: newPeriods.sort((a, b) => a.index - b.index),
    droppedPeriods: droppedPeriods.sort((a, b) => a.index - b.index),
    revisions,
  };
}

/** Whether the candidate changes nothing: same periods, same numbers. */
export const isUnchanged = (changes: Changes): boolean =>
  changes.newPeriods.length === 0 &&
  changes.droppedPeriods.length === 0 &&
  changes.revisions.length === 0;

/**
 * How many of the latest overlapping periods must agree before older disagreements count as a
 * mixed vintage. One matching month can be chance (a balance left unchanged by a revision that
 * moved exports and imports alike); three in a row are not.
 */
export const MIN_RECENT_AGREEMENT = 3;

/** A column that holds two vintages, described against the held pull that shows it. */
export interface MixedVintage {
  /** The periods at the end of the overlap where both agree. */
  readonly agreeFrom: Period;
  readonly agreeTo: Period;
  /** The latest period before them where the two disagree, with both values. */
  readonly boundary: { readonly period: Period; readonly candidate: number; readonly held: number };
  /** How many older periods disagree, and the earliest of them. */
  readonly disagreeing: number;
  readonly earliest: Period;
}

/** Compares one column of a candidate with the same series in a held pull. */
export function mixedVintage(
  candidate: readonly Observation[],
  held: readonly Observation[],
): MixedVintage | undefined {
  const heldByIndex = new Map(held.map((row) => [row.period.index, row.value]));
  const overlap = candidate.flatMap((row) => {
    const other = heldByIndex.get(row.period.index);
    return row.value === null || other === undefined || other === null
      ? []
      : [{ period: row.period, candidate: row.value, held: other }];
  });
  let agreeing = 0;
  while (agreeing < overlap.length) {
    const pair = overlap[overlap.length - 1 - agreeing];
    if (!pair || !sameValue(pair.candidate, pair.held)) break;
    agreeing += 1;
  }
  if (agreeing < MIN_RECENT_AGREEMENT || agreeing === overlap.length) return undefined;
  const older = overlap.slice(0, overlap.length - agreeing);
  const disagreeing = older.filter((pair) => !sameValue(pair.candidate, pair.held));
  const boundary = disagreeing.at(-1);
  const earliest = disagreeing[0];
  const agreeFrom = overlap[overlap.length - agreeing];
  const agreeTo = overlap.at(-1);
  if (!boundary || !earliest || !agreeFrom || !agreeTo) return undefined;
  return {
    agreeFrom: agreeFrom.period,
    agreeTo: agreeTo.period,
    boundary,
    disagreeing: disagreeing.length,
    earliest: earliest.period,
  };
}

/** The refusal of a mixed-vintage column, in one sentence. */
export function describeMixedVintage(
  source: string,
  column: string,
  heldFile: string,
  mixed: MixedVintage,
): string {
  const { boundary } = mixed;
  const older =
    mixed.disagreeing === 1
      ? 'that is the only older period that differs'
      : `${mixed.disagreeing} older periods differ, back to ${periodLabel(mixed.earliest)}`;
  return `${source} mixes two vintages in ${column}: it agrees with ${heldFile} from ${periodLabel(mixed.agreeFrom)} to ${periodLabel(mixed.agreeTo)}, but not before: ${periodLabel(boundary.period)} is ${boundary.candidate} here and ${boundary.held} there, and ${older}. Its older rows were not refreshed; download the whole series again.`;
}
