/**
 * `npm run data:update` from start to end: read the data folder, fetch (or import, or fetch a
 * past vintage), check, write the files that passed (each a new vintage beside the old one, with
 * its entry in series.yaml), then print the report. Nothing of a file is written unless
 * everything about it checked out, and series.yaml is written last, once, after the CSV files.
 */
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { USAGE, type UpdateArguments } from '../../../logic/data/update/arguments';
import { failure, success, type Outcome } from '../../../logic/data/update/result';
import { readContentFolder, type ContentFolder } from './content-folder';
import { fetchLatest } from './fetch-latest';
import { importFolder } from './import-folder';
import { fetchPastVintages } from './past-vintage';
import { prepare, type Prepared } from './prepare';
import { addEntries } from './series-yaml';
import type { Step } from './steps';

const isFolder = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

const indent = (lines: readonly string[]) => lines.map((line) => `  ${line}`);

function steps(folder: ContentFolder, args: UpdateArguments): Promise<Step[]> | Step[] {
  if (args.vintages.length > 0) return fetchPastVintages(folder, args);
  if (args.from !== undefined) return importFolder(folder, resolve(args.from));
  return fetchLatest(folder, args);
}

function modeWords(args: UpdateArguments): string {
  if (args.vintages.length > 0) return `fetching past vintages from ALFRED (${args.alfredBase})`;
  if (args.from !== undefined) return `importing the files in ${args.from}`;
  return `fetching from FRED (${args.fredBase})`;
}

/** Writes the new CSV files, then series.yaml with their entries; or says why it wrote none. */
async function writeAll(folder: ContentFolder, files: readonly Prepared[]): Promise<Outcome<true>> {
  const yaml = await addEntries(
    folder.seriesYaml,
    files.map((item) => ({ entry: item.entry, before: item.follows })),
  );
  if (!yaml.ok) return failure(yaml.problem);
  for (const item of files) {
    // "wx": a file of the site is never overwritten, only added.
    writeFileSync(join(folder.dir, 'series', item.entry.file), item.text, { flag: 'wx' });
  }
  const file = join(folder.dir, 'series.yaml');
  writeFileSync(`${file}.tmp`, yaml.value);
  renameSync(`${file}.tmp`, file);
  return success(true);
}

/** What the report says about one step, and whether it was refused. */
function stepReport(
  step: Step,
  prepared: Prepared | undefined,
  args: UpdateArguments,
  written: boolean,
): { lines: string[]; refused: boolean } {
  if (!('result' in step)) {
    return {
      lines: [`${step.title}:`, ...indent(step.note.map((item) => `- ${item}`))],
      refused: false,
    };
  }
  const { result } = step;
  if (!result.ok) {
    const refused = !result.unchanged;
    const lines = [step.title, ...indent(result.lines)];
    return { lines: refused ? [...lines, '  Nothing was written for it.'] : lines, refused };
  }
  if (!prepared) return { lines: [step.title], refused: false };
  const lines = [step.title, ...indent(prepared.lines)];
  const target = `${args.dataDir}/series/${prepared.entry.file}`;
  if (prepared.problems.length > 0) {
    return {
      lines: [...lines, ...indent(prepared.problems), '  Nothing was written for it.'],
      refused: true,
    };
  }
  const outcome = written
    ? `  Wrote ${target} and its entry in series.yaml (sha256 ${prepared.entry.sha256}).`
    : `  ${args.dryRun ? 'Would write' : 'Did not write'} ${target} and its entry in series.yaml.`;
  return { lines: [...lines, outcome], refused: false };
}

/** Runs the update and prints its report; the exit code is 1 when anything was refused. */
export async function runDataUpdate(
  args: UpdateArguments,
  print: (text: string) => void,
): Promise<number> {
  if (args.help) {
    print(USAGE);
    return 0;
  }
  if (args.from !== undefined && !isFolder(args.from)) {
    print(`There is no folder ${args.from} to import from.`);
    return 1;
  }
  let folder: ContentFolder;
  try {
    folder = readContentFolder(resolve(args.dataDir));
  } catch (error) {
    print(error instanceof Error ? error.message : String(error));
    return 1;
  }

  const found = await steps(folder, args);
  const taken = new Set(folder.list.map((series) => series.id));
  const prepared = new Map<Step, Prepared>();
  for (const step of found) {
    if (!('result' in step) || !step.result.ok) continue;
    const item = prepare(folder, step.result.proposal, args.today, taken);
    taken.add(item.entry.id);
    prepared.set(step, item);
  }
  const writable = [...prepared.values()].filter((item) => item.problems.length === 0);
  const write = !args.dryRun && writable.length > 0 ? await writeAll(folder, writable) : undefined;
  const written = write?.ok === true;

  const out = [`Data update of ${args.dataDir}, ${args.today}: ${modeWords(args)}.`, ''];
  let failed = write?.ok === false;
  for (const step of found) {
    const report = stepReport(step, prepared.get(step), args, written);
    out.push(...report.lines, '');
    failed ||= report.refused;
  }
  if (write && !write.ok) out.push(write.problem, '');
  const count = writable.length;
  out.push(
    written
      ? `Wrote ${count} new file${count === 1 ? '' : 's'}. Read the report above, review the pages whose sentences rest on the data, then run npm test.`
      : args.dryRun
        ? 'Dry run: nothing was written.'
        : `Nothing was written: ${args.dataDir} is as it was.`,
  );
  print(out.join('\n'));
  return failed ? 1 : 0;
}
