/**
 * `npm run data:update`: brings in the next data release. See `--help`, and the README's
 * "Updating the data". The work is in src/lib/data/update/run.ts; this file only reads the
 * command line and sets the exit code.
 */
import { parseArguments } from '../src/logic/data/update/arguments';
import { runDataUpdate } from '../src/lib/data/update/run';

const today = new Date().toISOString().slice(0, 10);
const args = parseArguments(process.argv.slice(2), process.env, today);
if (!args.ok) {
  console.error(args.problem);
  process.exitCode = 2;
} else {
  process.exitCode = await runDataUpdate(args.value, (text) => {
    console.log(text);
  });
}
