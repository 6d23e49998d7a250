/**
 * The server wrapper of each calculator, by slug. <Calculator slug="…"/>, the calculator pages
 * and the embeds all read this map; a slug missing from it has no page.
 */
import type { CalculatorSlug } from '../../lib/calculators';
import Bilateral from './Bilateral.astro';
import BudgetAndDebt from './BudgetAndDebt.astro';
import Change from './Change.astro';
import SavingInvestment from './SavingInvestment.astro';
import Tariff from './Tariff.astro';
import TradeBalance from './TradeBalance.astro';

export const calculatorComponents: Partial<Record<CalculatorSlug, typeof TradeBalance>> = {
  'trade-balance': TradeBalance,
  bilateral: Bilateral,
  change: Change,
  'budget-and-debt': BudgetAndDebt,
  tariff: Tariff,
  'saving-investment': SavingInvestment,
};
