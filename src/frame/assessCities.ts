import { LantianError } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import type { CityAssessment } from '../assessment/assessCity.js';
import { CITY_AVERAGINGS, type CityAveraging, MAX_CITY_STATIONS, combine } from '../assessment/cityMean.js';
import { rankByIndex } from '../assessment/rankByIndex.js';
import { type Station, type StationInput, StationSchema } from '../assessment/stations.js';
import type { YearDailyIndicator } from '../assessment/_year.js';
import { readMinimum } from '../series/internal.js';
import { describe, parseWith, readOptions, requireBoolean, requireMember } from '../_lib/validate.js';
import { type DailyBlock, assessDaily, frameDaily } from './_engine.js';
import {
  type AssessStationsOptions,
  STATION_OPTION_KEYS,
  type StationAssessments,
  assessRange,
  mergeColumns,
  readStationOptions,
  stationAssessments,
} from './assessStations.js';
import { type FrameValues, type StationFrame, frameAxis, makeFrame } from './stationFrame.js';

/** The options of {@link assessCities}: those of {@link assessStations} and of {@link assessCity}. */
export interface AssessCitiesOptions extends AssessStationsOptions {
  /** `'hour'` (default) or `'day'`: how station values are combined (see {@link cityMean}; UNCONFIRMED which HJ 663 prescribes). */
  readonly by?: CityAveraging;
  /** Stations with a valid value a city value needs (default 1; UNCONFIRMED). */
  readonly minStations?: number;
  /** Assess each station's year too, and rank each city's stations (default `true`). */
  readonly stationYears?: boolean;
}

/** The annual assessments of every city of a frame (see {@link assessCities}). */
export interface CityAssessments {
  /** The cities, in the order of their first station in the station list. */
  readonly cities: ReadonlyArray<string>;
  /** The cities' years as columns (row `c` is `cities[c]`). */
  readonly cityColumns: StationAssessments;
  /** Every station's year as columns (the frame's order), when `stationYears`. */
  readonly stationColumns: StationAssessments | undefined;
  /**
   * City `c`'s assessment as the plain object {@link assessCity} returns for its stations' data.
   *
   * @param c - The city's index in `cities`.
   */
  report(c: number): CityAssessment;
}

const CITY_KEYS = ['by', 'minStations', 'stationYears'] as const;

/**
 * The annual assessment of every city of a frame at once (HJ 663-2013): each city's values are the means of its
 * assessment stations (control sites, 对照点, left out), hour by hour (`by: 'hour'`) or day by day (`'day'`), as
 * {@link cityMean} forms them; the city's year is then assessed as a station's is, on the engine of
 * {@link assessStations}, and — with `stationYears` — each station's year too, with the stations of each city
 * ranked by their comprehensive index. The station list is indexed once for all cities.
 *
 * @param frame - A frame made by {@link stationFrame}; every station must be in the list.
 * @param stationList - The stations (e.g. {@link parseStationList}'s), with their cities and control-site flags.
 * @param options - Those of {@link assessStations} (`year` required), `by`, `minStations`, `stationYears`.
 * @returns The cities, their columns, the stations' columns and `report(c)`, equal to {@link assessCity} on that city.
 * @throws {LantianError} `INVALID_TYPE` for a frame not made by `stationFrame` or a list that is not an array;
 *   `INVALID_INPUT` for a station of the frame missing from the list (path: its index in the frame's stations);
 *   `EMPTY_INPUT` for a city whose stations are all control sites; the codes of {@link StationSchema} for a bad list
 *   entry and of {@link assessStations} and {@link assessCity} for bad options.
 * @example
 * ```ts
 * const hours = 365 * 24;
 * const pm25 = new Float64Array(3 * hours);
 * pm25.fill(30, 0, hours); // A, in 柳州
 * pm25.fill(40, hours, 2 * hours); // B, in 柳州
 * pm25.fill(90, 2 * hours); // C, 柳州's control site
 * const list = [
 *   { code: 'A', name: 'a', city: '柳州' },
 *   { code: 'B', name: 'b', city: '柳州' },
 *   { code: 'C', name: 'c', city: '柳州', assessment: false },
 * ];
 * const frame = stationFrame({ start: '2025-01-01 01:00', hours, stations: ['A', 'B', 'C'], values: { pm25 } });
 * const r = assessCities(frame, list, { year: 2025 });
 * r.report(0).assessment.items[8]?.value; //=> 35
 * r.report(0).ranking.map((e) => e.id); //=> ['A', 'B']
 * ```
 */
