import { roundDecimal } from '../_lib/decimal.js';

const SCALES = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * Truncates a non-negative number to `decimals` places on its decimal value (0.029 stays 0.029; 9.09 → 9.0
 * at one place). Internal: used for the US EPA's "truncate before lookup". Values near a step are decided on their
 * shortest decimal's digits, exactly.
 */
export function truncateUnchecked(value: number, decimals: number): number {
  const scale = SCALES[decimals] as number;
  const scaled = value * scale;
  if (scaled < 1e8) {
    const floor = Math.floor(scaled);
    const fraction = scaled - floor;
    if (fraction > 1e-7 && fraction < 1 - 1e-7) return floor / scale;
  }
  return roundDecimal(value, decimals, 'down');
}
