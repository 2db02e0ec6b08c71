import { LantianError } from '../errors.js';
import { describe, readOptionalConcentration, readOptions, requireMember } from '../_lib/validate.js';
import { decimalString, ratioToNumber, toDecimal } from '../_lib/decimal.js';

/** The pollutants the US EPA computes a NowCast for: PM2.5 and PM10 (12 hours) and O3 (8 hours). */
export const NOWCAST_POLLUTANTS = ['pm25', 'pm10', 'o3'] as const;
/** One of the {@link NOWCAST_POLLUTANTS}. */
export type NowCastPollutant = (typeof NOWCAST_POLLUTANTS)[number];

/** The unit of the hourly values: µg/m³ for PM; ppm (the AQI table's unit) or ppb for O3. */
export type NowCastUnit = 'ug/m3' | 'ppm' | 'ppb';

/** Options of {@link nowCast}. */
export interface NowCastOptions {
  /**
   * The unit of the hourly values, which sets the truncation of the result: PM in `'ug/m3'` (the only one);
   * O3 in `'ppm'` (default, the unit of the AQI table: truncated to 0.001 ppm) or `'ppb'` (truncated to 1 ppb).
   */
  readonly unit?: NowCastUnit;
}

/** A NowCast: the weighted mean, the weight factor and the data it rests on; a plain, serialisable object. */
export interface NowCast {
  readonly pollutant: NowCastPollutant;
  readonly unit: NowCastUnit;
  /**
   * The NowCast truncated as the EPA reports it and looks it up in the AQI table (PM2.5 to 0.1 µg/m³, PM10 to
   * 1 µg/m³, O3 to 0.001 ppm or 1 ppb); `null` when the data requirement is not met.
   */
  readonly concentration: number | null;
  /** The weighted mean before truncation, in double precision; `null` with `concentration`. */
  readonly raw: number | null;
  /** The weight factor w used; `null` with `concentration`. */
  readonly weightFactor: number | null;
  /** Hours in the window: 12 for PM, 8 for O3. */
  readonly hours: number;
  /** Valid hours in the window. */
  readonly validHours: number;
  /** Valid hours among the three most recent (the requirement is 2). */
  readonly validRecentHours: number;
}

interface Rule {
  readonly hours: number;
  /** Lowest weight factor (PM: 1/2), or 0 for none (O3). */
  readonly minWeight: readonly [numerator: bigint, denominator: bigint];
  readonly units: ReadonlyArray<NowCastUnit>;
  /** Decimals of the truncated result, per unit. */
  readonly decimals: Readonly<Partial<Record<NowCastUnit, number>>>;
}

const RULES: Readonly<Record<NowCastPollutant, Rule>> = Object.freeze({
  pm25: rule(12, [1n, 2n], ['ug/m3'], { 'ug/m3': 1 }),
  pm10: rule(12, [1n, 2n], ['ug/m3'], { 'ug/m3': 0 }),
  o3: rule(8, [0n, 1n], ['ppm', 'ppb'], { ppm: 3, ppb: 0 }),
});

function rule(hours: number, minWeight: Rule['minWeight'], units: ReadonlyArray<NowCastUnit>, decimals: Rule['decimals']): Rule {
  return Object.freeze({ hours, minWeight: Object.freeze(minWeight), units: Object.freeze(units), decimals: Object.freeze(decimals) });
}

/** Valid hours needed among the three most recent. */
const RECENT = 3;
const RECENT_NEEDED = 2;

