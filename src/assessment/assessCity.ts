import { LantianError } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { dailyMax1h } from '../series/dailyMax1h.js';
import { dailyMax8h } from '../series/dailyMax8h.js';
import { dailyMeans } from '../series/dailyMeans.js';
import type { DailyInput, HourlyInput } from '../series/types.js';
import { limitOf } from '../standards/limitOf.js';
import { describe, isRecord, readOptions, requireBoolean, requireMember } from '../_lib/validate.js';
import { type AssessYearOptions, YEAR_OPTION_KEYS, type YearAssessment, type YearDailyIndicator, assessYear } from './assessYear.js';
import { CITY_AVERAGINGS, type CityAveraging, cityMean } from './cityMean.js';
import { type RankedEntry, rankByIndex } from './rankByIndex.js';
import { type Station, type StationInput, station as readStation } from './stations.js';

/** One station of a city: the station and its hourly series by pollutant. */
export interface CityStationData {
  readonly station: StationInput;
  readonly hourly: Readonly<Partial<Record<Pollutant, HourlyInput>>>;
}

/** Options of {@link assessCity}: those of {@link assessYear}, and how stations are combined. */
export interface AssessCityOptions extends AssessYearOptions {
  /** `'hour'` (default) or `'day'`: see {@link cityMean} (UNCONFIRMED which HJ 663 prescribes). */
  readonly by?: CityAveraging;
  /** Stations with a valid value a city value needs (default 1; UNCONFIRMED). */
  readonly minStations?: number;
  /** Assess each station's year too, and rank the stations (default `true`). */
  readonly stationYears?: boolean;
}

/** The annual assessment of a city and its stations. */
export interface CityAssessment {
  readonly city: string;
  /** The assessment stations averaged into the city values. */
  readonly stations: ReadonlyArray<Station>;
  /** Stations left out: control sites (对照点), which do not count in city values. */
  readonly excluded: ReadonlyArray<Station>;
  /** How station values were combined. */
  readonly by: CityAveraging;
  /** The city's year, from the city values. */
  readonly assessment: YearAssessment;
  /** Each assessment station's own year (when `stationYears`). */
  readonly stationAssessments: ReadonlyArray<{ readonly station: Station; readonly assessment: YearAssessment }>;
  /** The stations ranked by comprehensive index (published, two decimals), cleanest first. */
  readonly ranking: ReadonlyArray<RankedEntry>;
}

const CITY_KEYS = ['by', 'minStations', 'stationYears'] as const;

/**
 * The annual assessment of a city from its stations (HJ 663-2013 §5, city values): the city's
 * concentrations are the mean over its assessment stations — control sites (对照点) are left out — and the city's
 * annual items, attainment, comprehensive index and daily AQI come from those means, not from the worst station.
 * Stations are averaged hour by hour (default) or day by day ({@link cityMean}; which one HJ 663 prescribes is
 * UNCONFIRMED). Each station's own year is assessed too, and the stations are ranked by comprehensive index.
 *
 * @param stations - The city's stations with their hourly series by pollutant; all of one city.
 * @param options - {@link assessYear}'s options (`year` required), `by`, `minStations`, `stationYears`.
 * @returns The city's assessment, its stations' and their ranking.
 * @throws {LantianError} `INVALID_TYPE` or `EMPTY_INPUT` for a malformed or empty list; `INVALID_INPUT` for stations
 *   of several cities, a station given twice or a city without assessment stations; the codes of
 *   {@link assessYear} and {@link cityMean}.
 * @example
 * ```ts
 * const year = (v: number) => ({ start: '2025-01-01 01:00', values: new Float64Array(8760).fill(v) });
 * const hourly = (pm25: number) => ({ so2: year(10), no2: year(30), co: year(0.8), o3: year(100), pm10: year(50), pm25: year(pm25) });
 * const r = assessCity(
 *   [
 *     { station: { code: '1001A', name: 'A', city: 'X' }, hourly: hourly(30) },
 *     { station: { code: '1002A', name: 'B', city: 'X' }, hourly: hourly(40) },
 *     { station: { code: '1003A', name: 'C', city: 'X', assessment: false }, hourly: hourly(5) },
 *   ],
 *   { year: 2025 },
 * );
 * r.assessment.items.find((i) => i.pollutant === 'pm25')?.value; //=> 35 (the mean of 30 and 40; C is a control site)
 * r.ranking.map((e) => e.id); //=> ['1001A', '1002A']
 * ```
 */
