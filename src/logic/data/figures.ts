/**
 * Turns the entries of `content/data/figures.yaml` into the figures pages print: a typed figure
 * passes through; a computed one gets its value, period, vintage and source from the series it
 * reads. Every problem is collected, each naming the figure (and the file where one is
 * involved), so an author sees them all at once.
 */
import type { Figure, FigureInput } from '../../schemas/figure';
import type { Catalog } from './catalog';
import { compute, ComputeError, type Computed } from './compute';
import { describePeriod } from './period';

/** What a computed figure borrows from the metadata of the series it reads. */
export interface SeriesSource {
  readonly id: string;
  readonly publisher: string;
  readonly originalTitle: string;
  readonly url: string;
  /** Where our copy came from, in words. */
  readonly via: string;
  readonly vintage: string;
  readonly release: string;
  readonly asOf?: string | undefined;
  readonly basis?: string | undefined;
  readonly adjustment?: 'seasonally adjusted' | 'not seasonally adjusted' | undefined;
}

export interface ResolvedFigures {
  readonly figures: readonly Figure[];
  /** "figure "x": …" messages; empty when every figure resolved. */
  readonly problems: readonly string[];
}

/** Resolves every figure; a computation may name other figures, in any order, but not itself. */
export function resolveFigures(
  inputs: readonly FigureInput[],
  catalog: Catalog,
  sources: ReadonlyMap<string, SeriesSource>,
): ResolvedFigures {
  const byId = new Map(inputs.map((input) => [input.id, input]));
  const done = new Map<string, Computed>();
  const failed = new Set<string>();
  const visiting: string[] = [];
  const problems: string[] = [];

  const evaluate = (id: string): Computed => {
    const cached = done.get(id);
    if (cached) return cached;
    const input = byId.get(id);
    if (!input) throw new ComputeError(`it uses the figure "${id}", which does not exist`);
    if (visiting.includes(id)) {
      throw new ComputeError(`it depends on itself (${[...visiting, id].join(' → ')})`);
    }
    if (failed.has(id)) throw new ComputeError(`it uses the figure "${id}", which has a problem`);
    visiting.push(id);
    try {
      const result =
        input.compute === undefined
          ? {
              value: input.value ?? 0,
              unit: input.unit,
              period: input.period ?? '',
              seriesIds: [],
              columns: [],
              description: `the figure "${id}"`,
            }
          : compute(input.compute, catalog, evaluate);
      done.set(id, result);
      return result;
    } finally {
      visiting.pop();
    }
  };

  const figures: Figure[] = [];
  for (const input of inputs) {
    try {
      const result = evaluate(input.id);
      figures.push(toFigure(input, result, sources));
    } catch (error) {
      if (!(error instanceof ComputeError)) throw error;
      failed.add(input.id);
      problems.push(`figure "${input.id}": ${error.message}`);
    }
  }
  return { figures, problems };
}

function toFigure(
  input: FigureInput,
  result: Computed,
  sources: ReadonlyMap<string, SeriesSource>,
): Figure {
  const { compute: computation, value, period, vintage, source, ...rest } = input;
  if (computation === undefined) {
    if (value === undefined || period === undefined || vintage === undefined || !source) {
      throw new ComputeError('a typed figure needs its value, period, vintage and source');
    }
    return { ...rest, value, period, vintage, source };
  }
  if (result.unit !== input.unit) {
    throw new ComputeError(`its unit is ${input.unit}, but the computation gives ${result.unit}`);
  }
  const series = result.seriesIds
    .map((id) => sources.get(id))
    .filter((entry): entry is SeriesSource => entry !== undefined);
  const main = series[0];
  if (!main) throw new ComputeError('it reads no series the site describes');
  const releases = [...new Set(series.map((entry) => entry.release))];
  return {
    ...rest,
    label: input.label.replaceAll('{period}', describePeriod(result.period)),
    value: result.value,
    period: result.period,
    basis: input.basis ?? main.basis,
    adjustment: input.adjustment ?? main.adjustment,
    vintage:
      vintage ??
      (series.length === 1 ? main.vintage : series.map((entry) => entry.vintage).join(' ')),
    source: source ?? {
      kind: 'release',
      publisher: main.publisher,
      title: main.originalTitle,
      ...(main.asOf === undefined ? {} : { released: main.asOf }),
      url: main.url,
      via: main.via,
    },
    computed: {
      description: result.description,
      seriesIds: [...result.seriesIds],
      columns: [...result.columns],
      release: releases.join(' and '),
      ...(result.changeOf ? { changeOf: result.changeOf } : {}),
    },
  };
}
