import { z } from 'astro/zod';
import type { ClaimCheck } from '../logic/data/claims';
import { operandSchema, periodSelectorSchema, selection, spanShape } from './figure';
import { proseSchema, slugSchema } from './shared';

const signSchema = z.enum(['negative', 'positive']);

/** What must be true of the data for a sentence to stand (see src/logic/data/claims.ts). */
export const claimCheckSchema: z.ZodType<ClaimCheck> = z.union([
  z.strictObject({ every: selection({ ...spanShape, is: signSchema }) }),
  z.strictObject({
    periods: selection({
      ...spanShape,
      is: signSchema,
      are: z.array(z.string().min(4)).min(1),
    }),
  }),
  z.strictObject({
    during: z.strictObject({
      when: selection({ is: signSchema }),
      then: selection({ changed: signSchema }),
    }),
  }),
  z.strictObject({
    ranking: z.strictObject({
      series: slugSchema,
      column: z.string().min(1),
      period: periodSelectorSchema,
      order: z.enum(['lowest', 'highest']),
      first: z.array(z.string().min(1)).min(1),
    }),
  }),
  z.strictObject({
    compare: z.strictObject({
      left: operandSchema,
      is: z.enum(['below', 'above', 'about', 'differs']),
      right: z.union([operandSchema, z.number()]),
      within: z.number().nonnegative().optional(),
    }),
  }),
  z.strictObject({
    when: z.strictObject({ figure: slugSchema, is: z.string().min(4) }),
  }),
  z.strictObject({ samePeriod: z.tuple([slugSchema, slugSchema]) }),
  z.strictObject({ descending: z.array(slugSchema).min(2) }),
]);

/** One claim: a sentence's factual core and the check that holds it to the data. */
export const claimSchema = z.strictObject({
  /** Stable id used by `<Claim id="…">` in lessons and `claims:` in quiz questions. */
  id: slugSchema,
  /** What the sentence asserts, in plain words, for the message when the check fails. */
  says: proseSchema,
  /** The check over the series. */
  check: claimCheckSchema,
});

export const claimListSchema = z.array(claimSchema);

export type Claim = z.infer<typeof claimSchema>;
