import { requireFinite, requireInteger } from '../_lib/validate.js';
import { roundDecimal } from '../_lib/decimal.js';

/** The largest number of decimals {@link roundHalfEven} accepts. */
export const MAX_DECIMALS = 15;

/**
 * Rounds a number to `decimals` places, half to even, on its decimal value — the rule of GB/T 8170-2008
 * §3.2 that HJ 633-2026 §4.2.2 and HJ 663 prescribe for published concentrations.
 *
 * The number is read as the shortest decimal that identifies it (`0.35` is 0.35, not the binary
 * 0.34999…): a discarded part below 5 drops; above 5, or 5 followed by non-zero digits, rounds up; exactly 5
 * rounds to the even neighbour. Negative numbers round by magnitude. Exact: ties are decided on the decimal
 * digits (in integer arithmetic), never in binary floating point. Round once from the raw value, never in steps.
 *
 * Algorithm: "round half to even" (banker's rounding), see
 * https://en.wikipedia.org/wiki/Rounding#Rounding_half_to_even.
 *
 * @param value - A finite number.
 * @param decimals - Places to keep, an integer in 0…15 (default 0).
 * @returns The rounded number (never `-0`).
 * @throws {LantianError} `INVALID_TYPE` when `value` or `decimals` is not a number.
 * @throws {LantianError} `NOT_FINITE` when `value` is NaN or ±Infinity.
 * @throws {LantianError} `NOT_AN_INTEGER` / `OUT_OF_RANGE` when `decimals` is not an integer in 0…15.
 * @example
 * ```ts
 * roundHalfEven(2.5); //=> 2
 * roundHalfEven(3.5); //=> 4
 * roundHalfEven(1.05, 1); //=> 1
 * roundHalfEven(0.35, 1); //=> 0.4
 * roundHalfEven(10.5002); //=> 11
 * ```
 */
export function roundHalfEven(value: number, decimals = 0): number {
  requireFinite(value, ['value']);
  requireInteger(decimals, ['decimals'], 0, MAX_DECIMALS);
  return roundHalfEvenUnchecked(value, decimals);
}

const SCALES = Array.from({ length: MAX_DECIMALS + 1 }, (_, i) => 10 ** i);

/**
 * {@link roundHalfEven} without argument checks, for hot paths that validated already. Values far from a
 * tie are rounded in floating point (the direction is then certain); values near a tie are decided on their decimal digits.
 */
export function roundHalfEvenUnchecked(value: number, decimals: number): number {
  // The product carries an error below 1e-8 where it is below 1e8, so a fraction this far from one half rounds surely.
  return roundAroundTies(value, decimals, 1e8, () => 1e-7, decimalRound);
}

/**
 * Rounds half to even by magnitude: in floating point when the scaled value lies below `limit` and its fraction
 * farther than `band(scaled)` from one half, else by `nearTie(magnitude, decimals, scale)`. Never returns `-0`.
 */
export function roundAroundTies(
  value: number,
  decimals: number,
  limit: number,
  band: (scaled: number) => number,
  nearTie: (magnitude: number, decimals: number, scale: number) => number,
): number {
  const negative = value < 0;
  const magnitude = negative ? -value : value;
  const scale = SCALES[decimals] as number;
  const scaled = magnitude * scale;
  let result: number;
  if (scaled < limit) {
    const floor = Math.floor(scaled);
    const fraction = scaled - floor;
    const b = band(scaled);
    if (fraction < 0.5 - b) result = floor / scale;
    else if (fraction > 0.5 + b) result = (floor + 1) / scale;
    else result = nearTie(magnitude, decimals, scale);
  } else {
    result = nearTie(magnitude, decimals, scale);
  }
  if (result === 0) return 0;
  return negative ? -result : result;
}

/** Rounds a non-negative number half to even on its shortest decimal, exactly. */
export function decimalRound(magnitude: number, decimals: number): number {
  return roundDecimal(magnitude, decimals, 'halfEven');
}
