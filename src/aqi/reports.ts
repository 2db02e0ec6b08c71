import { LantianError } from '../errors.js';
import type { AnyAqiEdition, AqiEdition, AqiSchemeId, UsAqiEdition } from '../editions/index.js';
import {
  type Indicator,
  POLLUTANTS,
  type Pollutant,
  indicatorPollutant,
  requireIndicator,
  requirePollutant,
} from '../pollutants/index.js';
import type { DateInput } from '../_lib/time.js';
import { readOptionalConcentration, readOptions, requireRecord } from '../_lib/validate.js';
import { type AqiMethod, resolveAqiOptions } from './_resolve.js';
import { type Bytes, type EvaluationPlan, type Floats, STATUS, STATUS_NAMES, evaluate, pollutantsOf } from './_evaluate.js';
import { type AqiCategory, categoryOf } from './aqiCategory.js';
import type { SubIndexStatus } from './engine.js';

/**
 * Concentrations keyed by indicator, in the units of the edition's table (HJ 633: µg/m³, CO mg/m³; US EPA: O3
 * and CO ppm, SO2 and NO2 ppb, PM µg/m³). `null`, `NaN` or an absent key is a missing value.
 */
export type AqiConcentrations = Readonly<Partial<Record<Indicator, number | null>>>;

/** Options of {@link dailyAqi} and {@link hourlyAqi}. */
export interface AqiReportOptions {
  /** The edition, of either scheme; default: the edition of `scheme` in force on `date`, else its newest. */
  readonly edition?: AnyAqiEdition;
  /** The scheme when no `edition` is given: `'CN'` (default) or `'US'`; see {@link IaqiOptions}. */
  readonly scheme?: AqiSchemeId;
  /** Selects the edition of `scheme` in force on this day when `edition` is not given. */
  readonly date?: DateInput;
  /** Round (HJ 633) or truncate (US EPA) concentrations before the lookup (default `true`); see {@link IaqiOptions}. */
  readonly roundConcentrations?: boolean;
  /** `'platform'` (default) or `'text'`; only HJ 633-2012's real-time report differs. */
  readonly method?: AqiMethod;
  /**
   * Pollutants whose absence does not withhold the AQI: those the monitoring programme does not cover and that
   * were not the primary pollutant of a lightly-or-worse polluted day in the last three years (HJ 633-2026
   * §5.3.2). The caller decides from the station's history.
   */
  readonly allowMissing?: ReadonlyArray<Pollutant>;
}

/** Special results of an indicator, as {@link SubIndexStatus} without `ok`, plus `fallback` for the value used instead. */
export type AqiFlag = Exclude<SubIndexStatus, 'ok'> | 'fallback';

/**
 * Report options that select a Chinese edition (HJ 633, the default scheme): the report is an
 * `AqiReport<AqiEdition>`.
 */
export type CnAqiReportOptions = AqiReportOptions & { readonly edition?: AqiEdition; readonly scheme?: 'CN' };

/** Report options that select a US EPA edition (by `edition` or `scheme: 'US'`): the report is an `AqiReport<UsAqiEdition>`. */
export type UsAqiReportOptions = AqiReportOptions &
  ({ readonly edition: UsAqiEdition; readonly scheme?: 'US' } | { readonly edition?: UsAqiEdition; readonly scheme: 'US' });

/**
 * A daily or real-time AQI report: a plain, serialisable object. `E` is the edition type: Chinese by default,
 * {@link UsAqiEdition} for a report under the US EPA.
 */
