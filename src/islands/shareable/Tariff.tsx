/**
 * The TariffCalculator with its state in the page's link ("Copy link", "Reset"): the island
 * hydrated on the calculator's own page and its embed. Lessons hydrate the plain calculator.
 */
import { sharing } from '../calculator/sharing-impl';
import TariffCalculator, { type Props } from '../TariffCalculator';

export default function ShareableTariffCalculator(props: Omit<Props, 'sharing'>) {
  return <TariffCalculator {...props} sharing={sharing} />;
}
