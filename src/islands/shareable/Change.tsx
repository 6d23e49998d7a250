/**
 * The ChangeCalculator with its state in the page's link ("Copy link", "Reset"): the island
 * hydrated on the calculator's own page and its embed. Lessons hydrate the plain calculator.
 */
import { sharing } from '../calculator/sharing-impl';
import ChangeCalculator, { type Props } from '../ChangeCalculator';

export default function ShareableChangeCalculator(props: Omit<Props, 'sharing'>) {
  return <ChangeCalculator {...props} sharing={sharing} />;
}