export interface AqiReport<E extends AnyAqiEdition = AqiEdition> {
  readonly edition: E;
  readonly kind: 'daily' | 'hourly';
  readonly method: AqiMethod;
  /**
   * The AQI: the largest IAQI (HJ 633: integers rounded up; US EPA: to the nearest); `null` when no IAQI could
   * be computed or it is withheld. Under the US EPA it may exceed 500 ("beyond the AQI", see `beyondScale`).
   */
  readonly aqi: number | null;
  /** The category of `aqi`, `null` with it. */
  readonly category: AqiCategory | null;
  /**
   * Pollutants with the largest IAQI when the AQI is above 50 (HJ 633 primary pollutants), each once, in the
   * standard's order; under the US EPA the critical pollutant(s), always named.
   */
  readonly primaryPollutants: ReadonlyArray<Pollutant>;
  /** Pollutants with an IAQI above 100 (HJ 633-2012 §3.4); always empty under HJ 633-2026. */
  readonly exceedingPollutants: ReadonlyArray<Pollutant>;
  /** Each indicator's IAQI (`null` when missing or undefined for the value). */
  readonly iaqi: Readonly<Partial<Record<Indicator, number | null>>>;
  /** Each indicator's concentration as looked up (`null` when missing). */
  readonly concentrations: Readonly<Partial<Record<Indicator, number | null>>>;
  /** Each pollutant's IAQI: the largest of its indicators'. */
  readonly pollutantIaqi: Readonly<Partial<Record<Pollutant, number | null>>>;
  /** Indicators without a value. */
  readonly missing: ReadonlyArray<Indicator>;
  /**
   * Indicators above the highest breakpoint: IAQI reported as 500 under HJ 633 (convention), extrapolated on the
   * last segment under the US EPA ("beyond the AQI").
   */
  readonly beyondScale: ReadonlyArray<Indicator>;
  /** Indicators with a special rule applied. */
  readonly flags: Readonly<Partial<Record<Indicator, AqiFlag>>>;
  /** Whether an AQI was computed but withheld because a pollutant is missing (HJ 633-2026 §5.3.1). */
  readonly withheld: boolean;
}

const OPTION_KEYS = ['edition', 'scheme', 'date', 'roundConcentrations', 'method', 'allowMissing'] as const;


function report(kind: 'daily' | 'hourly', concentrations: unknown, options: unknown): AqiReport<AnyAqiEdition> {
  const plan = reportPlan(kind, readOptions(options, OPTION_KEYS));
  const input = readInput(concentrations, plan, kind);
  const r = evaluate(plan, 1, (indicator) => (indicator in input ? [input[indicator] as number] : undefined), false);

  const iaqi: Partial<Record<Indicator, number | null>> = {};
  const used: Partial<Record<Indicator, number | null>> = {};
  const flags: Partial<Record<Indicator, AqiFlag>> = {};
  const missing: Indicator[] = [];
  const beyondScale: Indicator[] = [];
  const visit = (indicator: Indicator): void => {
    const status = (r.status[indicator] as Bytes)[0] as number;
    if (status === STATUS.unused) return;
    const value = (r.iaqi[indicator] as Floats)[0] as number;
    const c = (r.concentrations[indicator] as Floats)[0] as number;
    iaqi[indicator] = value === value ? value : null;
    used[indicator] = c === c ? c : null;
    if (status === STATUS.missing) missing.push(indicator);
    else if (status !== STATUS.ok) flags[indicator] = STATUS_NAMES[status] as AqiFlag;
    if (status === STATUS.beyondScale) beyondScale.push(indicator);
  };
  for (const indicator of plan.indicators) {
    visit(indicator);
    // The fallback input right after the indicator it stands in for.
    for (const extra of plan.extras) {
      if (indicatorPollutant(extra) === indicatorPollutant(indicator) && (r.status[indicator] as Bytes)[0] === STATUS.noIndexAbove) visit(extra);
    }
  }
  const pollutantIaqi: Partial<Record<Pollutant, number | null>> = {};
  POLLUTANTS.forEach((p, k) => {
    if ((r.seen & (1 << k)) === 0) return;
    const v = r.pollutantIaqi[k] as number;
    pollutantIaqi[p] = v === v ? v : null;
  });
  const value = r.aqi[0] as number;
  const aqi = value === value ? value : null;
  const scheme = plan.scheme;
  return {
    edition: scheme.edition,
    kind,
    method: plan.method,
    aqi,
    category: aqi === null ? null : categoryOf(scheme.categories, aqi),
    primaryPollutants: pollutantsOf(r.primary[0] as number),
    exceedingPollutants: pollutantsOf(r.exceeding[0] as number),
    iaqi,
    concentrations: used,
    pollutantIaqi,
    missing,
    beyondScale,
    flags,
    withheld: r.withheld[0] === 1,
  };
}

/** The evaluation plan of a report kind under resolved options (shared with {@link aqiColumns}). */
export function reportPlan(kind: 'daily' | 'hourly', opts: Readonly<Record<string, unknown>>): EvaluationPlan {
  const { scheme, method, round } = resolveAqiOptions(opts);
  const allowMissing = readAllowMissing(opts['allowMissing']);
  const text = method === 'text' ? scheme.text : undefined;
  const indicators = kind === 'daily' ? scheme.reports.daily : (text?.hourly ?? scheme.reports.hourly);
  const extras: ReadonlyArray<Indicator> = kind === 'hourly' ? (text?.fallbackInputs ?? []) : [];
  return { scheme, method, round, indicators, extras, allowMissing };
}

