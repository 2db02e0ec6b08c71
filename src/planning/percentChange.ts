import { LantianError } from '../errors.js';
import { MAX_DECIMALS } from '../rounding/roundHalfEven.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import { readOptions, requireFinite, requireInteger } from '../_lib/validate.js';

/** Options of {@link percentChange}. */
export interface PercentChangeOptions {
  /**
   * Round the result half to even (GB/T 8170) to this many decimals (0…15), as a plan prints it — e.g. 2.
   * Without it the raw value is returned.
   */
  readonly decimals?: number;
}

/**
 * The change from one value to another in percent of the first: (to − from) / from × 100, negative for a
 * decrease. Plans state changes this way ("2017年相比2009年下降了69.84%": 63 → 19 µg/m³).
 *
 * The raw value is returned; `decimals` rounds it half to even on its decimal value (GB/T 8170), the way a
 * published percentage is rounded once from the raw value. Keep the raw value for further arithmetic.
 *
 * @param from - The earlier (reference) value, > 0.
 * @param to - The later value, ≥ 0.
 * @param options - `decimals` to round to.
 * @returns The change in percent (−100 when `to` is 0).
 * @throws {LantianError} `INVALID_TYPE` or `NOT_FINITE` for a non-number; `NEGATIVE_VALUE` for a negative value;
 *   `OUT_OF_RANGE` when `from` is 0 (no percentage of nothing); `NOT_AN_INTEGER` / `OUT_OF_RANGE` for bad
 *   `decimals`; `UNKNOWN_OPTION` for a misspelt option.
 * @example
 * ```ts
 * percentChange(63, 19); //=> -69.84126984126983
 * percentChange(63, 19, { decimals: 2 }); //=> -69.84 (as the Liuzhou plan states)
 * percentChange(92, 66, { decimals: 2 }); //=> -28.26 (the plan states 27.08)
 * percentChange(240, 308, { decimals: 1 }); //=> 28.3
 * ```
 */
export function percentChange(from: number, to: number, options?: PercentChangeOptions): number {
  const a = requireFinite(from, ['from']);
  const b = requireFinite(to, ['to']);
  const opts = readOptions(options, ['decimals']);
  const decimals = opts['decimals'] === undefined ? undefined : requireInteger(opts['decimals'], ['options', 'decimals'], 0, MAX_DECIMALS);
  if (a < 0) throw new LantianError('NEGATIVE_VALUE', ['from'], `received ${a}`);
  if (a === 0) throw new LantianError('OUT_OF_RANGE', ['from'], 'a change from 0 has no percentage');
  if (b < 0) throw new LantianError('NEGATIVE_VALUE', ['to'], `received ${b}`);
  const raw = percentChangeUnchecked(a, b);
  return decimals === undefined ? raw : roundStatisticUnchecked(raw, decimals);
}

/** {@link percentChange} without checks (from > 0), never −0. */
export function percentChangeUnchecked(from: number, to: number): number {
  const p = ((to - from) / from) * 100;
  return p === 0 ? 0 : p;
}
