import type { NumericQuestion } from '../../../schemas/quiz';

export type Tolerance = NumericQuestion['tolerance'];

/**
 * Whether `value` counts as `target`. An absolute tolerance is in the question's unit; a
 * relative one is a fraction of the target, so a target of zero needs an exact zero. A sliver
 * of slack absorbs binary rounding, so 0.1 + 0.2 still counts as 0.3 with a tolerance of zero.
 */
export function isWithinTolerance(value: number, target: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(target)) return false;
  const allowed =
    'absolute' in tolerance ? tolerance.absolute : tolerance.relative * Math.abs(target);
  const slack = 1e-9 * Math.max(1, Math.abs(target), Math.abs(value));
  return Math.abs(value - target) <= allowed + slack;
}
