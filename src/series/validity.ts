import type { AirItem } from '../pollutants/index.js';
import { deepFreeze } from '../_lib/freeze.js';

/**
 * The two rows of minimum data in GB 3095 Table 4 that periods are judged by:
 * - `'continuous'`: automatic monitoring of SO2, NO2, PM10, PM2.5 and NOx (and, by HJ 663, CO and O3): every
 *   daily value counts, and a year needs ≥ 324 of them with ≥ 27 in every month (≥ 25 in February);
 * - `'sampled'`: TSP, BaP and Pb, sampled on filters: ≥ 60 evenly spread daily values a year and ≥ 5 a month;
 *   Pb quarterly ≥ 15 a quarter and ≥ 5 a month.
 */
export const VALIDITY_RULES = ['continuous', 'sampled'] as const;
/** One of the {@link VALIDITY_RULES}. */
export type ValidityRule = (typeof VALIDITY_RULES)[number];

/** The kinds of period a daily series is summarised over. */
export const PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
/** One of the {@link PERIOD_KINDS}. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The minimum valid days of one kind of period. */
export interface PeriodMinimum {
  /** Valid days needed in the whole period (0: no total beyond the months). */
  readonly total: number;
  /** Valid days needed in each calendar month of the period, except February. */
  readonly perMonth: number;
  /** Valid days needed in February. */
  readonly february: number;
  /** Where the numbers come from, and whether they are read or decided. */
  readonly source: string;
}

/** The minimum data of every statistic of a series, as data. */
export interface SeriesValidity {
  /** Valid hourly values a daily mean needs, by rule. */
  readonly dailyMeanHours: Readonly<Record<ValidityRule, number>>;
  /** Valid hourly values an 8h mean needs. */
  readonly movingAverage8hHours: number;
  /** Valid 8h means (ending at hours 8…24) a daily maximum 8h mean needs. */
  readonly dailyMax8hWindows: number;
  /** Valid hourly values a daily maximum 1h value needs (UNCONFIRMED). */
  readonly dailyMax1hHours: number;
  /** Minimum valid days of a year, a quarter and a month, by rule. */
  readonly period: Readonly<Record<ValidityRule, Readonly<Record<PeriodKind, PeriodMinimum>>>>;
}

/**
 * The data-validity rules of GB 3095-2012 Table 4 and GB 3095-2026 Table 4 (§6.4; the numbers are the same in both
 * editions) and of HJ 663-2013 for the daily maximum 8h mean, as one frozen table read by the series functions.
 *
 * Read from the standards: daily means ≥ 20 hourly values (24 h of sampling for TSP, BaP and Pb); 8h means ≥ 6
 * hourly values; MDA8 ≥ 14 valid 8h means between 8:00 and 24:00 (HJ 663-2013); a year ≥ 324 daily values and
 * ≥ 27 in each month (≥ 25 in February), or for TSP, BaP and Pb ≥ 60 a year and ≥ 5 a month; a Pb quarter ≥ 15
 * and ≥ 5 a month.
 *
 * Decided by lantian where Table 4 has no row (UNCONFIRMED, documented in docs/series.md): a month of the
 * continuous rule needs the per-month minimum of the annual row (27, February 25); a quarter needs it in each of
 * its three months; TSP and BaP quarters follow the Pb quarterly row; a month of the sampled rule needs 5 values;
 * the daily maximum 1h value needs 20 hourly values, like a daily mean.
 */
export const SERIES_VALIDITY: SeriesValidity = deepFreeze({
  dailyMeanHours: { continuous: 20, sampled: 24 },
  movingAverage8hHours: 6,
  dailyMax8hWindows: 14,
  dailyMax1hHours: 20,
  period: {
    continuous: {
      year: { total: 324, perMonth: 27, february: 25, source: 'GB 3095 Table 4 (annual)' },
      quarter: { total: 0, perMonth: 27, february: 25, source: 'GB 3095 Table 4 (per-month minimum of the annual row; UNCONFIRMED for quarters)' },
      month: { total: 0, perMonth: 27, february: 25, source: 'GB 3095 Table 4 (per-month minimum of the annual row; UNCONFIRMED for months)' },
    },
    sampled: {
      year: { total: 60, perMonth: 5, february: 5, source: 'GB 3095 Table 4 (TSP, BaP, Pb annual)' },
      quarter: { total: 15, perMonth: 5, february: 5, source: 'GB 3095 Table 4 (Pb quarterly; UNCONFIRMED for TSP and BaP)' },
      month: { total: 0, perMonth: 5, february: 5, source: 'GB 3095 Table 4 (per-month minimum of the annual row; UNCONFIRMED for months)' },
    },
  },
});

/** The rule of Table 4 an item's statistics are judged by: TSP, BaP and Pb are sampled, the rest continuous. */
export const ITEM_VALIDITY_RULE: Readonly<Record<AirItem, ValidityRule>> = deepFreeze({
  so2: 'continuous',
  no2: 'continuous',
  co: 'continuous',
  o3: 'continuous',
  pm10: 'continuous',
  pm25: 'continuous',
  nox: 'continuous',
  tsp: 'sampled',
  pb: 'sampled',
  bap: 'sampled',
});
