import { z } from 'zod';
import { LantianError } from '../errors.js';
import type { AqiEdition } from '../editions/index.js';
import {
  INDICATORS,
  type Indicator,
  POLLUTANTS,
  type Pollutant,
  indicatorPollutant,
  requireIndicator,
  requirePollutant,
} from '../pollutants/index.js';
import type { DateInput } from '../_lib/time.js';
import { readOptionalConcentration, readOptions, requireRecord } from '../_lib/validate.js';
import { type AqiMethod, aboveRule, resolveAqiOptions } from './_resolve.js';
import { type AqiCategory, categoryOf } from './aqiCategory.js';
import { type SubIndex, type SubIndexStatus, prepareConcentration, subIndex } from './engine.js';
import type { AqiScheme } from './types.js';

/**
 * Concentrations keyed by indicator, in µg/m³ (CO mg/m³). `null`, `NaN` or an absent key is a missing value.
 */
export type AqiConcentrations = Readonly<Partial<Record<Indicator, number | null>>>;

/**
 * Validates {@link AqiConcentrations} at an app's own boundary (the report functions check the same). Every own
 * key must be an indicator, `__proto__` included.
 */
export const AqiConcentrationsSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (!(INDICATORS as ReadonlyArray<string>).includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `unknown indicator '${key}'`, params: { code: 'UNKNOWN_INDICATOR' } });
      }
    }
  })
  .pipe(z.partialRecord(z.enum(INDICATORS), z.union([z.number().nonnegative(), z.nan(), z.null()])));

/** Options of {@link dailyAqi} and {@link hourlyAqi}. */
export interface AqiReportOptions {
  /** The edition; default: the one in force on `date`, else the newest (HJ633-2026). */
  readonly edition?: AqiEdition;
  /** Selects the edition in force on this day (Beijing time) when `edition` is not given. */
  readonly date?: DateInput;
  /** Round concentrations per GB/T 8170 before the lookup (default `true`); see {@link IaqiOptions}. */
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

/** A daily or real-time AQI report: a plain, serialisable object. */
export interface AqiReport {
  readonly edition: AqiEdition;
  readonly kind: 'daily' | 'hourly';
  readonly method: AqiMethod;
  /** The AQI: the largest IAQI, rounded up; `null` when no IAQI could be computed or it is withheld. */
  readonly aqi: number | null;
  /** The category of `aqi`, `null` with it. */
  readonly category: AqiCategory | null;
  /** Pollutants with the largest IAQI when the AQI is above 50, each once, in the standard's order. */
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
  /** Indicators above the highest breakpoint (IAQI reported as 500). */
  readonly beyondScale: ReadonlyArray<Indicator>;
  /** Indicators with a special rule applied. */
  readonly flags: Readonly<Partial<Record<Indicator, AqiFlag>>>;
  /** Whether an AQI was computed but withheld because a pollutant is missing (HJ 633-2026 §5.3.1). */
  readonly withheld: boolean;
}

const OPTION_KEYS = ['edition', 'date', 'roundConcentrations', 'method', 'allowMissing'] as const;

function report(kind: 'daily' | 'hourly', concentrations: unknown, options: unknown): AqiReport {
  const opts = readOptions(options, OPTION_KEYS);
  const { scheme, method, round } = resolveAqiOptions(opts);
  const allowMissing = readAllowMissing(opts['allowMissing']);
  const text = method === 'text' ? scheme.text : undefined;
  const indicators = kind === 'daily' ? scheme.reports.daily : (text?.hourly ?? scheme.reports.hourly);
  const extras: ReadonlyArray<Indicator> = kind === 'hourly' ? (text?.fallbackInputs ?? []) : [];
  const input = readInput(concentrations, indicators, extras, scheme, method, kind);

  const iaqi: Partial<Record<Indicator, number | null>> = {};
  const used: Partial<Record<Indicator, number | null>> = {};
  const flags: Partial<Record<Indicator, AqiFlag>> = {};
  const missing: Indicator[] = [];
  const beyondScale: Indicator[] = [];
  const best = new Map<Pollutant, number>();
  const seen = new Set<Pollutant>();

  const compute = (indicator: Indicator): SubIndex | undefined => {
    const raw = input.get(indicator) ?? Number.NaN;
    if (Number.isNaN(raw)) {
      missing.push(indicator);
      iaqi[indicator] = null;
      used[indicator] = null;
      return undefined;
    }
    const column = scheme.columns[indicator];
    /* c8 ignore next -- report indicators always have columns (checked by the scheme tests) */
    if (column === undefined) throw new LantianError('INDICATOR_NOT_IN_EDITION', [indicator]);
    const c = prepareConcentration(scheme, column, raw, round);
    const result = subIndex(scheme, column, c, round, aboveRule(scheme, method, column));
    iaqi[indicator] = result.value;
    used[indicator] = c;
    if (result.status !== 'ok') flags[indicator] = result.status;
    if (result.status === 'beyondScale') beyondScale.push(indicator);
    return result;
  };

  const count = (indicator: Indicator, value: number | null): void => {
    const pollutant = indicatorPollutant(indicator);
    seen.add(pollutant);
    if (value !== null) best.set(pollutant, Math.max(best.get(pollutant) ?? -Infinity, value));
  };

  for (const indicator of indicators) {
    const result = compute(indicator);
    if (result === undefined) {
      seen.add(indicatorPollutant(indicator));
      continue;
    }
    count(indicator, result.value);
    // HJ 633-2012 Table 1 note 2 (as written): SO2 1h above 800 takes the SO2 24h IAQI, given as an extra input.
    if (result.status === 'noIndexAbove' && result.fallback !== undefined && extras.includes(result.fallback)) {
      const fallback = compute(result.fallback);
      if (fallback !== undefined) {
        count(result.fallback, fallback.value);
        flags[result.fallback] = 'fallback';
      }
    }
  }

  const pollutantIaqi: Partial<Record<Pollutant, number | null>> = {};
  let max = -Infinity;
  for (const p of POLLUTANTS) {
    if (!seen.has(p)) continue;
    const v = best.get(p);
    pollutantIaqi[p] = v ?? null;
    if (v !== undefined && v > max) max = v;
  }
  const missingPollutants = POLLUTANTS.filter((p) => seen.has(p) && best.get(p) === undefined && !allowMissing.includes(p));
  let aqi: number | null = max === -Infinity ? null : Math.max(max, scheme.aqiRange[0]);
  let withheld = false;
  if (aqi !== null && scheme.missingWithholdsUpTo !== undefined && missingPollutants.length > 0 && aqi <= scheme.missingWithholdsUpTo) {
    aqi = null;
    withheld = true;
  }
  const primaryPollutants =
    aqi !== null && aqi > scheme.primaryAbove ? POLLUTANTS.filter((p) => best.get(p) === max) : [];
  const exceedingAbove = scheme.exceedingAbove;
  const exceedingPollutants =
    exceedingAbove === undefined ? [] : POLLUTANTS.filter((p) => (best.get(p) ?? -Infinity) > exceedingAbove);

  return {
    edition: scheme.edition,
    kind,
    method,
    aqi,
    category: aqi === null ? null : categoryOf(scheme.categories, aqi),
    primaryPollutants,
    exceedingPollutants,
    iaqi,
    concentrations: used,
    pollutantIaqi,
    missing,
    beyondScale,
    flags,
    withheld,
  };
}

function readAllowMissing(value: unknown): ReadonlyArray<Pollutant> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new LantianError('INVALID_TYPE', ['options', 'allowMissing'], 'expected an array of pollutant ids');
  }
  return value.map((p, i) => requirePollutant(p, ['options', 'allowMissing', i]));
}

