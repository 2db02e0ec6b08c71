/**
 * The international limit tables: the WHO 2021 guideline levels and interim targets, and the limit and target values
 * of the EU directives 2008/50/EC and (EU) 2024/2881, as printed (µg/m³; CO mg/m³).
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { AirItem } from '../pollutants/index.js';
import type { ComplianceForm, LevelledLimitRow, LimitAveraging, SingleLimitRow } from './types.js';

const MEAN: ComplianceForm = { kind: 'mean' };
const MAXIMUM: ComplianceForm = { kind: 'maximum' };
/** WHO 2021, note a of the summary table: "99th percentile (i.e. 3–4 exceedance days per year)". */
const P99: ComplianceForm = { kind: 'percentile', p: 99 };

/** "Not to be exceeded more than `allowed` times a calendar year" (averaged over `years` years). */
function exceeded(allowed: number, years = 1): ComplianceForm {
  return { kind: 'exceedances', allowed, averagedOverYears: years };
}

const WHO_SOURCE = 'WHO global air quality guidelines (2021), Executive summary Table 0.1';

/** `[item, averaging, IT-1, IT-2, IT-3, IT-4, AQG]`, `null` where WHO sets no level. */
type WhoPrinted = readonly [AirItem, LimitAveraging, number | null, number | null, number | null, number | null, number];

function whoRows(printed: ReadonlyArray<WhoPrinted>): LevelledLimitRow[] {
  return printed.map(([item, averaging, it1, it2, it3, it4, aqg]) => {
    const levels: Record<string, number> = {};
    for (const [level, value] of [['IT-1', it1], ['IT-2', it2], ['IT-3', it3], ['IT-4', it4], ['AQG', aqg]] as const) {
      if (value !== null) levels[level] = value;
    }
    const form = averaging === 'annual' || averaging === 'peakSeason' ? MEAN : P99;
    return { item, averaging, levels, form, source: WHO_SOURCE };
  });
}

/**
 * The WHO global air quality guidelines of 2021: the AQG levels and interim targets of PM2.5, PM10, O3, NO2, SO2 and
 * CO (Executive summary Table 0.1). Annual and peak-season levels apply to the mean of the period
 * (long-term exposure); 24-hour (`'daily'`) and 8-hour levels to the 99th percentile of the daily values of a year,
 * "i.e. 3–4 exceedance days per year" (note a). The O3 peak season is "the average of daily maximum 8-hour mean O3
 * concentration in the six consecutive months with the highest six-month running-average O3 concentration" (note
 * b); its 8-hour level applies to the daily maximum 8-hour mean. The levels WHO kept from its earlier guidelines
 * (NO2 1h, SO2 10-minute, CO 1h, 8h and 15-minute) are not in the table and not modelled.
 */
export const WHO_2021_LIMITS: ReadonlyArray<LevelledLimitRow> = deepFreeze(
  whoRows([
    ['pm25', 'annual', 35, 25, 15, 10, 5],
    ['pm25', 'daily', 75, 50, 37.5, 25, 15],
    ['pm10', 'annual', 70, 50, 30, 20, 15],
    ['pm10', 'daily', 150, 100, 75, 50, 45],
    ['o3', 'peakSeason', 100, 70, null, null, 60],
    ['o3', '8h', 160, 120, null, null, 100],
    ['no2', 'annual', 40, 30, 20, null, 10],
    ['no2', 'daily', 120, 50, null, null, 25],
    ['so2', 'daily', 125, 50, null, null, 40],
    ['co', 'daily', 7, null, null, null, 4],
  ]),
);

function euRows(source: string, printed: ReadonlyArray<readonly [AirItem, LimitAveraging, number, ComplianceForm]>, objective: 'limitValue' | 'targetValue' = 'limitValue'): SingleLimitRow[] {
  return printed.map(([item, averaging, value, form]) => ({ item, averaging, value, objective, form, source }));
}

/**
 * The limit values of Directive (EU) 2024/2881 (recast) to be attained by 2030-01-01 for the protection of human
 * health (Annex I), and its O3 target value. Annual limits apply to the calendar-year mean; daily
 * and hourly limits may be exceeded 18 (daily) or 3 (hourly) times a calendar year; the CO maximum daily 8-hour mean
 * is not to be exceeded; the O3 target value, 120 µg/m³ as maximum daily 8-hour mean, on no more than 18 days per
 * calendar year averaged over three years. Gases at 293 K and 101,3 kPa, particles at ambient conditions.
 *
 * UNCONFIRMED (the annex was not read in full): the 3 permitted hourly exceedances of SO2 350 µg/m³, and the O3
 * target value's 18 days averaged over three years; the section and table numbers of Annex I.
 */
export const EU_2024_LIMITS: ReadonlyArray<SingleLimitRow> = deepFreeze([
  ...euRows('Directive (EU) 2024/2881 Annex I (limit values to be attained by 1 January 2030)', [
    ['pm25', 'annual', 10, MEAN],
    ['pm25', 'daily', 25, exceeded(18)],
    ['pm10', 'annual', 20, MEAN],
    ['pm10', 'daily', 45, exceeded(18)],
    ['no2', 'annual', 20, MEAN],
    ['no2', 'daily', 50, exceeded(18)],
    ['no2', '1h', 200, exceeded(3)],
    ['so2', 'annual', 20, MEAN],
    ['so2', 'daily', 50, exceeded(18)],
    ['so2', '1h', 350, exceeded(3)],
    ['co', 'daily', 4, exceeded(18)],
    ['co', '8h', 10, MAXIMUM],
  ]),
  ...euRows('Directive (EU) 2024/2881 Annex I (target value for ozone)', [['o3', '8h', 120, exceeded(18, 3)]], 'targetValue'),
]);

/**
 * The limit values of Directive 2008/50/EC for the protection of human health (Annex XI B: SO2, NO2, CO, PM10, lead;
 * Annex XIV E: the PM2.5 limit value of stage 1, from 2015-01-01) and its O3 target value (Annex VII B: 120 µg/m³
 * as maximum daily 8-hour mean, not to be exceeded on more than 25 days per calendar year averaged over three
 * years). Gases at 293 K and 101,3 kPa, particles and lead at ambient conditions (Annex VI C). The indicative
 * stage-2 PM2.5 value (20 µg/m³, 2020) and benzene are not modelled.
 */
export const EU_2008_LIMITS: ReadonlyArray<SingleLimitRow> = deepFreeze([
  ...euRows('Directive 2008/50/EC Annex XI B', [
    ['so2', '1h', 350, exceeded(24)],
    ['so2', 'daily', 125, exceeded(3)],
    ['no2', '1h', 200, exceeded(18)],
    ['no2', 'annual', 40, MEAN],
    ['co', '8h', 10, MAXIMUM],
    ['pm10', 'daily', 50, exceeded(35)],
    ['pm10', 'annual', 40, MEAN],
    ['pb', 'annual', 0.5, MEAN],
  ]),
  ...euRows('Directive 2008/50/EC Annex XIV E', [['pm25', 'annual', 25, MEAN]]),
  ...euRows('Directive 2008/50/EC Annex VII B', [['o3', '8h', 120, exceeded(25, 3)]], 'targetValue'),
]);
