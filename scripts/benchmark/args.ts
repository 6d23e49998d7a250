/**
 * The bench's command line, parsed and checked. Pure (it takes argv rather than reading
 * process.argv) so that its rules are unit-tested.
 */
import { parseArgs } from 'node:util';

export const USAGE =
  'usage: npm run bench -- [--runs 3] [--scale 10] [--scale-builds 3] [--no-scale] [--scale-only]';

export interface BenchOptions {
  /** Lighthouse runs per page; medians are reported. */
  readonly runs: number;
  /** How many times the content is multiplied for the build-scaling measure. */
  readonly factor: number;
  /** Cold builds of each copy in the scaling measure. */
  readonly scaleBuilds: number;
  readonly scale: boolean;
  readonly pages: boolean;
  readonly help: boolean;
}

function wholeNumber(text: string, flag: string, least: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) {
    throw new Error(`${flag} takes a whole number ≥ ${least}`);
  }
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: '3' },
      scale: { type: 'string', default: '10' },
      'scale-builds': { type: 'string', default: '3' },
      'no-scale': { type: 'boolean', default: false },
      'scale-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    runs: wholeNumber(values.runs, '--runs', 1),
    // A factor of 1 would compare the content with itself.
    factor: wholeNumber(values.scale, '--scale', 2),
    scaleBuilds: wholeNumber(values['scale-builds'], '--scale-builds', 1),
    scale: !values['no-scale'],
    pages: !values['scale-only'],
    help: values.help,
  };
}
