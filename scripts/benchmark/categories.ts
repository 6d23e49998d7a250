/** The four Lighthouse categories the bench reports, in the table's order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/** A score out of 100 per category; null where Lighthouse gave none. */
export type Scores = Readonly<Record<Category, number | null>>;
