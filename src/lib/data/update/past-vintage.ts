/**
 * `--vintage BOPGSTB@2025-06-15`: one FRED series as it was published on a past day, from ALFRED,
 * written into a file of its own (lessons on revisions compare vintages side by side). Its layout
 * is that of a file of the site holding the same series alone, the vintage nearest before.
 */
import { alfredCsvUrl } from '../../../logic/data/update/fred-address';
import { readFredCsv } from '../../../logic/data/update/fred-csv';
import type { PastVintage, UpdateArguments } from '../../../logic/data/update/arguments';
import { fredIdsOf, isFetchable } from '../../../logic/data/update/plan';
import type { Series } from '../../../schemas/series';
import { consider } from './candidate';
import type { ContentFolder } from './content-folder';
import { downloadCsv } from './download';
import type { Step } from './steps';

/** The file to copy: one holding only this series, the latest taken on or before the day. */
function templateFor(folder: ContentFolder, vintage: PastVintage): Series | undefined {
  const alone = folder.list
    .filter((series) => isFetchable(series) && fredIdsOf(series).join() === vintage.id)
    .sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
  return alone.filter((series) => (series.asOf ?? '') <= vintage.date).at(-1) ?? alone[0];
}

export async function fetchPastVintages(
  folder: ContentFolder,
  args: UpdateArguments,
): Promise<Step[]> {
  const steps: Step[] = [];
  for (const vintage of args.vintages) {
    const title = `${vintage.id} as published on ${vintage.date} (ALFRED)`;
    const template = templateFor(folder, vintage);
    if (!template) {
      steps.push({
        title,
        result: {
          ok: false,
          unchanged: false,
          lines: [
            `No file of the site holds ${vintage.id} on its own, so there is no layout to write its vintage in.`,
          ],
        },
      });
      continue;
    }
    const url = alfredCsvUrl(vintage.id, vintage.date, args.alfredBase);
    const body = await downloadCsv(url, { timeoutMs: args.timeoutMs, service: 'ALFRED' });
    const series = body.ok
      ? readFredCsv(body.value, {
          source: url,
          frequency: folder.catalog.find(template.id)?.frequency ?? 'monthly',
          id: vintage.id,
          vintage: vintage.date,
        })
      : body;
    if (!series.ok) {
      steps.push({ title, result: { ok: false, unchanged: false, lines: [series.problem] } });
      continue;
    }
    steps.push({
      title,
      result: consider(folder, template, new Map([[vintage.id, series.value]]), {
        kind: 'alfred',
        urls: [url],
        date: vintage.date,
      }),
    });
  }
  return steps;
}
