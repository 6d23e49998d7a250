import { z } from 'astro/zod';
import type { Computation, Operand } from '../logic/data/compute';
import { proseSchema, slugSchema } from './shared';

const dateLike = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Who published a figure and where a reader can check it. */
export const sourceSchema = z
  .object({
    /**
     * `release` (the default): an official release or data set. `article`: the news article this
     * course starts from, for a figure it reports without naming a source (a rank, a tariff rate).
     */
    kind: z.enum(['release', 'article']).default('release'),
    /** The agency or organisation that published the number, e.g. "U.S. Census Bureau and BEA". */
    publisher: proseSchema,
    /** The title of the release or table the number comes from. */
    title: proseSchema,
    /**
     * The day the publisher released it (YYYY-MM-DD, or YYYY-MM, or YYYY when only that is
     * known). A figure computed from a series leaves it out when the series does not record it.
     */
    released: z
      .string()
      .regex(
        dateLike,
        'write the release date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)',
      )
      .optional(),
    /** A page where a reader can find the original; required for an official release. */
    url: z.url({ protocol: /^https$/, message: 'must be an https:// address' }).optional(),
    /** Where our copy came from, when it was not taken from the publisher directly. */
    via: proseSchema.optional(),
  })
  .superRefine((source, context) => {
    if (source.kind === 'release' && source.url === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'an official source needs the https:// address of a page where readers find it',
      });
    }
  });

/**
 * The kinds of quantity a figure can be. Money is always millions of U.S. dollars; `count` is a
 * whole number of periods ("35 years"); `times` a ratio ("1.6 times"); `rank` a place in a
 * list (1 is the largest).
 */
export const figureUnitSchema = z.enum(['usd-millions', 'percent', 'count', 'times', 'rank']);

export const periodSelectorSchema = z
  .string()
  .regex(
    /^(\d{4}(-\d{2}|Q[1-4])?|FY\d{4}|latest(-\d+)?|of:[a-z0-9-]+)$/,
    'write the period as 2024, 2024-06, 2024Q2, FY2024, latest, latest-N or of:<figure-id>',
  );

/** A column of one file, or the newest vintage of a FRED series. */
export const selectorShape = {
  /** The series id in content/data/series.yaml (with `column`). */
  series: slugSchema.optional(),
  /** The column's name in the CSV header (with `series`). */
  column: z.string().min(1).optional(),
  /** A FRED series id instead: the newest file holding it is read. */
  fred: z
    .string()
    .regex(/^[A-Z0-9]+$/, 'write the FRED id in capitals, e.g. BOPGSTB')
    .optional(),
  /** The row key in a long file ("goods", "CHN"). */
  key: z.string().min(1).optional(),
};

export const spanShape = {
  /**
   * A calendar year (its twelve months, four quarters or one row): a number, "latest" (the last
   * complete year), "latest-N", or "of:<figure-id>" (the year of another figure's period).
   */
  year: z
    .union([
      z.number().int().min(1900).max(2100),
      z.literal('latest'),
      z.templateLiteral(['latest-', z.number().int().min(1)]),
      z.templateLiteral(['of:', z.string().regex(/^[a-z0-9-]+$/)]),
    ])
    .optional(),
  /** The first period of the span (default: the first in the file). */
  from: periodSelectorSchema.optional(),
  /** The last period of the span (default: the last with a value). */
  to: periodSelectorSchema.optional(),
};

function checkSelection(
  selection: Readonly<Record<string, unknown>>,
  context: z.RefinementCtx,
): void {
  const byFile = selection.series !== undefined || selection.column !== undefined;
  if (byFile === (selection.fred !== undefined)) {
    context.addIssue({
      code: 'custom',
      message:
        'name either a FRED series (fred: BOPGSTB) or a file and column (series: …, column: …)',
    });
  } else if (byFile && (selection.series === undefined || selection.column === undefined)) {
    context.addIssue({ code: 'custom', message: 'give both the series and the column' });
  }
  if (selection.year !== undefined && (selection.from ?? selection.to) !== undefined) {
    context.addIssue({ code: 'custom', message: 'give either a year or from/to, not both' });
  }
}

export const selection = <T extends z.ZodRawShape>(extra: T) =>
  z.strictObject({ ...selectorShape, ...extra }).superRefine(checkSelection);

/** An input to a computation: another figure's id, or a computation of its own. */
export const operandSchema: z.ZodType<Operand> = z.lazy(() =>
  z.union([slugSchema, computationSchema]),
);

