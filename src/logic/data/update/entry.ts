/**
 * The `series.yaml` entry of a new vintage: what describes the series (columns, publisher,
 * basis…) is copied from the file it follows; what describes this pull (id, span, when, from
 * where, its checksum, what was checked) is new. The old entry stays: lessons teach vintages.
 */
import type { Series, SeriesDownload } from '../../../schemas/series';
import { periodLabel, type Period } from '../period';
import type { CheckedColumn } from './checks';
import { identitiesOf } from './checks';
import type { Changes } from './vintage-compare';

export interface NewVintage {
  readonly id: string;
  readonly title: string;
  readonly start: Period;
  readonly end: Period;
  /** The day the numbers were taken (YYYY-MM-DD). */
  readonly asOf: string;
  /** "October 2026". */
  readonly release: string;
  /** Which release of the numbers the file holds, in a sentence. */
  readonly vintage: string;
  readonly via: SeriesDownload;
  readonly sha256: string;
  readonly notes: string;
}

/** The entry, in the order of the fields in series.yaml. */
export function vintageEntry(template: Series, next: NewVintage): Series {
  return {
    id: next.id,
    title: next.title,
    file: `${next.id}.csv`,
    frequency: template.frequency,
    columns: template.columns.map((column) => ({ ...column })),
    span: { start: next.start.key, end: next.end.key },
    publisher: template.publisher,
    originalTitle: template.originalTitle,
    url: template.url,
    via: next.via,
    vintage: next.vintage,
    asOf: next.asOf,
    release: next.release,
    ...(template.basis === undefined ? {} : { basis: template.basis }),
    ...(template.adjustment === undefined ? {} : { adjustment: template.adjustment }),
    sha256: next.sha256,
    notes: next.notes,
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The word for a period of a frequency: month, quarter, year, fiscal year. */
export function periodNoun(period: Period): string {
  switch (period.frequency) {
    case 'monthly':
      return 'month';
    case 'quarterly':
      return 'quarter';
    case 'annual':
      return 'year';
    case 'fiscal-year':
      return 'fiscal year';
  }
}

/** What was checked before the file was written, and what it changes, for the entry's notes. */
export function vintageNotes(options: {
  readonly source: string;
  readonly start: Period;
  readonly end: Period;
  readonly rows: number;
  readonly columns: readonly CheckedColumn[];
  readonly followed: string;
  readonly changes: Changes;
}): string {
  const noun = periodNoun(options.end);
  const identities = identitiesOf(options.columns).map((identity) => identity.words);
  const revisedPeriods = new Set(options.changes.revisions.map((revision) => revision.period.key));
  const sentences = [
    `Written by npm run data:update from ${options.source}, in the layout of ${options.followed}.csv, and checked before it was written: every ${noun} from ${periodLabel(options.start)} to ${periodLabel(options.end)} once and in order, each number plausible for its unit.`,
    identities.length > 0
      ? `${identities.join('; ')}: within $1 million of rounding in all ${plural(options.rows, noun)}.`
      : '',
    `Against ${options.followed}: ${plural(options.changes.newPeriods.length, `new ${noun}`)}, ${plural(revisedPeriods.size, `revised ${noun}`)}.`,
  ];
  return sentences.filter((sentence) => sentence !== '').join(' ');
}