/** The error for an indicator the report does not use (shared with {@link aqiColumns}). */
export function notInReport(key: string, plan: EvaluationPlan, kind: 'daily' | 'hourly', path: ReadonlyArray<string | number>): LantianError {
  requireIndicator(key, path);
  const which = `${plan.scheme.edition}${plan.method === 'text' ? ' (as written)' : ''} ${kind === 'daily' ? 'daily' : 'real-time'} report`;
  return new LantianError('INDICATOR_NOT_IN_REPORT', path, `the ${which} uses ${[...plan.indicators, ...plan.extras].join(', ')}`);
}

function readAllowMissing(value: unknown): ReadonlyArray<Pollutant> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new LantianError('INVALID_TYPE', ['options', 'allowMissing'], 'expected an array of pollutant ids');
  }
  return value.map((p, i) => requirePollutant(p, ['options', 'allowMissing', i]));
}

function readInput(concentrations: unknown, plan: EvaluationPlan, kind: 'daily' | 'hourly'): Partial<Record<Indicator, number>> {
  const record = requireRecord(concentrations, ['concentrations']);
  const out: Partial<Record<Indicator, number>> = {};
  for (const key of Object.keys(record)) {
    const indicator = key as Indicator;
    if (!plan.indicators.includes(indicator) && !plan.extras.includes(indicator)) throw notInReport(key, plan, kind, ['concentrations', key]);
    out[indicator] = readOptionalConcentration(record[key], ['concentrations', key]);
  }
  return out;
}

/**
 * The daily AQI report (日报) of a station, county or city: HJ 633-2012 §5.1.2 and §4.4; HJ 633-2026 §4.2.2,
 * §4.2.4, §4.3 and §5.3.
 *
 * Indicators — HJ 633-2012: `so2_24h, no2_24h, co_24h, pm10_24h, pm25_24h` (24h means), `o3_1h` (the day's
 * maximum 1h value) and `o3_8h` (the day's maximum 8h moving mean): 7 indicators. HJ 633-2026: the first five
 * and `o3_8h`: 6 indicators. Each IAQI as {@link iaqi}; AQI = max IAQI; primary pollutants: those with the
 * largest IAQI when the AQI is above 50, ties all listed (§4.4.2 / §4.3.1). Exceeding pollutants (IAQI above 100)
 * only under 2012. Missing values are listed; under 2026 the AQI of the available pollutants is published only
 * above 100, otherwise it is `null` (NA, §5.3.1) unless the missing pollutants are in `allowMissing` (§5.3.2).
 * Under 2026 the AQI is at least 1 (§4.1.1).
 *
 * Under the US EPA editions (40 CFR Part 58 Appendix G §4 and §12): `o3_8h` (the day's maximum 8-hour mean, ppm),
 * `o3_1h` (the day's maximum 1-hour value, where the more precautionary), `pm25_24h`, `pm10_24h` (24-hour means,
 * µg/m³), `co_8h` (maximum 8-hour mean, ppm), `so2_1h` (maximum 1-hour value, ppb), `so2_24h` (24-hour mean, ppb,
 * which defines the SO2 index above 200), `no2_1h` (maximum 1-hour value, ppb). Each pollutant's sub-index is
 * the largest of its indicators' (so 1-hour O3 decides above 300 and the 24-hour SO2 mean above 200); the AQI is
 * the largest sub-index and the critical pollutant is always named. An AQI above 500 is "beyond the AQI": the
 * indicators are listed in `beyondScale`.
 *
 * @param concentrations - Concentrations keyed by indicator, in the edition's units; `null`/`NaN`/absent is missing.
 * @param options - `edition`, or `scheme` and `date`; `roundConcentrations`, `allowMissing`.
 * @returns The report.
 * @throws {LantianError} `INVALID_TYPE` when `concentrations` is not an object or a value is not a number.
 * @throws {LantianError} `UNKNOWN_INDICATOR` / `INDICATOR_NOT_IN_REPORT` for a key that is not a daily indicator of the edition.
 * @throws {LantianError} `NOT_FINITE` (±Infinity) or `NEGATIVE_VALUE` for a bad value.
 * @throws {LantianError} `UNKNOWN_EDITION`, `INVALID_DATE`, `INVALID_OPTION`, `UNKNOWN_OPTION` or `UNKNOWN_POLLUTANT` for bad options.
 * @example
 * ```ts
 * const r = dailyAqi(
 *   { so2_24h: 10, no2_24h: 40, co_24h: 0.8, o3_8h: 90, pm10_24h: 80, pm25_24h: 62 },
 *   { edition: 'HJ633-2026' },
 * );
 * r.aqi; //=> 102
 * r.primaryPollutants; //=> ['pm25']
 * r.category?.name.zh; //=> '轻度污染'
 *
 * // The EPA's worked example (Technical Assistance Document): O3 0.07853333 ppm → 126, PM2.5 35.92431999 µg/m³
 * // → 102, CO 8.47532711 ppm → 90.
 * const us = dailyAqi({ o3_8h: 0.07853333, pm25_24h: 35.92431999, co_8h: 8.47532711 }, { edition: 'EPA-2024' });
 * us.aqi; //=> 126
 * us.primaryPollutants; //=> ['o3']
 * us.category?.name.en; //=> 'Unhealthy for Sensitive Groups'
 * ```
 */