function readInput(
  concentrations: unknown,
  indicators: ReadonlyArray<Indicator>,
  extras: ReadonlyArray<Indicator>,
  scheme: AqiScheme,
  method: AqiMethod,
  kind: 'daily' | 'hourly',
): Map<Indicator, number> {
  const record = requireRecord(concentrations, ['concentrations']);
  const out = new Map<Indicator, number>();
  for (const key of Object.keys(record)) {
    const indicator = requireIndicator(key, ['concentrations', key]);
    if (!indicators.includes(indicator) && !extras.includes(indicator)) {
      const which = `${scheme.edition}${method === 'text' ? ' (as written)' : ''} ${kind === 'daily' ? 'daily' : 'real-time'} report`;
      throw new LantianError(
        'INDICATOR_NOT_IN_REPORT',
        ['concentrations', key],
        `the ${which} uses ${[...indicators, ...extras].join(', ')}`,
      );
    }
    out.set(indicator, readOptionalConcentration(record[key], ['concentrations', key]));
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
 * @param concentrations - Concentrations keyed by indicator; `null`/`NaN`/absent is missing.
 * @param options - `edition` or `date`, `roundConcentrations`, `allowMissing`.
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
 * ```
 */
export function dailyAqi(concentrations: AqiConcentrations, options?: AqiReportOptions): AqiReport {
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
 * @param concentrations - Concentrations keyed by indicator; `null`/`NaN`/absent is missing.
 * @param options - `edition` or `date`, `method`, `roundConcentrations`, `allowMissing`.
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
 * ```
 */
export function hourlyAqi(concentrations: AqiConcentrations, options?: AqiReportOptions): AqiReport {
  return report('hourly', concentrations, options);
}