export function assessCity(stations: ReadonlyArray<CityStationData>, options: AssessCityOptions): CityAssessment {
  if (!Array.isArray(stations)) throw new LantianError('INVALID_TYPE', ['stations'], `expected an array of { station, hourly }, received ${describe(stations)}`);
  if (stations.length === 0) throw new LantianError('EMPTY_INPUT', ['stations'], 'a city needs at least one station');
  if (!isRecord(options)) throw new LantianError('INVALID_TYPE', ['options'], 'options with the year are required');
  const all = readOptions(options, [...YEAR_OPTION_KEYS, ...CITY_KEYS]);
  const yearOptions: Record<string, unknown> = {};
  const city: Record<string, unknown> = {};
  for (const key of YEAR_OPTION_KEYS) if (all[key] !== undefined) yearOptions[key] = all[key];
  for (const key of CITY_KEYS) if (all[key] !== undefined) city[key] = all[key];
  const by = city['by'] === undefined ? 'hour' : requireMember(city['by'], CITY_AVERAGINGS, ['options', 'by'], 'INVALID_OPTION');
  const stationYears = city['stationYears'] === undefined ? true : requireBoolean(city['stationYears'], ['options', 'stationYears']);

  const read = stations.map((entry: unknown, i) => {
    if (!isRecord(entry)) throw new LantianError('INVALID_TYPE', ['stations', i], 'expected { station, hourly }');
    readOptions(entry, ['station', 'hourly'], ['stations', i]);
    const s = readStation(entry['station'] as StationInput);
    if (!isRecord(entry['hourly'])) throw new LantianError('INVALID_TYPE', ['stations', i, 'hourly'], 'expected hourly series keyed by pollutant');
    return { station: s, hourly: entry['hourly'] as Readonly<Partial<Record<Pollutant, HourlyInput>>>, index: i };
  });
  const cities = [...new Set(read.map((r) => r.station.city))];
  if (cities.length > 1) throw new LantianError('INVALID_INPUT', ['stations'], `stations of several cities: ${cities.join(', ')}`);
  const codes = new Set<string>();
  for (const r of read) {
    if (codes.has(r.station.code)) throw new LantianError('INVALID_INPUT', ['stations', r.index, 'station', 'code'], `station ${r.station.code} is given twice`);
    codes.add(r.station.code);
  }
  const used = read.filter((r) => r.station.assessment);
  const excluded = read.filter((r) => !r.station.assessment).map((r) => r.station);
  if (used.length === 0) throw new LantianError('INVALID_INPUT', ['stations'], 'no assessment station: control sites do not make city values');

  const time: Record<string, unknown> = {};
  for (const key of ['label', 'timeZone'] as const) if (yearOptions[key] !== undefined) time[key] = yearOptions[key];
  const combine: Record<string, unknown> = { ...time };
  if (city['minStations'] !== undefined) combine['minStations'] = city['minStations'];

  const cityInput: { hourly?: Record<string, unknown>; daily?: Record<string, DailyInput> } = {};
  if (by === 'hour') {
    const hourly: Record<string, unknown> = {};
    for (const p of POLLUTANTS) {
      const series = Object.fromEntries(used.filter((r) => r.hourly[p] !== undefined).map((r) => [r.station.code, r.hourly[p] as HourlyInput]));
      if (Object.keys(series).length > 0) hourly[p] = cityMean(series, { ...combine, pollutant: p });
    }
    cityInput.hourly = hourly;
  } else {
    cityInput.daily = dailyCity(used, yearOptions, time, combine);
  }
  const assessment = assessYear(cityInput as never, yearOptions as unknown as AssessYearOptions);
  const stationAssessments = stationYears
    ? used.map((r) => ({ station: r.station, assessment: assessYear({ hourly: r.hourly }, yearOptions as unknown as AssessYearOptions) }))
    : [];
  const ranking = rankByIndex(stationAssessments.map((s) => ({ id: s.station.code, index: s.assessment.comprehensiveIndex?.total ?? null })));
  return { city: cities[0] as string, stations: used.map((r) => r.station), excluded, by, assessment, stationAssessments, ranking };
}

/** Station-day averaging: each station's daily values (as {@link assessYear} forms them), then their mean. */
function dailyCity(
  used: ReadonlyArray<{ station: Station; hourly: Readonly<Partial<Record<Pollutant, HourlyInput>>> }>,
  yearOptions: Readonly<Record<string, unknown>>,
  time: Readonly<Record<string, unknown>>,
  combine: Readonly<Record<string, unknown>>,
): Record<string, DailyInput> {
  const limitOptions: Record<string, unknown> = {};
  for (const key of ['grade', 'zoneClass', 'stage', 'edition'] as const) if (yearOptions[key] !== undefined) limitOptions[key] = yearOptions[key];
  if (limitOptions['edition'] === undefined && typeof yearOptions['year'] === 'number') limitOptions['date'] = `${yearOptions['year']}-12-31`;
  const compare = yearOptions['compare'] === undefined ? {} : { compare: yearOptions['compare'] as 'rounded' | 'raw' };
  const perIndicator = new Map<YearDailyIndicator, Record<string, DailyInput>>();
  const put = (indicator: YearDailyIndicator, code: string, series: DailyInput) => {
    const entry = perIndicator.get(indicator) ?? {};
    entry[code] = series;
    perIndicator.set(indicator, entry);
  };
  for (const r of used) {
    for (const p of POLLUTANTS) {
      const series = r.hourly[p];
      if (series === undefined) continue;
      const call = { ...time, pollutant: p };
      if (p === 'o3') {
        put('o3_8h', r.station.code, dailyMax8h(series, { ...call, ...compare, limit: limitOf('o3', '8h', limitOptions) }));
        put('o3_1h', r.station.code, dailyMax1h(series, { ...call, ...compare, limit: limitOf('o3', '1h', limitOptions) }));
      } else {
        put(`${p}_24h` as YearDailyIndicator, r.station.code, dailyMeans(series, call));
      }
    }
  }
  const out: Record<string, DailyInput> = {};
  for (const [indicator, series] of perIndicator) {
    const mean = cityMean(series, { ...combine, by: 'day' });
    out[indicator] = { start: mean.start, values: mean.values };
  }
  return out;
}
