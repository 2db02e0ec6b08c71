import * as z from 'zod/mini';
import { LantianError } from '../errors.js';
import type { LimitStage, StandardEdition } from '../editions/index.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import { limitOf } from '../standards/limitOf.js';
import type { LimitAveraging } from '../standards/types.js';
import type { DateInput } from '../_lib/time.js';
import { readOptions, requireConcentration, requireMember, requireRecord } from '../_lib/validate.js';

/**
 * The six values of a comprehensive index (综合指数): annual means of SO2, NO2, PM10 and PM2.5, the 95th
 * percentile of daily CO means (mg/m³) and the 90th percentile of the O3 daily maximum 8-hour means.
 */
export const ComprehensiveIndexValuesSchema = z.strictObject(
  Object.fromEntries(POLLUTANTS.map((p) => [p, z.number().check(z.nonnegative())])) as Record<Pollutant, z.ZodMiniNumber<number>>,
);

/** The values of {@link comprehensiveIndex}. */
export interface ComprehensiveIndexValues extends z.infer<typeof ComprehensiveIndexValuesSchema> {}

/** Weightings of the comprehensive index. */
export const INDEX_WEIGHTINGS = ['equal', 'weighted'] as const;

/** Options of {@link comprehensiveIndex}. */
export interface ComprehensiveIndexOptions {
  /** The limit edition; default: the one in force on `date`, else the newest. */
  readonly edition?: StandardEdition;
  /** Selects the edition and stage in force on this day. */
  readonly date?: DateInput;
  /** GB 3095-2026 stage; default: the stage in force on `date`, else final. */
  readonly stage?: LimitStage;
  /**
   * `'equal'` (default): the sum of the six single indices (the Ministry's city ranking rules, 城市环境空气质量排名技术规定, 2018). `'weighted'`: PM2.5 × 3, NO2 × 2,
   * O3 × 2, the others × 1, as in some ranking practice — UNCONFIRMED.
   */
  readonly weighting?: (typeof INDEX_WEIGHTINGS)[number];
}

/** The weight of each pollutant under each weighting. */
export const INDEX_WEIGHTS: Readonly<Record<(typeof INDEX_WEIGHTINGS)[number], Readonly<Record<Pollutant, number>>>> = Object.freeze({
  equal: Object.freeze({ so2: 1, no2: 1, co: 1, o3: 1, pm10: 1, pm25: 1 }),
  weighted: Object.freeze({ so2: 1, no2: 2, co: 1, o3: 2, pm10: 1, pm25: 3 }),
});

/** The limit each single index divides by: annual Grade II limits, the CO daily limit, the O3 8h limit. */
export const INDEX_LIMIT_AVERAGING: Readonly<Record<Pollutant, LimitAveraging>> = Object.freeze({
  so2: 'annual',
  no2: 'annual',
  co: 'daily',
  o3: '8h',
  pm10: 'annual',
  pm25: 'annual',
});

/** One pollutant's part of the index. */
export interface SingleIndex {
  /** The concentration used. */
  readonly value: number;
  /** The Grade II limit it is divided by. */
  readonly limit: number;
  /** I = C / S as published: rounded on its exact value to two decimals (UNCONFIRMED, as `total`). */
  readonly index: number;
  /** I = C / S unrounded. */
  readonly indexRaw: number;
  readonly weight: number;
}

/** The result of {@link comprehensiveIndex}. */
export interface ComprehensiveIndex {
  readonly edition: StandardEdition;
  readonly stage: LimitStage | undefined;
  readonly weighting: (typeof INDEX_WEIGHTINGS)[number];
  /**
   * The sum of the (weighted) single indices as published: rounded on its exact value to two decimals (GB/T 8170
   * half to even; two decimals as indices are usually published, UNCONFIRMED).
   */
  readonly total: number;
  /** The sum unrounded. */
  readonly totalRaw: number;
  readonly items: Readonly<Record<Pollutant, SingleIndex>>;
  /** The pollutants with the largest single index (ties all listed). */
  readonly largest: ReadonlyArray<Pollutant>;
}

