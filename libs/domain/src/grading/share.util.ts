import type { RoundingRule } from '../pipeline/pipeline-definition.types.js';

/**
 * `percent` % of `count`, rounded as configured ('round' = half up). A product within 1e-9 of a
 * whole number counts as that number, so 30 % of 10 is exactly 3 and never 2.9999… rounded down.
 */
export function shareOf(count: number, percent: number, rounding: RoundingRule): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`percent must be 0–100, got ${percent}`);
  }
  const exact = (count * percent) / 100;
  const nearest = Math.round(exact);
  const value = Math.abs(exact - nearest) < 1e-9 ? nearest : exact;
  if (rounding === 'floor') return Math.floor(value);
  if (rounding === 'ceil') return Math.ceil(value);
  return Math.floor(value + 0.5);
}
