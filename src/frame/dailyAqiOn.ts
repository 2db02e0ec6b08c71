import { LantianError } from '../errors.js';
import { primaryPollutantsOf } from '../aqi/aqiColumns.js';
import type { Pollutant } from '../pollutants/index.js';
import { daysFromCivil } from '../_lib/time.js';
import { describe, isRecord } from '../_lib/validate.js';
import type { StationAssessments } from './assessStations.js';

/** One station's daily AQI on a day, as a plain record. */
export interface StationDayAqi {
  readonly station: string;
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** The daily AQI (HJ 633, the day's edition), `null` when the day has none. */
  readonly aqi: number | null;
  /** The category level 1…6, `null` without an AQI. */
  readonly level: number | null;
  /** The primary pollutants (AQI above 50; ties all listed). */
  readonly primaryPollutants: ReadonlyArray<Pollutant>;
}

/**
 * Every station's daily AQI on one day of an engine result, picked by its date — the result's daily columns are
 * indexed by day of the year, and a date spares the index arithmetic (and the off-by-one it invites). The day's AQI
 * is the one {@link assessStations} computed: HJ 633-2012 before 2026-03-01, HJ 633-2026 from then.
 *
 * @param result - A result of {@link assessStations} (or the `cityColumns`/`stationColumns` of {@link assessCities}).
 * @param date - A day of the result's year, `'YYYY-MM-DD'`.
 * @returns One record per station, in the result's order: what to print, write with `toCsv` or join.
 * @throws {LantianError} `INVALID_TYPE` when `result` is not an engine result; `INVALID_DATE` for a date that is not
 *   a `'YYYY-MM-DD'` day of the result's year.
 * @example
 * ```ts
 * const hours = 365 * 24;
 * const pm25 = new Float64Array(2 * hours).fill(40, 0, hours).fill(80, hours);
 * const r = assessStations(stationFrame({ start: '2025-01-01 01:00', hours, stations: ['A', 'B'], values: { pm25 } }), { year: 2025 });
 * dailyAqiOn(r, '2025-06-01').map((d) => d.aqi); //=> [57, 107]
 * dailyAqiOn(r, '2025-06-01')[1]?.primaryPollutants; //=> ['pm25']
 * ```
 */
export function dailyAqiOn(result: StationAssessments, date: string): StationDayAqi[] {
  if (!isRecord(result) || !(result['dailyAqi'] instanceof Float64Array) || !Array.isArray(result['stations'])) {
    throw new LantianError('INVALID_TYPE', ['result'], `expected a result of assessStations, received ${describe(result)}`);
  }
  const m = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  const year = m === null ? NaN : Number(m[1]);
  if (m === null || year !== result.year) {
    throw new LantianError('INVALID_DATE', ['date'], `expected a 'YYYY-MM-DD' day of ${result.year}, received ${describe(date)}`);
  }
  const d = daysFromCivil(year, Number(m[2]), Number(m[3])) - daysFromCivil(year, 1, 1);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || d < 0 || d >= result.days || daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1) < day) {
    throw new LantianError('INVALID_DATE', ['date'], `no such day in ${result.year}: ${date}`);
  }
  return result.stations.map((station, i) => {
    const k = i * result.days + d;
    const value = result.dailyAqi[k] as number;
    const aqi = value === value ? value : null;
    return {
      station,
      date,
      aqi,
      level: aqi === null ? null : (result.dailyLevel[k] as number),
      primaryPollutants: aqi === null ? [] : primaryPollutantsOf(result.dailyPrimary[k] as number),
    };
  });
}
