import { z } from 'astro/zod';

/** A lower-case, hyphenated identifier such as `trade-balance-basics`: stable in URLs and anchors. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case letters, digits and single hyphens, like "trade-deficit"',
  );

/** Text a reader sees; never empty, never only spaces. */
export const proseSchema = z.string().trim().min(1, 'must not be empty');
