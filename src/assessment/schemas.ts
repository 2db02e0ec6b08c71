/**
 * Zod schemas of the assessment inputs, for an app's own boundary. The functions check the same things and throw a
 * {@link LantianError}; these give a result instead (`safeParse`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { POLLUTANTS } from '../pollutants/index.js';
import { DailySeriesSchema, HourlySeriesSchema, TimedValueSchema } from '../series/types.js';
import { StationSchema } from './stations.js';
import { YEAR_DAILY_INDICATORS } from './assessYear.js';
import { GUIDELINE_DAILY_INDICATORS } from './assessGuidelines.js';

const hourlyInput = z.union([HourlySeriesSchema, z.array(TimedValueSchema)]);
const dailyInput = z.union([DailySeriesSchema, z.array(TimedValueSchema)]);

/** Hourly series by pollutant: the `hourly` part of {@link YearInputSchema}. */
export const HourlyByPollutantSchema = z.partialRecord(z.enum(POLLUTANTS), hourlyInput);

/** The input of {@link assessYear}: hourly series by pollutant and/or daily series by daily indicator. */
export const YearInputSchema = z.strictObject({
  hourly: z.optional(HourlyByPollutantSchema),
  daily: z.optional(z.partialRecord(z.enum(YEAR_DAILY_INDICATORS), dailyInput)),
});

/** The input of {@link assessGuidelines}: as {@link YearInputSchema}, with `co_8h` and without `o3_1h` among the daily indicators. */
export const GuidelineYearInputSchema = z.strictObject({
  hourly: z.optional(HourlyByPollutantSchema),
  daily: z.optional(z.partialRecord(z.enum(GUIDELINE_DAILY_INDICATORS), dailyInput)),
});

/** One station of {@link assessCity}: the station and its hourly series by pollutant. */
export const CityStationDataSchema = z.strictObject({ station: StationSchema, hourly: HourlyByPollutantSchema });

/** The entries of {@link rankByIndex}. */
export const RankEntrySchema = z.object({ id: z.string(), index: z.nullable(z.number().check(z.nonnegative())) });

/** The daily AQI values of {@link goodDaysRatio}: non-negative integers, `null` (or `NaN`) for a day without one. */
export const DailyAqiValuesSchema = z.array(z.union([z.int().check(z.nonnegative()), z.nan(), z.null()]));
