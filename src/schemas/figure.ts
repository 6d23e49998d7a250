import { z } from 'astro/zod';
import { proseSchema, slugSchema } from './shared';

/** Who published a figure and where a reader can check it. */
export const sourceSchema = z.object({
  /** The agency or organisation that published the number, e.g. "U.S. Census Bureau and BEA". */
  publisher: proseSchema,
  /** The title of the release or table the number comes from. */
  title: proseSchema,
  /** The day the publisher released it (YYYY-MM-DD). */
  released: z
    .string()
    .regex(
      /^\d{4}(-\d{2}(-\d{2})?)?$/,
      'write the release date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)',
    ),
  /** A page where a reader can find the original. */
  url: z.url({ protocol: /^https$/, message: 'must be an https:// address' }),
  /** Where our copy came from, when it was not taken from the publisher directly. */
  via: proseSchema.optional(),
});

/** The kinds of quantity a figure can be; money is always millions of U.S. dollars. */
export const figureUnitSchema = z.enum(['usd-millions', 'percent']);

/** One sourced fact, such as the 2024 U.S. goods and services trade balance. */
export const figureSchema = z.object({
  /** Stable id used by `<Figure id="…"/>` and by quiz questions. */
  id: slugSchema,
  /** What the number is, in words, as it appears in the list of sources. */
  label: proseSchema,
  /** The value: millions of dollars for money (negative for a deficit), or a percent. */
  value: z.number().refine(Number.isFinite, 'must be a finite number'),
  /** How to read `value`. */
  unit: figureUnitSchema,
  /** The period it covers: a year ("2024"), a month ("2025-02") or a date ("2025-03-31"). */
  period: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the period as YYYY, YYYY-MM or YYYY-MM-DD'),
  /** The accounting basis, e.g. "balance of payments" or "Census"; omit where it does not apply. */
  basis: proseSchema.optional(),
  /** Seasonally adjusted or not; omit where it does not apply. */
  adjustment: z.enum(['seasonally adjusted', 'not seasonally adjusted']).optional(),
  /** Which release of the number this is, e.g. "first published" or "revised June 2025". */
  vintage: proseSchema,
  /** Who published it. */
  source: sourceSchema,
  /** A note for the reader, e.g. how the figure was derived from a series. */
  note: proseSchema.optional(),
});

export type Figure = z.infer<typeof figureSchema>;
export type Source = z.infer<typeof sourceSchema>;
