import { calculatorComponents } from '../components/calculators';
import { calculators, type CalculatorInfo } from './calculators';

/** The calculators that have a page: those whose component exists. */
export function calculatorsWithPages(): CalculatorInfo[] {
  return calculators.filter((calculator) => calculator.slug in calculatorComponents);
}