export function dailyAqi(concentrations: AqiConcentrations, options?: CnAqiReportOptions): AqiReport;
export function dailyAqi(concentrations: AqiConcentrations, options: UsAqiReportOptions): AqiReport<UsAqiEdition>;
export function dailyAqi(concentrations: AqiConcentrations, options?: AqiReportOptions): AqiReport<AnyAqiEdition>;
export function dailyAqi(concentrations: AqiConcentrations, options?: AqiReportOptions): AqiReport<AnyAqiEdition> {
  return report('daily', concentrations, options);
}

/**
 * The real-time (hourly) AQI report (实时报): HJ 633-2026 §4.2.3–4.2.4, and HJ 633-2012 as the national
 * platform publishes it.
 *
 * Indicators (both editions, default): `so2_1h, no2_1h, co_1h, o3_1h, pm10_1h, pm25_1h`, with PM10 and PM2.5
 * looked up on the edition's daily columns and SO2 1h above 800 giving 200. Under HJ 633-2012 this is the
 * national platform's practice, which reproduces every published AQI of the real data in the test suite, not
 * what its Table 4 says; `method: 'text'` gives HJ 633-2012 §5.1.3 as written: `so2_1h, no2_1h, co_1h, o3_1h`,
 * `o3_8h` (8h moving mean), `pm10_24h, pm25_24h` (24h moving means), and an optional `so2_24h` used only when
 * SO2 1h is above 800 (Table 1 note 2). Missing data and primary pollutants as in {@link dailyAqi}.
 *
 * Under the US EPA editions the real-time AQI is AirNow's: the NowCast concentrations (see {@link nowCast}) of
 * PM2.5, PM10 and O3 looked up on the 24-hour PM and 8-hour O3 columns — pass them as `pm25_24h`, `pm10_24h` and
 * `o3_8h` — with the latest `o3_1h`, `so2_1h` and `no2_1h` values and the latest 8-hour CO mean `co_8h`.
 *
 * @param concentrations - Concentrations keyed by indicator, in the edition's units; `null`/`NaN`/absent is missing.
 * @param options - `edition`, or `scheme` and `date`; `method`, `roundConcentrations`, `allowMissing`.
 * @returns The report.
 * @throws {LantianError} As {@link dailyAqi}, with the real-time indicators.
 * @example
 * ```ts
 * // A published station-hour (2647A, 2025-01-09 11:00): SO2 1h 883 µg/m³ → official AQI 200.
 * const r = hourlyAqi(
 *   { so2_1h: 883, no2_1h: 53, co_1h: 3.4, o3_1h: 54, pm10_1h: 115, pm25_1h: 88 },
 *   { edition: 'HJ633-2012' },
 * );
 * r.aqi; //=> 200
 * r.primaryPollutants; //=> ['so2']
 *
 * // AirNow's real-time AQI from a PM2.5 NowCast of 28.4 µg/m³ (its check value 28.41, truncated).
 * hourlyAqi({ pm25_24h: 28.41 }, { scheme: 'US', date: '2025-01-01' }).aqi; //=> 87
 * ```
 */
export function hourlyAqi(concentrations: AqiConcentrations, options?: CnAqiReportOptions): AqiReport;
export function hourlyAqi(concentrations: AqiConcentrations, options: UsAqiReportOptions): AqiReport<UsAqiEdition>;
export function hourlyAqi(concentrations: AqiConcentrations, options?: AqiReportOptions): AqiReport<AnyAqiEdition>;
export function hourlyAqi(concentrations: AqiConcentrations, options?: AqiReportOptions): AqiReport<AnyAqiEdition> {
  return report('hourly', concentrations, options);
}
