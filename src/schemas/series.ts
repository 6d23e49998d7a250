import { z } from 'astro/zod';
import { proseSchema, slugSchema } from './shared';

/** A period as the series writes it: a year, a quarter, a month or a fiscal year. */
const periodSchema = z
  .string()
  .regex(
    /^(FY)?\d{4}(Q[1-4]|-\d{2})?$/,
    'write the period as YYYY, YYYY-MM, YYYYQn or FYYYYY (e.g. 2024, 2024-12, 2025Q1, FY2025)',
  );

/** What a column holds: the period, a key of a long file, a label, a number, or nothing we use. */
export const columnRoleSchema = z.enum(['period', 'key', 'label', 'value', 'unused']);

/** How a numeric column is measured. */
export const columnUnitSchema = z.enum(['usd-millions', 'usd-billions', 'percent']);

/** One column of a series file and what its values mean. */
export const seriesColumnSchema = z
  .object({
    /** The column name exactly as it appears in the CSV header ("" where FRED left it unnamed). */
    name: z.string(),
    /** What the column holds, in words a reader understands, with its unit where it has one. */
    meaning: proseSchema,
    /** What the site does with it; numbers (`value`) unless said otherwise. */
    role: columnRoleSchema.default('value'),
    /** How a number in the column is measured; required for `value` columns. */
    unit: columnUnitSchema.optional(),
    /** The FRED series id the column holds, for `npm run data:update` (e.g. BOPGSTB). */
    fred: z
      .string()
      .regex(/^[A-Z0-9]+$/, 'write the FRED id in capitals, e.g. BOPGSTB')
      .optional(),
  })
  .superRefine((column, context) => {
    if (column.role === 'value' && column.unit === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `column "${column.name}" holds numbers: say their unit (usd-millions, usd-billions or percent)`,
      });
    }
    if (column.name === '' && column.role !== 'period') {
      context.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'only the period column may be unnamed',
      });
    }
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

/** A file `npm run data:update` downloaded from FRED or ALFRED itself. */
export const seriesDownloadSchema = z.object({
  /** The service the numbers were downloaded from. */
  service: z.enum(['FRED', 'ALFRED']),
  /** The addresses downloaded, one per FRED series. */
  urls: z.array(z.url({ protocol: /^https$/, message: 'must be an https:// address' })).min(1),
  /** The day of the download (YYYY-MM-DD). */
  downloaded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the day as YYYY-MM-DD'),
  /** What was done on the way. */
  note: proseSchema.optional(),
});

/**
 * One time series shipped with the site: a CSV in `content/data/series/` (copied unchanged from
 * the public copy named in `via`); the build publishes it at /data/<file> for readers to download.
 */
export const seriesSchema = z.object({
  /** Stable id: the CSV's file name without `.csv`; also the anchor on /data/. */
  id: slugSchema,
  /** What the series is, in words, as a heading on /data/. */
  title: proseSchema,
  /** The CSV's file name inside `content/data/series/` (and at /data/ on the site). */
  file: z.string().regex(/^[a-z0-9-]+\.csv$/, 'name the file like "trade-annual-1991-2025.csv"'),
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
  /** The public copy our file was taken from, or the download that made it. */
  via: z.union([seriesCopySchema, seriesDownloadSchema]),
  /** Which release of the numbers this file holds; agencies revise, so this matters. */
  vintage: proseSchema,
  /**
   * When the numbers were taken from the publisher (YYYY-MM-DD, or YYYY-MM when only the month
   * is known). Of two files holding the same FRED series, the one taken later is the newer
   * vintage, so every file that shares a FRED series with another must say it.
   */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write the date as YYYY-MM-DD (or YYYY-MM)')
    .optional(),
  /** The vintage in a few words for sentences such as "in the August 2026 data". */
  release: proseSchema,
  /** The SHA-256 of the CSV file, so a hand edit of a number cannot go unnoticed. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'write the SHA-256 as 64 lower-case hex digits'),
  /** The accounting basis, e.g. "balance of payments" or "Census"; omit where it does not apply. */
  basis: proseSchema.optional(),
  /** Seasonally adjusted or not; omit where it does not apply. */
  adjustment: z.enum(['seasonally adjusted', 'not seasonally adjusted']).optional(),
  /** What a reader should know before using the numbers. */
  notes: proseSchema,
});

/** The whole `content/data/series.yaml` file: a list of series with unique ids and files. */
export const seriesListSchema = z
  .array(seriesSchema.superRefine(checkColumns))
  .superRefine((list, context) => {
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
    // Which of two files holding the same FRED series is the newer vintage must be decidable.
    const holders = new Map<string, number[]>();
    for (const [index, series] of list.entries()) {
      for (const column of series.columns) {
        if (column.fred !== undefined) {
          holders.set(column.fred, [...(holders.get(column.fred) ?? []), index]);
        }
      }
    }
    for (const [fred, indexes] of holders) {
      if (indexes.length < 2) continue;
      const dates = new Map<string, string>();
      for (const index of indexes) {
        const series = list[index];
        if (!series) continue;
        if (series.asOf === undefined) {
          context.addIssue({
            code: 'custom',
            path: [index, 'asOf'],
            message: `series "${series.id}" holds ${fred}, as another file does: say when it was taken (asOf), so the newer vintage is known`,
          });
          continue;
        }
        const twin = dates.get(series.asOf);
        if (twin !== undefined) {
          context.addIssue({
            code: 'custom',
            path: [index, 'asOf'],
            message: `series "${series.id}" and "${twin}" both hold ${fred} as of ${series.asOf}: one vintage in two files`,
          });
        }
        dates.set(series.asOf, series.id);
      }
    }
  });

/** Exactly one period column, at most one key column. */
function checkColumns(series: z.infer<typeof seriesSchema>, context: z.RefinementCtx): void {
  const count = (role: string) => series.columns.filter((column) => column.role === role).length;
  if (count('period') !== 1) {
    context.addIssue({
      code: 'custom',
      path: ['columns'],
      message: `series "${series.id}" needs exactly one column with role: period (found ${count('period')})`,
    });
  }
  if (count('key') > 1) {
    context.addIssue({
      code: 'custom',
      path: ['columns'],
      message: `series "${series.id}" has more than one column with role: key`,
    });
  }
}

export type Series = z.infer<typeof seriesSchema>;
export type SeriesDownload = z.infer<typeof seriesDownloadSchema>;
export type SeriesColumn = z.infer<typeof seriesColumnSchema>;
export type SeriesCopy = z.infer<typeof seriesCopySchema>;
