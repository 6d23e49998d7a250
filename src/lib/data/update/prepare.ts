/**
 * Gives a proposal its name, its entry in series.yaml (provenance included) and its report: the
 * new periods, the biggest revisions, and what it changes on the site (the figures check, and
 * whatever checks join it later).
 */
import { createHash } from 'node:crypto';
import { periodLabel } from '../../../logic/data/period';
import { vintageEntry, vintageNotes } from '../../../logic/data/update/entry';
import { alfredCsvUrl, fredCsvUrl } from '../../../logic/data/update/fred-address';
import {
  dayWords,
  releaseWords,
  retitle,
  vintageId,
  vintageTitle,
} from '../../../logic/data/update/naming';
import {
  describeNewPeriods,
  describeRevisions,
  figuresCheck,
  runChecks,
  sectionLines,
  claimsCheck,
  type DataCheck,
} from '../../../logic/data/update/report';
import type { Series, SeriesDownload } from '../../../schemas/series';
import { falseClaims } from '../claims-file';
import { loadFiguresFrom } from '../figures-file';
import { checkedColumns, type Proposal } from './candidate';
import { withSeries, type ContentFolder } from './content-folder';

export interface Prepared {
  readonly entry: Series;
  readonly text: string;
  /** The id of the entry the new one goes beside. */
  readonly follows: string;
  readonly lines: readonly string[];
  /** Problems that keep it from being written. */
  readonly problems: readonly string[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The provenance of the new file: always the official addresses, whatever server answered. */
function provenance(
  proposal: Proposal,
  today: string,
): { via: SeriesDownload; vintage: string; source: string } {
  const { arrival, end } = proposal;
  const latest = `Its latest period is ${periodLabel(end)}.`;
  switch (arrival.kind) {
    case 'fred':
      return {
        via: { service: 'FRED', urls: proposal.ids.map((id) => fredCsvUrl(id)), downloaded: today },
        vintage: `One pure vintage, downloaded from FRED on ${dayWords(today)} by npm run data:update. ${latest}`,
        source: `FRED's download of ${dayWords(today)}`,
      };
    case 'hand':
      return {
        via: {
          service: 'FRED',
          urls: proposal.ids.map((id) => fredCsvUrl(id)),
          downloaded: today,
          note: `Downloaded from FRED by hand and imported with npm run data:update --from (${arrival.files.join(', ')}).`,
        },
        vintage: `Downloaded from FRED by hand and imported on ${dayWords(today)}. ${latest}`,
        source: `a download from FRED imported on ${dayWords(today)}`,
      };
    case 'alfred':
      return {
        via: {
          service: 'ALFRED',
          urls: proposal.ids.map((id) => alfredCsvUrl(id, arrival.date)),
          downloaded: today,
        },
        vintage: `The series as FRED published it on ${dayWords(arrival.date)}, downloaded from ALFRED (FRED's archive of vintages) on ${dayWords(today)}. ${latest}`,
        source: `ALFRED's vintage of ${dayWords(arrival.date)}`,
      };
  }
}

/** Names the new file, writes its entry and report, and runs the checks on the site. */
export function prepare(
  folder: ContentFolder,
  proposal: Proposal,
  today: string,
  taken: ReadonlySet<string>,
): Prepared {
  const { template, changes } = proposal;
  const problems: string[] = [];
  const asOf = proposal.arrival.kind === 'alfred' ? proposal.arrival.date : today;
  const span = { start: proposal.start, end: proposal.templateEnd };
  const byMonth = vintageId(template.id, span, proposal.end, asOf.slice(0, 7));
  const byDay = vintageId(template.id, span, proposal.end, asOf);
  const id = !taken.has(byMonth) ? byMonth : byDay;
  if (taken.has(id)) problems.push(`The site already holds a file ${id}.csv: nothing to add.`);
  if (template.asOf === undefined) {
    problems.push(
      `${template.file} does not say when its numbers were taken (asOf in series.yaml), so a newer file of the same series could not be told apart from it: add its asOf, then run again.`,
    );
  }
  const { via, vintage, source } = provenance(proposal, today);
  const entry = vintageEntry(template, {
    id,
    title:
      proposal.arrival.kind === 'alfred'
        ? vintageTitle(template.title, proposal.arrival.date)
        : retitle(template.title, proposal.templateEnd, proposal.end),
    start: proposal.start,
    end: proposal.end,
    asOf,
    release: releaseWords(asOf),
    vintage,
    via,
    sha256: sha256(proposal.text),
    notes: vintageNotes({
      source,
      start: proposal.start,
      end: proposal.end,
      rows: proposal.table.rows.length,
      columns: checkedColumns(template),
      followed: template.id,
      changes,
    }),
  });
  const units = new Map(template.columns.map((column) => [column.name, column.unit]));
  const lines = [
    describeNewPeriods(changes.newPeriods),
    ...describeRevisions(changes.revisions, (column) => units.get(column)),
  ];
  const after = withSeries(folder, entry, proposal.text);
  const checks: DataCheck[] = [];
  const figuresText = folder.figuresText;
  if (figuresText !== undefined) {
    checks.push(figuresCheck((catalog) => loadFiguresFrom(figuresText, catalog, after.sources)));
    const claimsText = folder.claimsText;
    if (claimsText !== undefined) {
      checks.push(
        claimsCheck((catalog) =>
          falseClaims(claimsText, catalog, loadFiguresFrom(figuresText, catalog, after.sources)),
        ),
      );
    }
  }
  for (const section of runChecks(checks, folder.catalog, after.catalog)) {
    lines.push(...sectionLines(section));
    problems.push(...section.problems);
  }
  return { entry, text: proposal.text, follows: template.id, lines, problems };
}
