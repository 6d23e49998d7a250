/**
 * The default run: downloads, from FRED, every series of the files that hold the newest vintage
 * of a FRED series, one group of downloads per file, and checks each group as a new vintage.
 */
import { fetchPlan } from '../../../logic/data/update/plan';
import { fredCsvUrl } from '../../../logic/data/update/fred-address';
import { readFredCsv, type FredSeries } from '../../../logic/data/update/fred-csv';
import type { UpdateArguments } from '../../../logic/data/update/arguments';
import { consider } from './candidate';
import type { ContentFolder } from './content-folder';
import { downloadCsv } from './download';
import type { Outcome } from '../../../logic/data/update/result';
import type { Step } from './steps';

/** Downloads one FRED series and reads it. */
async function fetchSeries(
  id: string,
  frequency: FredSeries['frequency'],
  args: UpdateArguments,
): Promise<Outcome<FredSeries>> {
  const url = fredCsvUrl(id, args.fredBase);
  const body = await downloadCsv(url, { timeoutMs: args.timeoutMs, service: 'FRED' });
  if (!body.ok) return body;
  return readFredCsv(body.value, { source: url, frequency, id });
}

export async function fetchLatest(folder: ContentFolder, args: UpdateArguments): Promise<Step[]> {
  const plan = fetchPlan(folder.list, folder.catalog);
  const steps: Step[] = [];
  const wanted = (ids: readonly string[]) =>
    args.only.length === 0 || ids.some((id) => args.only.includes(id));
  for (const id of args.only) {
    if (!plan.groups.some((group) => group.ids.includes(id))) {
      steps.push({
        title: id,
        result: {
          ok: false,
          unchanged: false,
          lines: [`No file of the site that a fetch updates holds the FRED series ${id}.`],
        },
      });
    }
  }
  for (const group of plan.groups.filter((candidate) => wanted(candidate.ids))) {
    const title = `${group.series.id} (${group.ids.join(', ')})`;
    const frequency = folder.catalog.find(group.series.id)?.frequency ?? 'monthly';
    const downloads = new Map<string, FredSeries>();
    const problems: string[] = [];
    for (const id of group.ids) {
      const series = await fetchSeries(id, frequency, args);
      if (series.ok) downloads.set(id, series.value);
      else problems.push(series.problem);
    }
    steps.push({
      title,
      result:
        problems.length > 0
          ? { ok: false, unchanged: false, lines: problems }
          : consider(folder, group.series, downloads, {
              kind: 'fred',
              urls: group.ids.map((id) => fredCsvUrl(id, args.fredBase)),
            }),
    });
  }
  if (args.only.length === 0) {
    steps.push(...notFetched(plan.importOnly, plan.olderVintages));
  }
  return steps;
}

/** What a fetch leaves alone, and how those files are updated instead. */
function notFetched(
  importOnly: ReturnType<typeof fetchPlan>['importOnly'],
  olderVintages: ReturnType<typeof fetchPlan>['olderVintages'],
): Step[] {
  const notes: Step[] = [];
  if (importOnly.length > 0) {
    notes.push({
      title:
        'Not fetched: they hold numbers FRED does not serve, so they are updated only by importing a file (--from DIR)',
      note: importOnly.map((series) => series.id),
    });
  }
  if (olderVintages.length > 0) {
    notes.push({
      title:
        'Not fetched: older vintages the lessons keep (fetch a past vintage with --vintage ID@YYYY-MM-DD)',
      note: olderVintages.map((series) => series.id),
    });
  }
  return notes;
}
