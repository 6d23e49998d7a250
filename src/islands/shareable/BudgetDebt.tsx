/**
 * The BudgetDebtCalculator with its state in the page's link ("Copy link", "Reset"): the island
 * hydrated on the calculator's own page and its embed. Lessons hydrate the plain calculator.
 */
import { sharing } from '../calculator/sharing-impl';
import BudgetDebtCalculator, { type Props } from '../BudgetDebtCalculator';

export default function ShareableBudgetDebtCalculator(props: Omit<Props, 'sharing'>) {
  return <BudgetDebtCalculator {...props} sharing={sharing} />;
}
