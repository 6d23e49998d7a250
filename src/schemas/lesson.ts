import { z } from 'astro/zod';
import { proseSchema, slugSchema } from './shared';

/** What a reader should be able to do after the lesson; quiz questions point at these ids. */
export const objectiveSchema = z.object({
  /** Stable id, referenced by quiz questions (`objective:`). */
  id: slugSchema,
  /** The objective, starting with a verb: "Tell a trade deficit from a trade surplus." */
  text: proseSchema,
});

/** The frontmatter at the top of each lesson in content/lessons/*.mdx. */
export const lessonSchema = z.object({
  /** The lesson title, shown as its heading and in the lesson path. */
  title: proseSchema,
  /** One sentence for the home page, search results and link previews. */
  description: proseSchema.max(200, 'keep the description under 200 characters'),
  /** Position in the course, starting at 1. */
  order: z.number().int().positive(),
  /** What the reader will be able to do; at least one. */
  objectives: z.array(objectiveSchema).min(1, 'list at least one learning objective'),
  /** The calculators this lesson embeds, by slug, for the "tools in this lesson" list. */
  calculators: z.array(slugSchema).default([]),
  /**
   * The day a person last reviewed the lesson's text against the data (YYYY-MM-DD). Change it
   * only with the content, when you have read the lesson again; the page shows it as "Reviewed".
   * YAML reads a bare date as a Date, so both are taken.
   */
  reviewed: z
    .union([z.date(), z.iso.date()], { error: 'write the date as YYYY-MM-DD' })
    .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10))),
});

export type Lesson = z.infer<typeof lessonSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