/**
 * The US EPA NowCast: the weighted mean of the most recent hourly concentrations that AirNow reports, hour by
 * hour, in place of the 24-hour (PM) or 8-hour (O3) mean until the full average exists; its AQI is looked up on
 * the 24-hour PM or 8-hour O3 column.
 *
 * Definition (EPA, "PM NowCast" fact sheet; AirNow-Tech, "The NowCast for PM2.5 and PM10" and "AirNow Updates to
 * Ozone Real-time Reporting", 2016-04-21; EPA-454/B-24-002 §IV "How the NowCast is calculated"):
 * with c₁ the most recent hour and cᵢ the hour i − 1 hours earlier, over the last 12 hours (PM) or 8 hours (O3),
 * - the weight factor w = c_min / c_max over the window's valid hours (1 − the scaled rate of change
 *   (c_max − c_min) / c_max), at least 0.5 for PM2.5 and PM10, with no lower limit for O3 (at most 1);
 * - NowCast = Σ wⁱ⁻¹ cᵢ / Σ wⁱ⁻¹ over the valid hours (missing hours are left out of both sums);
 * - it exists only when at least 2 of the 3 most recent hours are valid;
 * - it is computed from the raw hourly values and then truncated — PM2.5 to 0.1 µg/m³, PM10 to 1 µg/m³,
 *   O3 to 0.001 ppm (1 ppb) — before the AQI equation.
 *
 * Exact: the NowCast is computed in double precision and, when its truncation is in doubt (within 1e-9 of a
 * step), again in exact rational (BigInt) arithmetic on the given decimals, so a NowCast that is exactly a
 * breakpoint (twelve hours of 9.1 µg/m³ give 9.1, not 9.0999…) truncates correctly.
 * Two edge cases the sources do not spell out follow the formula: when every valid hour is 0, w = 1 and the
 * NowCast is 0; when w = 0 (O3 with a zero hour), only the most recent valid hour carries weight (0⁰ = 1), the
 * limit of the formula as w → 0.
 *
 * @param pollutant - `'pm25'`, `'pm10'` or `'o3'`.
 * @param hourlyValues - Consecutive hourly concentrations, **oldest first**, ending with the current hour;
 *   `null`, `NaN` or a hole is a missing hour. Only the last 12 (PM) or 8 (O3) are used; a shorter array counts
 *   the hours before it as missing. PM in µg/m³; O3 in ppm unless `unit: 'ppb'`.
 * @param options - `unit` (O3: `'ppm'` or `'ppb'`).
 * @returns The NowCast, truncated and raw, with its weight factor; `concentration: null` when fewer than 2 of
 *   the 3 most recent hours are valid.
 * @throws {LantianError} `UNKNOWN_POLLUTANT` for a pollutant without a NowCast.
 * @throws {LantianError} `INVALID_TYPE` when `hourlyValues` is not an array or a typed array, or a value is
 *   not a number (path `['hourlyValues', i]`).
 * @throws {LantianError} `NOT_FINITE` (±Infinity) or `NEGATIVE_VALUE` for a bad hourly value.
 * @throws {LantianError} `INVALID_OPTION` for a unit the pollutant is not computed in; `UNKNOWN_OPTION` or
 *   `INVALID_TYPE` for bad options.
 * @example
 * ```ts
 * // PM2.5, oldest → newest, the 11th hour missing: w = 21/69.2 < 0.5 → 0.5.
 * const pm = [34.9, 43, 50, 64.9, 69.2, 66.2, 53.7, 48.6, 49.2, 35, null, 21];
 * nowCast('pm25', pm).concentration; //=> 28.4
 * nowCast('pm25', pm).weightFactor; //=> 0.5
 * nowCast('pm25', [30, null, null]).concentration; //=> null (1 of the 3 most recent hours)
 * // O3 in ppb, oldest → newest: w = 22/80 = 0.275, no floor.
 * nowCast('o3', [22, 35, null, 60, 74, 80, 69, 63], { unit: 'ppb' }).concentration; //=> 65
 * ```
 */
export function nowCast(
  pollutant: NowCastPollutant,
  hourlyValues: ReadonlyArray<number | null> | Float64Array,
  options?: NowCastOptions,
): NowCast {
  const id = requireMember(pollutant, NOWCAST_POLLUTANTS, ['pollutant'], 'UNKNOWN_POLLUTANT');
  const rule = RULES[id];
  const opts = readOptions(options, ['unit']);
  const unit =
    opts['unit'] === undefined
      ? (rule.units[0] as NowCastUnit)
      : requireMember(opts['unit'], rule.units, ['options', 'unit'], 'INVALID_OPTION');
  const values = readHourly(hourlyValues);

  // The window: the last `hours` values, most recent first; hours before the array are missing.
  const window: number[] = [];
  for (let i = 0; i < rule.hours; i++) {
    const k = values.length - 1 - i;
    window.push(k >= 0 ? (values[k] as number) : NaN);
  }
  const validHours = window.filter((c) => !Number.isNaN(c)).length;
  const validRecentHours = window.slice(0, RECENT).filter((c) => !Number.isNaN(c)).length;
  const base = { pollutant: id, unit, hours: rule.hours, validHours, validRecentHours };
  if (validRecentHours < RECENT_NEEDED) return { ...base, concentration: null, raw: null, weightFactor: null };

  const decimals = rule.decimals[unit] as number;
  const floor = Number(rule.minWeight[0]) / Number(rule.minWeight[1]);
  let min = Infinity;
  let max = -Infinity;
  for (const c of window) {
    if (Number.isNaN(c)) continue;
    if (c < min) min = c;
    if (c > max) max = c;
  }
  const weightFactor = max === 0 ? 1 : Math.max(decimalRatio(min, max), floor);

  // Double precision first (relative error ~1e-15); exact fractions when the truncation is in doubt.
  let num = 0;
  let den = 0;
  let weight = 1;
  let started = false;
  for (const c of window) {
    if (started) weight *= weightFactor;
    if (Number.isNaN(c)) continue;
    started = true;
    num += weight * c;
    den += weight;
  }
  const raw = num / den;
  const scale = 10 ** decimals;
  const scaled = raw * scale;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  const margin = 1e-9 * Math.max(1, scaled);
  if (Number.isFinite(scaled) && scaled < 2 ** 52 && fraction > margin && fraction < 1 - margin) {
    return { ...base, concentration: whole / scale, raw, weightFactor };
  }
  const exact = exactNowCast(window, rule.minWeight, decimals);
  return { ...base, concentration: exact.concentration, raw: exact.raw, weightFactor };
}

