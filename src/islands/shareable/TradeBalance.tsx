/**
 * The TradeBalanceCalculator with its state in the page's link ("Copy link", "Reset"): the island
 * hydrated on the calculator's own page and its embed. Lessons hydrate the plain calculator.
 */
import { sharing } from '../calculator/sharing-impl';
import TradeBalanceCalculator, { type Props } from '../TradeBalanceCalculator';

export default function ShareableTradeBalanceCalculator(props: Omit<Props, 'sharing'>) {
  return <TradeBalanceCalculator {...props} sharing={sharing} />;
}