/** A computation over a series, written as an object with one key (see src/logic/data/compute.ts). */
export const computationSchema: z.ZodType<Computation> = z.lazy(() =>
  z.union([
    z.strictObject({ latest: selection({}) }),
    z.strictObject({ at: selection({ period: periodSelectorSchema }) }),
    z.strictObject({ sum: selection(spanShape) }),
    z.strictObject({ mean: selection(spanShape) }),
    z.strictObject({ change: z.strictObject({ from: operandSchema, to: operandSchema }) }),
    z.strictObject({
      difference: z.strictObject({ of: operandSchema, minus: operandSchema }),
    }),
    z.strictObject({
      ratio: z.strictObject({
        of: operandSchema,
        to: operandSchema,
        as: z.enum(['percent', 'times']),
      }),
    }),
    z.strictObject({
      count: selection({ ...spanShape, where: z.enum(['negative', 'positive']) }),
    }),
    z.strictObject({ max: selection(spanShape) }),
    z.strictObject({ min: selection(spanShape) }),
  ]),
);

const sharedFields = {
  /** Stable id used by `<Figure id="…"/>` and by quiz questions. */
  id: slugSchema,
  /**
   * What the number is, in words, as it appears in the list of sources. A computed figure may
   * write `{period}` where its period goes ("…, {period}" → "…, June 2026").
   */
  label: proseSchema,
  /** How to read the value. */
  unit: figureUnitSchema,
  /** The accounting basis, e.g. "balance of payments" or "Census"; omit where it does not apply. */
  basis: proseSchema.optional(),
  /** Seasonally adjusted or not; omit where it does not apply. */
  adjustment: z.enum(['seasonally adjusted', 'not seasonally adjusted']).optional(),
  /** A note for the reader, e.g. what the figure leaves out. */
  note: proseSchema.optional(),
};

/**
 * One entry of `content/data/figures.yaml` as an author writes it: either a value typed from a
 * release (with its period, vintage and source), or a computation over a series, whose value,
 * period, vintage and source the build works out from the file.
 */
export const figureInputSchema = z
  .strictObject({
    ...sharedFields,
    /** A typed value: millions of dollars for money (negative for a deficit), a percent, a rank. */
    value: z.number().refine(Number.isFinite, 'must be a finite number').optional(),
    /** A typed value's period: a year ("2024"), a month ("2025-02") or a date ("2025-03-31"). */
    period: z
      .string()
      .regex(dateLike, 'write the period as YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    /** A computation over a series instead of a typed value. */
    compute: computationSchema.optional(),
    /** Which release of the number this is; a computed figure takes its series' vintage. */
    vintage: proseSchema.optional(),
    /** Who published it; a computed figure takes its series' publisher. */
    source: sourceSchema.optional(),
  })
  .superRefine((figure, context) => {
    const typed = figure.compute === undefined;
    const need = (field: 'value' | 'period' | 'vintage' | 'source') => {
      if (figure[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `figure "${figure.id}" has no computation, so it needs its ${field}`,
        });
      }
    };
    if (typed) {
      need('value');
      need('period');
      need('vintage');
      need('source');
      if (figure.source && figure.source.released === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['source', 'released'],
          message: `figure "${figure.id}" is typed from a release: say when it was released`,
        });
      }
    } else {
      for (const field of ['value', 'period'] as const) {
        if (figure[field] !== undefined) {
          context.addIssue({
            code: 'custom',
            path: [field],
            message: `figure "${figure.id}" is computed: its ${field} comes from the data, so remove it`,
          });
        }
      }
    }
  });

/** What a computed figure records about its working, for the list of sources and for /data/. */
export const computedSchema = z.object({
  /** How the value was worked out, in words. */
  description: proseSchema,
  /** The series files read (ids in content/data/series.yaml). */
  seriesIds: z.array(slugSchema).min(1),
  /** The columns read, as "series-id#column". */
  columns: z.array(z.string().min(1)).min(1),
  /** The vintage in a few words ("August 2026"), for "in the August 2026 data". */
  release: proseSchema,
  /** For a change: the two values compared. */
  changeOf: z.object({ from: z.number(), to: z.number() }).optional(),
});

/** One sourced fact as pages see it, typed or computed; the `figures` collection holds these. */
export const figureSchema = z.object({
  ...sharedFields,
  /** The value: millions of dollars for money (negative for a deficit), a percent, a count… */
  value: z.number().refine(Number.isFinite, 'must be a finite number'),
  /** A period ("2024", "2026-06", "2025Q1", "FY2000", "2025-03-31") or a span ("1991/2025"). */
  period: z.string().min(4),
  /** Which release of the number this is, e.g. "first published" or "revised June 2025". */
  vintage: proseSchema,
  source: sourceSchema,
  /** Present when the build computed the value from a series. */
  computed: computedSchema.optional(),
});

export type FigureInput = z.infer<typeof figureInputSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Source = z.infer<typeof sourceSchema>;
