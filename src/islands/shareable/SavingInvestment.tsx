/**
 * The SavingInvestmentCalculator with its state in the page's link ("Copy link", "Reset"): the island
 * hydrated on the calculator's own page and its embed. Lessons hydrate the plain calculator.
 */
import { sharing } from '../calculator/sharing-impl';
import SavingInvestmentCalculator, { type Props } from '../SavingInvestmentCalculator';

export default function ShareableSavingInvestmentCalculator(props: Omit<Props, 'sharing'>) {
  return <SavingInvestmentCalculator {...props} sharing={sharing} />;
}