export function assessCities(frame: StationFrame, stationList: ReadonlyArray<StationInput>, options: AssessCitiesOptions): CityAssessments {
  const axis = frameAxis(frame);
  const all = readOptions(options, [...STATION_OPTION_KEYS, ...CITY_KEYS]);
  const { by: byOption, minStations: minOption, stationYears: yearsOption, ...yearOptions } = all;
  const { plan, onProgress, signal } = readStationOptions(yearOptions);
  if (signal?.aborted === true) throw signal.reason;
  const by = byOption === undefined ? 'hour' : requireMember(byOption, CITY_AVERAGINGS, ['options', 'by'], 'INVALID_OPTION');
  const stationYears = yearsOption === undefined ? true : requireBoolean(yearsOption, ['options', 'stationYears']);
  const minStations = readMinimum(minOption, 1, ['options', 'minStations'], 1, MAX_CITY_STATIONS);

  // The list, indexed once.
  if (!Array.isArray(stationList)) throw new LantianError('INVALID_TYPE', ['stationList'], `expected a list of stations, received ${describe(stationList)}`);
  const byCode = new Map<string, Station>();
  const cityOrder = new Map<string, number>();
  stationList.forEach((s: unknown, i) => {
    const parsed = parseWith(StationSchema, s, ['stationList', i]);
    byCode.set(parsed.code, parsed);
    if (!cityOrder.has(parsed.city)) cityOrder.set(parsed.city, cityOrder.size);
  });
  const cities = new Map<string, { used: number[]; excluded: number[] }>();
  frame.stations.forEach((code, i) => {
    const s = byCode.get(code);
    if (s === undefined) throw new LantianError('INVALID_INPUT', ['frame', 'stations', i], `station ${code} is not in the station list`);
    let entry = cities.get(s.city);
    if (entry === undefined) cities.set(s.city, (entry = { used: [], excluded: [] }));
    (s.assessment ? entry.used : entry.excluded).push(i);
  });
  const names = [...cities.keys()].sort((a, b) => (cityOrder.get(a) as number) - (cityOrder.get(b) as number));
  for (const name of names) {
    const entry = cities.get(name) as { used: number[] };
    if (entry.used.length === 0) throw new LantianError('EMPTY_INPUT', ['stationList'], `no assessment station in ${name}: control sites do not make city values`);
    if (minStations > entry.used.length) {
      throw new LantianError('INVALID_OPTION', ['options', 'minStations'], `${minStations} stations needed, ${entry.used.length} in ${name}`);
    }
  }
  const groups = names.map((name) => (cities.get(name) as { used: number[] }).used);

  const total = groups.length + (stationYears ? frame.stations.length : 0);
  const progress = (done: number) => {
    onProgress?.(done, total);
    if (signal?.aborted === true) throw signal.reason;
  };

  // The cities' years.
  let cityColumns: StationAssessments;
  if (by === 'hour') {
    const values: Partial<Record<Pollutant, FrameValues>> = {};
    const { hours } = frame;
    for (const p of POLLUTANTS) {
      const v = frame.values[p];
      if (v === undefined) continue;
      const out = new Float64Array(groups.length * hours);
      groups.forEach((used, c) => {
        const series = used.map((i) => ({ values: v.subarray(i * hours, (i + 1) * hours) }));
        out.set(combine(series, new Array<number>(series.length).fill(0), minStations, hours).values, c * hours);
      });
      values[p] = out;
    }
    // City means of valid values are valid values: the city frame is trusted as the station frame was.
    const cityFrame = makeFrame({ ...frame, stations: names, stationRecords: undefined, values }, axis.zone, axis.origin);
    const parts = assessRange(cityFrame, frameAxis(cityFrame), plan, () => undefined);
    cityColumns = stationAssessments(names, plan, mergeColumns(plan, parts));
  } else {
    const stations = frameDaily(frame, axis, plan, 0, frame.stations.length);
    const { nDays } = plan;
    const daily = new Map<YearDailyIndicator, Float64Array>();
    for (const [indicator, v] of stations.daily) {
      const out = new Float64Array(groups.length * nDays);
      groups.forEach((used, c) => {
        const series = used.map((i) => ({ values: v.subarray(i * nDays, (i + 1) * nDays) }));
        out.set(combine(series, new Array<number>(series.length).fill(0), minStations, nDays).values, c * nDays);
      });
      daily.set(indicator, out);
    }
    const block: DailyBlock = { stations: groups.length, daily };
    cityColumns = stationAssessments(names, plan, assessDaily(block, plan));
  }
  progress(groups.length);

  // The stations' years.
  const stationColumns = stationYears
    ? stationAssessments(frame.stations, plan, mergeColumns(plan, assessRange(frame, axis, plan, (to) => progress(groups.length + to))))
    : undefined;

  return Object.freeze({
    cities: Object.freeze(names),
    cityColumns,
    stationColumns,
    report(c: number): CityAssessment {
      const name = names[c];
      if (typeof c !== 'number' || name === undefined) throw new LantianError('OUT_OF_RANGE', ['c'], `a city index is 0…${names.length - 1}, received ${describe(c)}`);
      const entry = cities.get(name) as { used: number[]; excluded: number[] };
      const record = (i: number) => byCode.get(frame.stations[i] as string) as Station;
      const years = stationColumns === undefined ? [] : entry.used.map((i) => ({ station: record(i), assessment: stationColumns.report(i) }));
      return {
        city: name,
        stations: entry.used.map(record),
        excluded: entry.excluded.map(record),
        by,
        assessment: cityColumns.report(c),
        stationAssessments: years,
        ranking: rankByIndex(years.map((s) => ({ id: s.station.code, index: s.assessment.comprehensiveIndex?.total ?? null }))),
      };
    },
  });
}
