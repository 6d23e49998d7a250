/**
 * The six calculators: their slugs, titles, one-line descriptions and the lesson each belongs to.
 * The calculator index, the standalone and embed pages and <Calculator slug="…"/> all read this.
 */
export interface CalculatorInfo {
  slug: string;
  title: string;
  /** One line for the calculator index and link previews. */
  description: string;
  /** The lesson that teaches the idea behind it. */
  lesson: string;
}

export const calculators = [
  {
    slug: 'trade-balance',
    title: 'Trade balance calculator',
    description:
      'Goods and services exports and imports in; goods, services and total balances out.',
    lesson: 'trade-balance-basics',
  },
  {
    slug: 'bilateral',
    title: 'Bilateral balances calculator',
    description:
      'Partner-by-partner balances, their sum and the rest of the world, and a toy world where every pair is unbalanced.',
    lesson: 'bilateral-balances',
  },
  {
    slug: 'change',
    title: 'Change in the balance',
    description:
      'Two periods in; how the news would word the change: widened, narrowed or turned into a surplus.',
    lesson: 'reading-the-trade-report',
  },
  {
    slug: 'budget-and-debt',
    title: 'Budget deficits and the debt',
    description:
      'Yearly budget deficits and interest build up the national debt; a trade deficit does not.',
    lesson: 'budget-deficit-and-national-debt',
  },
  {
    slug: 'tariff',
    title: 'Tariff calculator',
    description:
      'Import price, tariff rate and how much is passed on: the price to the buyer and the tariff revenue.',
    lesson: 'tariffs-and-the-trade-balance',
  },
  {
    slug: 'saving-investment',
    title: 'Saving, investment and net exports',
    description:
      'Private saving, investment, taxes and spending in; the accounting identity that links the budget and trade balances.',
    lesson: 'two-views-on-the-deficit',
  },
] as const satisfies readonly CalculatorInfo[];

export type CalculatorSlug = (typeof calculators)[number]['slug'];

export function isCalculatorSlug(slug: string): slug is CalculatorSlug {
  return calculators.some((calculator) => calculator.slug === slug);
}
