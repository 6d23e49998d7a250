/**
 * The BilateralCalculator with its state in the page's link ("Copy link", "Reset"): the island
 * hydrated on the calculator's own page and its embed. Lessons hydrate the plain calculator.
 */
import { sharing } from '../calculator/sharing-impl';
import BilateralCalculator, { type Props } from '../BilateralCalculator';

export default function ShareableBilateralCalculator(props: Omit<Props, 'sharing'>) {
  return <BilateralCalculator {...props} sharing={sharing} />;
}
