import { requireFinite, requireInteger } from '../_lib/validate.js';
import { MAX_DECIMALS, decimalRound, roundAroundTies } from './roundHalfEven.js';

/** The significant digits at which a computed statistic is read before it is rounded. */
export const STATISTIC_DIGITS = 12;

/**
 * Rounds a computed statistic as it is published: GB/T 8170-2008 §3.2 half to even, on the statistic's exact
 * value — the one rounding rule of every published figure in lantian (daily means and MDA8 fed to the AQI, annual
 * items, percentiles, city means, ratios, indices; HJ 633-2026 §4.2.2, HJ 663).
 *
 * A statistic computed in binary floating point carries a tiny error: the mean of integer hours whose exact value is
 * 35.5 may come out as 35.49999999999979. The value is therefore read at 12 significant digits first, which
 * restores the exact decimal when the statistic has at most 12 of them, then rounded half to even. Why this can
 * neither miss a true tie nor invent one, and for which data the argument holds, is set out in docs/rounding.md:
 * the float error of lantian's statistics stays below 10⁻¹³ of the value, far inside the read, while a statistic of
 * integer µg/m³ (or one-decimal mg/m³) hourly data that is not a tie lies farther from one than the read can move it.
 *
 * Values far from a tie are decided in floating point (the direction is then certain); near a tie the decimal
 * digits decide, in integer arithmetic.
 *
 * @param value - A finite number: the statistic as computed.
 * @param decimals - Places to keep, an integer in 0…15.
 * @returns The published figure (never `-0`).
 * @throws {LantianError} `INVALID_TYPE` or `NOT_FINITE` for a bad value; `NOT_AN_INTEGER` or `OUT_OF_RANGE` for bad
 *   decimals.
 * @example
 * ```ts
 * 0.575 * 100; //=> 57.49999999999999 (the float of an exact 57.5)
 * roundStatistic(0.575 * 100, 0); //=> 58 (the tie, to even)
 * roundStatistic(1.35, 1); //=> 1.4
 * roundStatistic(34.5, 0); //=> 34
 * roundStatistic(0.1 + 0.2, 1); //=> 0.3
 * ```
 */
export function roundStatistic(value: number, decimals: number): number {
  requireFinite(value, ['value']);
  requireInteger(decimals, ['decimals'], 0, MAX_DECIMALS);
  return roundStatisticUnchecked(value, decimals);
}

/** {@link roundStatistic} without argument checks, for hot paths that validated already. */
export function roundStatisticUnchecked(value: number, decimals: number): number {
  // A 12-digit read moves the value by at most 5e-12 of itself (scaled: 5e-12 × scaled) and the product adds one
  // rounding error: outside this band around one half the direction is certain.
  return roundAroundTies(value, decimals, 1e15, (scaled) => 1e-9 + scaled * 1e-11, nearTie);
}

/**
 * Rounds a value near a tie: reads it at 12 significant digits and decides from those decimal digits. The kept
 * digits form an integer below 10¹⁵, so the result `kept / 10^decimals` is the double nearest the decimal.
 */
function nearTie(magnitude: number, decimals: number, scale: number): number {
  const text = magnitude.toPrecision(STATISTIC_DIGITS);
  // Beyond 10¹² (or below 10⁻⁶) the text is exponential: exact decimal rounding of the 12-digit value.
  if (text.includes('e')) return decimalRound(Number(text), decimals);
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  const kept = Number(whole + fraction.slice(0, decimals).padEnd(decimals, '0'));
  const rest = fraction.slice(decimals);
  const first = rest.length === 0 ? 0 : rest.charCodeAt(0) - 48;
  const tail = /[1-9]/.test(rest.slice(1));
  const up = first > 5 || (first === 5 && (tail || kept % 2 === 1));
  return (up ? kept + 1 : kept) / scale;
}
