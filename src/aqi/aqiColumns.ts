import { LantianError } from '../errors.js';
import type { AnyAqiEdition } from '../editions/index.js';
import { type Indicator, POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { describe, readOptions, requireMember, requireRecord } from '../_lib/validate.js';
import { pollutantsOf } from './_evaluate.js';
import { aqiRows } from './_rows.js';
import type { AqiMethod } from './_resolve.js';
import { type AqiReportOptions, notInReport, reportPlan } from './reports.js';

/** The longest columns {@link aqiColumns} takes: 20 million rows (a national year of station-hours). */
export const MAX_AQI_ROWS = 20_000_000;

/** Columns of concentrations keyed by indicator, one row per station-hour or station-day; `null`/`NaN` missing. */
export type AqiColumnsInput = Readonly<Partial<Record<Indicator, Float64Array | ReadonlyArray<number | null>>>>;

/** Options of {@link aqiColumns}: those of the reports, and which report. */
export interface AqiColumnsOptions extends AqiReportOptions {
  /** `'hourly'` (default, the real-time report) or `'daily'`. */
  readonly kind?: 'hourly' | 'daily';
}

/** The AQI of many rows, as columns. */
export interface AqiColumns {
  readonly edition: AnyAqiEdition;
  readonly kind: 'hourly' | 'daily';
  readonly method: AqiMethod;
  readonly length: number;
  /** The AQI of each row; `NaN` where none could be computed or it is withheld (HJ 633-2026 §5.3.1). */
  readonly aqi: Float64Array;
  /** The category level (1…6) of each row's AQI; `0` without one. Made on first access, as `primary` and `exceeding`. */
  readonly level: Uint8Array;
  /** Each indicator's IAQI; `NaN` where missing or undefined for the value. Each column is made on first access. */
  readonly iaqi: Readonly<Partial<Record<Indicator, Float64Array>>>;
  /** Primary pollutants of each row as a bit mask: bit k for `POLLUTANTS[k]` (see {@link primaryPollutantsOf}). */
  readonly primary: Uint8Array;
  /** Exceeding pollutants (HJ 633-2012, IAQI above 100) as a bit mask; always 0 under HJ 633-2026. */
  readonly exceeding: Uint8Array;
  /** `1` where an AQI was computed but withheld because a pollutant is missing (HJ 633-2026 §5.3.1). */
  readonly withheld: Uint8Array;
  /** `1` where some indicator is above the highest breakpoint (500, or "beyond the AQI"). */
  readonly beyondScale: Uint8Array;
  /** Rows with a value missing for some report indicator. */
  readonly missingRows: number;
}

const OPTION_KEYS = ['edition', 'scheme', 'date', 'roundConcentrations', 'method', 'allowMissing', 'kind'] as const;

/**
 * The AQI of many rows at once — a national day or year of station-hours — on typed arrays, without allocation per
 * value: exactly what {@link hourlyAqi} (or {@link dailyAqi}) gives for each row, as columns. Rows are independent;
 * all share one edition (split rows that straddle 2026-03-01 and call once per edition).
 *
 * A Float64Array column is read in place (never copied, never written); an array is read once into one. When the
 * concentrations are rounded before the lookup (the default; HJ 633-2026 §4.2.2 half to even, the US EPA's
 * truncation), each value's IAQI comes from a table of every rounded concentration up to the top breakpoint, computed
 * by the same engine as {@link iaqi}; a value is rounded exactly only near a half. The call computes the AQI, the
 * withheld and beyond-scale flags and `missingRows`; `level`, `primary`, `exceeding` and each indicator's `iaqi` column
 * are made on first access from compact codes kept for each value (so they never depend on the input read again),
 * and then stay.
 *
 * @param columns - Concentrations keyed by the report's indicators, each an array or Float64Array of one length.
 * @param options - The report options of {@link hourlyAqi}, and `kind: 'hourly' | 'daily'`.
 * @returns Per row: AQI, level, each IAQI, primary and exceeding pollutants as masks, withheld and beyond-scale flags.
 * @throws {LantianError} `INVALID_TYPE` for a column that is not an array; `INVALID_INPUT` for columns of different
 *   lengths; `SERIES_TOO_LONG` beyond {@link MAX_AQI_ROWS}; `NEGATIVE_VALUE`/`NOT_FINITE`/`INVALID_TYPE` for a bad
 *   value (path: indicator and row); the codes of {@link hourlyAqi} for unknown indicators and bad options.
 * @example
 * ```ts
 * const r = aqiColumns(
 *   { so2_1h: [883, 10], no2_1h: [53, 20], co_1h: [3.4, 0.5], o3_1h: [54, 160], pm10_1h: [115, 50], pm25_1h: [88, 30] },
 *   { edition: 'HJ633-2012' },
 * );
 * Array.from(r.aqi); //=> [200, 50]
 * primaryPollutantsOf(r.primary[0] ?? 0); //=> ['so2']
 * Array.from(r.level); //=> [4, 1]
 * ```
 */
export function aqiColumns(columns: AqiColumnsInput, options?: AqiColumnsOptions): AqiColumns {
  const opts = readOptions(options, OPTION_KEYS);
  const kind = opts['kind'] === undefined ? 'hourly' : requireMember(opts['kind'], ['hourly', 'daily'] as const, ['options', 'kind'], 'INVALID_OPTION');
  const { kind: _, ...reportOptions } = opts;
  const plan = reportPlan(kind, reportOptions);
  const record = requireRecord(columns, ['columns']);
  const data = new Map<Indicator, Float64Array>();
  let length = -1;
  for (const key of Object.keys(record)) {
    const indicator = key as Indicator;
    if (!plan.indicators.includes(indicator) && !plan.extras.includes(indicator)) throw notInReport(key, plan, kind, ['columns', key]);
    const column = readColumn(record[key], ['columns', key]);
    if (length >= 0 && column.length !== length) {
      throw new LantianError('INVALID_INPUT', ['columns', key], `every column needs the same length: ${column.length}, others ${length}`);
    }
    length = column.length;
    data.set(indicator, column);
  }
  if (length < 0) length = 0;
  // Assigned, not spread: the columns made on first access stay so.
  return Object.assign(aqiRows(plan, length, (indicator) => data.get(indicator), true), { edition: plan.scheme.edition, kind, method: plan.method, length });
}

/**
 * Reads one column: a Float64Array as it is (its values are checked where they are read), an array once into a
 * Float64Array (`NaN` for missing).
 */
function readColumn(value: unknown, path: ReadonlyArray<string | number>): Float64Array {
  if (!(value instanceof Float64Array) && !Array.isArray(value)) {
    throw new LantianError('INVALID_TYPE', path, `expected an array or Float64Array, received ${describe(value)}`);
  }
  if (value.length > MAX_AQI_ROWS) throw new LantianError('SERIES_TOO_LONG', path, `${value.length} rows, at most ${MAX_AQI_ROWS}`);
  if (value instanceof Float64Array) return value;
  const out = new Float64Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v === 'number') out[i] = v;
    else if (v === null || v === undefined) out[i] = NaN;
    else throw new LantianError('INVALID_TYPE', [...path, i], `expected a number or null, received ${describe(v)}`);
  }
  return out;
}

/**
 * The pollutants of a bit mask of {@link aqiColumns} (`primary`, `exceeding`), in the standard's order.
 *
 * @param mask - The mask: bit k for `POLLUTANTS[k]`.
 * @returns The pollutants.
 * @throws {LantianError} `INVALID_TYPE`/`OUT_OF_RANGE` for a mask that is not an integer in 0…63.
 * @example
 * ```ts
 * primaryPollutantsOf(0b110000); //=> ['pm10', 'pm25']
 * ```
 */
export function primaryPollutantsOf(mask: number): Pollutant[] {
  if (typeof mask !== 'number') throw new LantianError('INVALID_TYPE', ['mask'], `expected a number, received ${describe(mask)}`);
  if (!Number.isInteger(mask) || mask < 0 || mask >= 1 << POLLUTANTS.length) {
    throw new LantianError('OUT_OF_RANGE', ['mask'], `a mask is an integer in 0…63, received ${mask}`);
  }
  return pollutantsOf(mask);
}
