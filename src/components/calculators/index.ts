/**
 * The server wrapper of each calculator that exists, by slug. A slug missing here has no page
 * yet; <Calculator slug="…"/> renders nothing for it, so a lesson around it still reads.
 */
import type { CalculatorSlug } from '../../lib/calculators';
import TradeBalance from './TradeBalance.astro';

export const calculatorComponents: Partial<Record<CalculatorSlug, typeof TradeBalance>> = {
  'trade-balance': TradeBalance,
};
