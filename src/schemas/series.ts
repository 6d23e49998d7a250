import { z } from 'astro/zod';
import { proseSchema, slugSchema } from './shared';

/** A period as the series writes it: a year, a quarter, a month or a fiscal year. */
const periodSchema = z
  .string()
  .regex(
    /^(FY)?\d{4}(Q[1-4]|-\d{2})?$/,
    'write the period as YYYY, YYYY-MM, YYYYQn or FYYYYY (e.g. 2024, 2024-12, 2025Q1, FY2025)',
  );

/** One column of a series file and what its values mean. */
export const seriesColumnSchema = z.object({
  /** The column name exactly as it appears in the CSV header. */
  name: z.string().min(1, 'must not be empty'),
  /** What the column holds, in words a reader understands, with its unit where it has one. */
  meaning: proseSchema,
});

/** Where our copy of a series was taken from, when it was not the publisher's own file. */
export const seriesCopySchema = z.object({
  /** The public GitHub repository, as `owner/name`. */
  repository: z
    .string()
    .regex(
      /^[\w.-]+\/[\w.-]+$/,
      'write the repository as owner/name, e.g. corbett-hobbs/congress-ideology',
    ),
  /** The file inside that repository. */
  path: z.string().min(1, 'must not be empty'),
  /** The commit the file was taken at (at least seven hex digits). */
  commit: z.string().regex(/^[0-9a-f]{7,40}$/, 'write the commit as 7 to 40 lower-case hex digits'),
  /** What was done on the way, e.g. "annual rows transcribed unchanged" or "downloaded 2025-03". */
  note: proseSchema.optional(),
});

/**
 * One time series shipped with the site: a CSV in `content/data/series/` (copied unchanged from
 * the public copy named in `via`) and in `public/data/` for readers to download.
 */
export const seriesSchema = z.object({
  /** Stable id: the CSV's file name without `.csv`; also the anchor on /data/. */
  id: slugSchema,
  /** What the series is, in words, as a heading on /data/. */
  title: proseSchema,
  /** The CSV's file name inside `content/data/series/` and `public/data/`. */
  file: z.string().regex(/^[a-z0-9-]+\.csv$/, 'name the file like "trade-annual-1991-2025.csv"'),
  /** How the money columns are measured; every amount in the project is millions of U.S. dollars. */
  unit: z.literal('usd-millions'),
  /** How often the series has a value. */
  frequency: z.enum(['annual', 'quarterly', 'monthly', 'fiscal-year', 'single-year']),
  /** Every column of the CSV, in order, with its meaning. */
  columns: z.array(seriesColumnSchema).min(2, 'a series has at least two columns'),
  /** The first and last period the file covers. */
  span: z.object({
    /** The first period, e.g. "1991" or "1992-01". */
    start: periodSchema,
    /** The last period, e.g. "2025" or "2024-12". */
    end: periodSchema,
  }),
  /** The agency that published the numbers originally. */
  publisher: proseSchema,
  /** The title of the publisher's table or series. */
  originalTitle: proseSchema,
  /** An official page where a reader can find the original (https). */
  url: z.url({ protocol: /^https$/, message: 'must be an https:// address' }),
  /** The public copy our file was taken from. */
  via: seriesCopySchema,
  /** Which release of the numbers this file holds; agencies revise, so this matters. */
  vintage: proseSchema,
  /** The accounting basis, e.g. "balance of payments" or "Census"; omit where it does not apply. */
  basis: proseSchema.optional(),
  /** Seasonally adjusted or not; omit where it does not apply. */
  adjustment: z.enum(['seasonally adjusted', 'not seasonally adjusted']).optional(),
  /** What a reader should know before using the numbers. */
  notes: proseSchema,
});

/** The whole `content/data/series.yaml` file: a list of series with unique ids and files. */
export const seriesListSchema = z.array(seriesSchema).superRefine((list, context) => {
  const seen = new Set<string>();
  for (const [index, series] of list.entries()) {
    for (const key of [series.id, series.file]) {
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `"${key}" appears twice in the list of series`,
        });
      }
      seen.add(key);
    }
    if (series.file !== `${series.id}.csv`) {
      context.addIssue({
        code: 'custom',
        path: [index, 'file'],
        message: `the file of series "${series.id}" must be "${series.id}.csv"`,
      });
    }
  }
});

export type Series = z.infer<typeof seriesSchema>;
export type SeriesColumn = z.infer<typeof seriesColumnSchema>;
export type SeriesCopy = z.infer<typeof seriesCopySchema>;
