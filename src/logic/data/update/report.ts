/**
 * The plain-text report `npm run data:update` prints: for each file, the new periods, the
 * biggest revisions, and the sections that compare the site before and after the new file. A
 * section is a `DataCheck` over the two catalogs, so further checks (the sentences on the site
 * that rest on the data) can join the figures check as sections of their own.
 */
import type { Figure } from '../../../schemas/figure';
import { formatFigure } from '../../figure-format';
import type { Catalog, ColumnUnit } from '../catalog';
import { describePeriod, MONTH_NAMES, periodLabel, spanLabel, type Period } from '../period';
import { periodNoun } from './entry';
import type { Revision } from './vintage-compare';

/** One part of the report on a file: a heading, its lines, and problems that stop the writing. */
export interface ReportSection {
  readonly heading: string;
  readonly lines: readonly string[];
  /** A problem here means the new file must not be written (e.g. a figure no longer resolves). */
  readonly problems: readonly string[];
}

/** A comparison of the site with the files it holds now and with the new file added. */
export type DataCheck = (before: Catalog, after: Catalog) => ReportSection;

/** Runs every check on the two catalogs. */
export function runChecks(
  checks: readonly DataCheck[],
  before: Catalog,
  after: Catalog,
): ReportSection[] {
  return checks.map((check) => check(before, after));
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const joinWords = (words: readonly string[]) =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;

/** "2 new months: July and August 2026"; "14 new months: May 2025 to June 2026". */
export function describeNewPeriods(periods: readonly Period[]): string {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return 'No new periods.';
  const noun = `new ${periodNoun(first)}`;
  if (periods.length > 3) return `${plural(periods.length, noun)}: ${spanLabel(first, last)}.`;
  const oneYear = periods.every((period) => period.year === first.year);
  const words =
    first.frequency === 'monthly' && oneYear
      ? `${joinWords(periods.map((period) => MONTH_NAMES[period.part - 1] ?? ''))} ${first.year}`
      : joinWords(periods.map(periodLabel));
  return `${plural(periods.length, noun)}: ${words}.`;
}

// Millions shown as billions keep every digit published: three decimals.
const billions = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});
const percents = new Intl.NumberFormat('en-US', { maximumFractionDigits: 5 });

/** A value in billions (money) or percent, with a true minus sign. */
function inReportUnit(value: number, unit: ColumnUnit | undefined, signed = false): string {
  const scaled = unit === 'usd-millions' ? value / 1000 : value;
  const text = (unit === 'percent' ? percents : billions).format(Math.abs(scaled));
  const sign = scaled < 0 ? '−' : signed && scaled > 0 ? '+' : '';
  return `${sign}${text}`;
}

/**
 * How many periods were revised and the biggest revisions, old → new: money in billions,
 * percents in percent.
 */
export function describeRevisions(
  revisions: readonly Revision[],
  unitOf: (column: string) => ColumnUnit | undefined,
  count = 5,
): string[] {
  const first = revisions[0];
  if (!first) return ['No period revised.'];
  const periods = new Set(revisions.map((revision) => revision.period.key));
  const size = (revision: Revision) =>
    Math.abs(revision.to - revision.from) * (unitOf(revision.column) === 'usd-billions' ? 1000 : 1);
  const biggest = [...revisions].sort((a, b) => size(b) - size(a)).slice(0, count);
  const noun = periodNoun(first.period);
  return [
    `${plural(periods.size, noun)} revised; the biggest revision${biggest.length === 1 ? '' : 's'}:`,
    ...biggest.map((revision) => {
      const unit = unitOf(revision.column);
      const words = unit === 'percent' ? '%' : ' billion';
      const where = `${revision.column}${revision.key === undefined ? '' : ` (${revision.key})`}, ${periodLabel(revision.period)}`;
      return `  ${where}: ${inReportUnit(revision.from, unit)} → ${inReportUnit(revision.to, unit)}${words} (${inReportUnit(revision.to - revision.from, unit, true)})`;
    }),
  ];
}

/** Figures whose printed value (or period) differs between two resolutions of the figures file. */
export function figureChanges(before: readonly Figure[], after: readonly Figure[]): string[] {
  const old = new Map(before.map((figure) => [figure.id, figure]));
  return after.flatMap((figure) => {
    const was = old.get(figure.id);
    if (!was) return [];
    const from = formatFigure(was);
    const to = formatFigure(figure);
    if (from === to && was.period === figure.period) return [];
    const period = (value: Figure) =>
      was.period === figure.period ? '' : ` (${describePeriod(value.period)})`;
    return [`${figure.id}: ${from}${period(was)} → ${to}${period(figure)}`];
  });
}

/**
 * The figures check: resolves the figures file against both catalogs and lists each figure whose
 * printed value would change. A figure that resolves now but not with the new file stops the
 * writing, since the site would no longer build.
 */
export function figuresCheck(resolve: (catalog: Catalog) => readonly Figure[]): DataCheck {
  return (before, after) => {
    const heading = 'Figures on the site whose printed value would change:';
    let now: readonly Figure[];
    try {
      now = resolve(before);
    } catch (error) {
      return {
        heading,
        lines: [],
        problems: [`The site's figures do not resolve even before the update: ${messageOf(error)}`],
      };
    }
    try {
      const changed = figureChanges(now, resolve(after));
      return { heading, lines: changed.length > 0 ? changed : ['none'], problems: [] };
    } catch (error) {
      return {
        heading,
        lines: [],
        problems: [`With the new file the site's figures would not resolve: ${messageOf(error)}`],
      };
    }
  };
}

/**
 * The claims check: the sentences on the site that rest on the data (content/data/claims.yaml),
 * checked with the files held now and with the new file added. A claim the new file makes false
 * does not stop the writing (the data are what they are); it is listed so its sentence is
 * rewritten, and the build refuses to print it until then.
 */
export function claimsCheck(
  check: (catalog: Catalog) => readonly {
    readonly id: string;
    readonly says: string;
    readonly reason?: string | undefined;
  }[],
): DataCheck {
  return (before, after) => {
    const heading =
      'Sentences on the site that the new data would make false (rewrite them before you build):';
    try {
      const falseBefore = new Set(check(before).map((claim) => claim.id));
      const lines = check(after)
        .filter((claim) => !falseBefore.has(claim.id))
        .map((claim) => `${claim.id}: "${claim.says}" (${claim.reason ?? 'no longer holds'})`);
      return { heading, lines: lines.length > 0 ? lines : ['none'], problems: [] };
    } catch (error) {
      return {
        heading,
        lines: [`the claims could not be checked: ${messageOf(error)}`],
        problems: [],
      };
    }
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A section as report lines, indented under its heading (its problems are reported apart). */
export function sectionLines(section: ReportSection): string[] {
  return section.lines.length === 0
    ? []
    : [section.heading, ...section.lines.map((line) => `  ${line}`)];
}
