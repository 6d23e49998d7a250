import { z } from 'astro/zod';
import { proseSchema, slugSchema } from './shared';

/** One glossary entry; `<Term id="…">` links to it and shows its definition. */
export const glossaryEntrySchema = z.object({
  /** Stable id, also the anchor on /glossary/ (e.g. `trade-deficit`). */
  id: slugSchema,
  /** The term as it is written in a sentence, e.g. "trade deficit". */
  term: proseSchema,
  /** A plain definition for a high-school reader, one or two sentences. */
  definition: proseSchema,
  /** An example that makes the definition concrete. */
  example: proseSchema.optional(),
  /** Ids of related entries, shown as links. */
  related: z.array(slugSchema).default([]),
  /** Claims (content/data/claims.yaml) the definition or example rests on, checked by the tests. */
  claims: z.array(slugSchema).default([]),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