/**
 * The comprehensive air quality index (环境空气质量综合指数): the sum of the six single indices I = C / S, with C
 * the annual mean of SO2, NO2, PM10 and PM2.5 over the annual Grade II limit, the 95th percentile of daily CO
 * means over the CO daily limit, and the 90th percentile of O3 MDA8 over the O3 8h limit, using the limits of
 * the edition (and stage) in force (HJ 663-2013 §5; the Ministry's city ranking rules, 城市环境空气质量排名技术规定, 2018). The
 * weighted variant (PM2.5 × 3, NO2 × 2, O3 × 2) is UNCONFIRMED.
 *
 * The values are used as given: pass published (rounded) figures to reproduce published indices, raw values for
 * an unrounded index.
 *
 * @param values - `{ so2, no2, pm10, pm25 }` annual means (µg/m³), `co` daily 95th percentile (mg/m³), `o3` MDA8
 *   90th percentile (µg/m³).
 * @param options - `edition` or `date`, `stage`, `weighting`.
 * @returns The total, each single index and the largest.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE` or `NEGATIVE_VALUE` for a bad or missing value (path: the
 *   pollutant); `UNKNOWN_POLLUTANT` for an extra key; `INVALID_OPTION`, `UNKNOWN_EDITION`, `INVALID_DATE` or
 *   `UNKNOWN_OPTION` for bad options.
 * @example
 * ```ts
 * // Liuzhou 2017 as the plan quotes it, under GB 3095-2012:
 * const ci = comprehensiveIndex(
 *   { so2: 19, no2: 26, pm10: 66, pm25: 45, co: 1.5, o3: 127 },
 *   { edition: 'GB3095-2012' },
 * );
 * ci.total; //=> 4.36
 * ci.largest; //=> ['pm25']
 * ```
 */
export function comprehensiveIndex(values: ComprehensiveIndexValues, options?: ComprehensiveIndexOptions): ComprehensiveIndex {
  const record = requireRecord(values, ['values']);
  for (const key of Object.keys(record)) requireMember(key, POLLUTANTS, ['values', key], 'UNKNOWN_POLLUTANT');
  const opts = readOptions(options, ['edition', 'date', 'stage', 'weighting']);
  const weighting = opts['weighting'] === undefined ? 'equal' : requireMember(opts['weighting'], INDEX_WEIGHTINGS, ['options', 'weighting'], 'INVALID_OPTION');
  const limitOptions: Record<string, unknown> = { grade: 2 };
  for (const key of ['edition', 'date', 'stage'] as const) if (opts[key] !== undefined) limitOptions[key] = opts[key];
  const items = {} as Record<Pollutant, SingleIndex>;
  let total = 0;
  let max = -Infinity;
  let edition: StandardEdition | undefined;
  let stage: LimitStage | undefined;
  for (const p of POLLUTANTS) {
    if (record[p] === undefined) throw new LantianError('INVALID_TYPE', ['values', p], `the index needs all six pollutants; ${p} is missing`);
    const value = requireConcentration(record[p], ['values', p]);
    const limit = limitOf(p, INDEX_LIMIT_AVERAGING[p], limitOptions);
    edition = limit.edition;
    stage = limit.stage;
    const weight = INDEX_WEIGHTS[weighting][p];
    const index = value / limit.value;
    items[p] = { value, limit: limit.value, index: roundStatisticUnchecked(index, 2), indexRaw: index, weight };
    total += weight * index;
    if (index > max) max = index;
  }
  return {
    edition: edition as StandardEdition,
    stage,
    weighting,
    total: roundStatisticUnchecked(total, 2),
    totalRaw: total,
    items,
    largest: POLLUTANTS.filter((p) => items[p].indexRaw === max),
  };
}
