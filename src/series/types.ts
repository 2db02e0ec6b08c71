import * as z from 'zod/mini';
import { AIR_ITEMS, type AirItem } from '../pollutants/index.js';

/**
 * How an hourly value is labelled: `'end'` (default, as published in China: the value labelled 01:00 is the
 * mean of 00:00–01:00, and 00:00 of the next day labels hour 24) or `'start'` (the value labelled 00:00 is the
 * mean of 00:00–01:00).
 */
export const HOUR_LABELS = ['end', 'start'] as const;
/** One of the {@link HOUR_LABELS}. */
export type HourLabel = (typeof HOUR_LABELS)[number];

/** The time conventions of an hourly series. */
export interface TimeOptions {
  /** Whether a label is the hour's end (default) or its start. */
  readonly label?: HourLabel;
  /**
   * The zone whose natural days the series is summarised over: an IANA name (`'Europe/Berlin'`, read with
   * @date-fns/tz), `'UTC'` or a fixed offset `'±HH:MM'`. Default: Beijing time, the fixed offset UTC+8 of China's
   * monitoring network (not `'Asia/Shanghai'`, which kept daylight saving in 1986–1991).
   */
  readonly timeZone?: string;
}

/** A time: `'YYYY-MM-DD HH:mm'` or ISO 8601 text (without offset: the series' zone), a `Date` or epoch ms. */
export const TimeInputSchema = z.union([z.string(), z.date(), z.number()]);

/** One value of a series: a non-negative concentration, or `null` / `NaN` for missing. */
export const SeriesValueSchema = z.union([z.number().check(z.minimum(0)), z.nan(), z.null()]);

/** The values of a series: an array or a `Float64Array`, `null` or `NaN` where missing. */
export const SeriesValuesSchema = z.union([z.instanceof(Float64Array), z.readonly(z.array(SeriesValueSchema))]);

/** The values of a series: an array or a `Float64Array`, `null` or `NaN` where missing. */
export type SeriesValues = Float64Array | ReadonlyArray<number | null>;

/** A time: `'YYYY-MM-DD HH:mm'` or ISO 8601 text, a `Date` or epoch ms. */
export type TimeInput = string | Date | number;

/**
 * An hourly series (validates one at an app's boundary): `start` is the label of the first value, `values` one
 * value per hour in time order. `pollutant`, when given, selects the validity rule and the published decimals.
 * Other keys are allowed (results of lantian carry more).
 */
export const HourlySeriesSchema = z.object({
  start: TimeInputSchema,
  values: SeriesValuesSchema,
  pollutant: z.optional(z.enum(AIR_ITEMS)),
});

/**
 * An hourly series: `{ start, values }` with `start` the label of the first value. (What
 * {@link HourlySeriesSchema} accepts, written out so that results holding any `Float64Array` are series too.)
 */
export interface HourlySeries {
  /** The label of the first value. */
  readonly start: TimeInput;
  /** One value per hour, `null` or `NaN` where missing. */
  readonly values: SeriesValues;
  /** The pollutant, when known (`undefined` is the same as absent). */
  readonly pollutant?: AirItem | undefined;
}

/**
 * A daily series (validates one at an app's boundary): `start` is the first day (`'YYYY-MM-DD'`), `values` one
 * value per day. The results of {@link dailyMeans}, {@link dailyMax8h} and {@link dailyMax1h} are daily series.
 */
export const DailySeriesSchema = z.object({
  start: TimeInputSchema,
  values: SeriesValuesSchema,
  pollutant: z.optional(z.enum(AIR_ITEMS)),
});

/** A daily series: `{ start, values }` with `start` the first day (what {@link DailySeriesSchema} accepts). */
export interface DailySeries {
  /** The first day, `'YYYY-MM-DD'` (a `Date` or epoch ms is read as the day it falls on). */
  readonly start: TimeInput;
  /** One value per day, `null` or `NaN` where missing. */
  readonly values: SeriesValues;
  /** The pollutant, when known (`undefined` is the same as absent). */
  readonly pollutant?: AirItem | undefined;
}

/** One timed value (validates one): the label of an hour (or a day) and its value, `null`/`NaN` for missing. */
export const TimedValueSchema = z.object({ time: TimeInputSchema, value: SeriesValueSchema });

/** One timed value: `{ time, value }` (what {@link TimedValueSchema} accepts). */
export interface TimedValue {
  readonly time: TimeInput;
  readonly value: number | null;
}

/**
 * Hourly data as the series functions take them: a series, or timed records in strictly increasing time order
 * (converted once; a gap between records is missing hours).
 */
export type HourlyInput = HourlySeries | ReadonlyArray<TimedValue>;

/** Daily data as the period functions take them: a daily series or timed records of days. */
export type DailyInput = DailySeries | ReadonlyArray<TimedValue>;

/** The longest hourly series accepted: 1,000,000 hours (114 years). */
export const MAX_HOURLY_LENGTH = 1_000_000;
/** The longest daily series accepted: 100,000 days (273 years). */
export const MAX_DAILY_LENGTH = 100_000;