/**
 * The NowCast in exact rational arithmetic: every valid value is an integer over a common power of ten, w = p/q,
 * and Σ w^(i−i₀) cᵢ / Σ w^(i−i₀) (i₀ the most recent valid hour) is multiplied through by q^(n−1).
 */
function exactNowCast(
  window: ReadonlyArray<number>,
  minWeight: Rule['minWeight'],
  decimals: number,
): { readonly concentration: number; readonly raw: number } {
  const parsed = window.map((c) => (Number.isNaN(c) ? undefined : toDecimal(c)));
  const scale = Math.max(...parsed.map((d) => (d === undefined ? 0 : d.exponent)));
  const scaled = parsed.map((d) => (d === undefined ? undefined : d.digits * 10n ** BigInt(scale - d.exponent)));
  const present = scaled.filter((v): v is bigint => v !== undefined);
  const min = present.reduce((a, b) => (b < a ? b : a));
  const max = present.reduce((a, b) => (b > a ? b : a));
  // w = p/q: c_min/c_max (1 when every hour is 0), raised to the rule's lowest weight.
  let [p, q] = max === 0n ? [1n, 1n] : [min, max];
  const [minP, minQ] = minWeight;
  if (p * minQ < minP * q) [p, q] = [minP, minQ];
  const first = scaled.findIndex((v) => v !== undefined);
  const n = window.length - first;
  let num = 0n;
  let den = 0n;
  for (let i = first; i < window.length; i++) {
    const v = scaled[i];
    if (v === undefined) continue;
    const weight = p ** BigInt(i - first) * q ** BigInt(n - 1 - (i - first));
    num += weight * v;
    den += weight;
  }
  // NowCast = num / (den · 10^scale).
  const fullDen = den * 10n ** BigInt(scale);
  const truncated = (num * 10n ** BigInt(decimals)) / fullDen;
  return {
    concentration: Number(decimalString(truncated, decimals)),
    raw: ratioToNumber(num, fullDen),
  };
}

/**
 * a/b for the decimals a and b as given, to the nearest double (0.022/0.080 is 0.275, not the binary
 * 0.27499999999999997): by integers when both have at most 6 decimals, else exactly on their decimals in BigInt.
 */
function decimalRatio(a: number, b: number): number {
  for (let scale = 1; scale <= 1e6; scale *= 10) {
    const ia = Math.round(a * scale);
    const ib = Math.round(b * scale);
    if (ia / scale === a && ib / scale === b && Number.isSafeInteger(ia) && Number.isSafeInteger(ib)) return ia / ib;
  }
  const x = toDecimal(a);
  const y = toDecimal(b);
  return ratioToNumber(x.digits * 10n ** BigInt(y.exponent), y.digits * 10n ** BigInt(x.exponent));
}

function readHourly(hourlyValues: unknown): ReadonlyArray<number> {
  const isTyped = ArrayBuffer.isView(hourlyValues) && !(hourlyValues instanceof DataView);
  if (!Array.isArray(hourlyValues) && !isTyped) {
    throw new LantianError('INVALID_TYPE', ['hourlyValues'], `expected an array of hourly values, received ${describe(hourlyValues)}`);
  }
  const list = hourlyValues as ArrayLike<unknown>;
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    out.push(readOptionalConcentration(list[i], ['hourlyValues', i]));
  }
  return out;
}
