import { type ErrorPath, LantianError } from '../errors.js';
import type { AirItem } from '../pollutants/index.js';
import { type DailyFrame, type HourlyFrame, labelOf, readDailyInput, readHourly, readMinimum, readTimeConventions } from '../series/internal.js';
import type { DailyStatistics } from '../series/dailyMeans.js';
import type { HourlyStatistics } from '../series/movingAverage8h.js';
import { type DailyInput, type HourlyInput, MAX_DAILY_LENGTH, MAX_HOURLY_LENGTH, type TimeOptions } from '../series/types.js';
import { MS_PER_HOUR, formatDay } from '../_lib/time.js';
import { describe, isRecord, parseWith, readOptions, requireMember } from '../_lib/validate.js';
import { type Station, type StationInput, StationSchema } from './stations.js';

/**
 * How station values are averaged into city values: `'hour'`, the mean over stations of each hour's values (an
 * hourly city series, from which daily values follow as for a station), or `'day'`, the mean over stations of
 * their daily values (daily means, MDA8 …).
 */
export const CITY_AVERAGINGS = ['hour', 'day'] as const;
/** One of the {@link CITY_AVERAGINGS}. */
export type CityAveraging = (typeof CITY_AVERAGINGS)[number];

/** The largest number of stations {@link cityMean} averages (far above any city's network). */
export const MAX_CITY_STATIONS = 10_000;

/** The stations of a city: a list of series, or series keyed by station code. */
export type CityStations<T> = ReadonlyArray<T> | Readonly<Record<string, T>>;

/** Options of {@link cityMean}. */
export interface CityMeanOptions extends TimeOptions {
  /**
   * `'hour'` (default): average each hour over the stations; `'day'`: average the stations' daily values. Which one
   * HJ 663 prescribes is UNCONFIRMED (HJ 663-2013 §5); see {@link cityMean}.
   */
  readonly by?: CityAveraging;
  /**
   * Stations with a valid value a city value needs (default 1: the mean of whatever stations report). lantian sets
   * no rule of its own; a stricter one (e.g. three quarters of the network) is UNCONFIRMED for HJ 663 — pass it here.
   */
  readonly minStations?: number;
  /** The pollutant, when the series do not name it (carried to the result). */
  readonly pollutant?: AirItem;
  /**
   * The station list (e.g. {@link parseStationList}'s): with the stations keyed by code, only the list's assessment
   * stations are averaged — control sites (对照点) are left out and reported in `excluded`. Every code must be in
   * the list, and all of one city. The list is indexed by code in one pass; the entries of the stations given are
   * validated in full ({@link StationSchema}), the others only for their code.
   */
  readonly stationList?: ReadonlyArray<StationInput>;
}

/** What a city mean reports besides the series itself. */
export interface CityMeanCounts {
  /** How the stations were averaged. */
  readonly by: CityAveraging;
  /** The mean over the stations that had a value, whether or not they were enough (`NaN` where none had). */
  readonly observed: Float64Array;
  /** How many stations had a valid value at each step. */
  readonly stations: Uint16Array;
  /** `1` where the step had enough stations (its `values` entry is a number), `0` where not. */
  readonly valid: Uint8Array;
  /** How many stations were averaged. */
  readonly stationCount: number;
  /** The control sites left out by `stationList`, by code (empty without a list). */
  readonly excluded: ReadonlyArray<string>;
  /** The stations a value needed. */
  readonly minStations: number;
}

/**
 * A city's hourly series (`by: 'hour'`): an hourly series in the conventions of the call, so it can be given to
 * {@link dailyMeans}, {@link dailyMax8h} … with the same `label` and `timeZone` options.
 */
export interface CityHourlyMean extends HourlyStatistics, CityMeanCounts {
  readonly by: 'hour';
}

/** A city's daily series (`by: 'day'`): a daily series, to be given to {@link periodMean} and the like. */
export interface CityDailyMean extends DailyStatistics, CityMeanCounts {
  readonly by: 'day';
}

const OPTION_KEYS = ['by', 'minStations', 'pollutant', 'label', 'timeZone', 'stationList'] as const;

/**
 * City values (城市浓度) from station values: the mean over the city's assessment stations (HJ 663-2013 §5, after
 * HJ 663-2013 — the city's value is the mean over all its assessment stations (城市点), and the city AQI comes from
 * those means, not from the worst station). Control sites (对照点) are not averaged: give the `stationList`
 * (e.g. from {@link parseStationList}) with the stations keyed by code and they are left out, or pass only
 * assessment stations.
 *
 * **Averaging** (`by`; which one HJ 663 prescribes is UNCONFIRMED):
 * - `'hour'` (default): each hour's city value is the mean of that hour's valid station values; the city's daily
 *   means, MDA8 and annual items then follow from this hourly series exactly as for a station (GB 3095 Table 4 on
 *   the city's hours). This is the default because the national platform publishes hourly city concentrations and a
 *   real-time city AQI, which can only come from the stations' values of the hour; it gives one chain for every
 *   statistic — a city MDA8 is the largest 8h mean of the city's hours, not a mean of the stations' maxima at
 *   different hours — and an hour a station misses is covered by the others.
 * - `'day'`: the city's daily value is the mean of the stations' valid daily values (pass each station's
 *   {@link dailyMeans} or {@link dailyMax8h} result); invalid station-days (`NaN`) are left out.
 *
 * The two differ slightly: Liuzhou's six stations in 2019 give a raw PM2.5 annual mean of 34.65 µg/m³ by hour and
 * 34.70 by station-day.
 *
 * A step's value needs `minStations` stations with a valid value (default 1: no rule is read in HJ 663;
 * UNCONFIRMED). The stations are summed in an order fixed by their data, so the result does not depend on the
 * order they are given in, bit for bit. Stations may start and end at different times: the result spans them all.
 *
 * @param stations - The stations' series: a list, or an object keyed by station code. `by: 'hour'`: hourly series
 *   `{ start, values }` or `{ time, value }` records; `by: 'day'`: daily series (`start: 'YYYY-MM-DD'`) or records.
 * @param options - `by`, `minStations`, `pollutant`, `stationList`, and the `label` / `timeZone` of hourly data.
 * @returns The city series with, per step, the stations that had a value and the mean over them.
 * @throws {LantianError} `INVALID_TYPE` when `stations` is not a list or an object; `EMPTY_INPUT` without stations.
 * @throws {LantianError} The errors of {@link dailyMeans} (hourly) or {@link periodMean} (daily) for a station's
 *   series, with the path `['stations', code or index, …]`.
 * @throws {LantianError} `INVALID_INPUT` when the stations name different pollutants or their hours do not line up,
 *   or (with `stationList`) a code is not in the list or the stations are of different cities; `EMPTY_INPUT` when
 *   the list leaves no assessment station; the codes of {@link station} for a bad list entry.
 * @throws {LantianError} `INVALID_OPTION` for an unknown `by`, a `minStations` above the number of stations, or a
 *   `stationList` with stations given as a list;
 *   `NOT_AN_INTEGER`, `OUT_OF_RANGE`, `UNKNOWN_OPTION` for other bad options.
 * @example
 * ```ts
 * const city = cityMean({
 *   '1871A': { start: '2019-01-01 01:00', values: [20, 30, null] },
 *   '1872A': { start: '2019-01-01 01:00', values: [40, null, null] },
 * });
 * city.start; //=> '2019-01-01T01:00+08:00'
 * Array.from(city.values); //=> [30, 30, NaN]
 * Array.from(city.stations); //=> [2, 1, 0]
 *
 * // The mean of the stations' daily means instead:
 * const byDay = cityMean([{ start: '2019-01-01', values: [30, 40] }, { start: '2019-01-02', values: [50] }], { by: 'day' });
 * byDay.start; //=> '2019-01-01'
 * Array.from(byDay.values); //=> [30, 45]
 * ```
 */
export function cityMean(stations: CityStations<HourlyInput>, options?: CityMeanOptions & { readonly by?: 'hour' }): CityHourlyMean;
export function cityMean(stations: CityStations<DailyInput>, options: CityMeanOptions & { readonly by: 'day' }): CityDailyMean;
export function cityMean(stations: CityStations<HourlyInput | DailyInput>, options?: CityMeanOptions): CityHourlyMean | CityDailyMean;
export function cityMean(stations: CityStations<HourlyInput | DailyInput>, options?: CityMeanOptions): CityHourlyMean | CityDailyMean {
  const opts = readOptions(options, OPTION_KEYS);
  const by = opts['by'] === undefined ? 'hour' : requireMember(opts['by'], CITY_AVERAGINGS, ['options', 'by'], 'INVALID_OPTION');
  const { entries, excluded } = assessmentStations(stationEntries(stations), opts['stationList']);
  const minStations = readMinimum(opts['minStations'], 1, ['options', 'minStations'], 1, MAX_CITY_STATIONS);
  if (minStations > entries.length) {
    throw new LantianError('INVALID_OPTION', ['options', 'minStations'], `${minStations} stations needed, ${entries.length} given`);
  }
  const time = readTimeConventions(opts);

  if (by === 'hour') {
    const frames = entries.map(([key, input]) => readHourly(input, time, opts['pollutant'], ['stations', key]));
    const first = frames[0] as HourlyFrame;
    // Each station's offset, in hours, from the earliest start; all must lie on one grid of hours.
    const origin = Math.min(...frames.map((f) => f.origin));
    const offsets = frames.map((f, i) => {
      const hours = (f.origin - origin) / MS_PER_HOUR;
      if (!Number.isInteger(hours)) {
        throw new LantianError('INVALID_INPUT', ['stations', entries[i]?.[0] as string | number, 'start'], 'its hours do not line up with the other stations’');
      }
      return hours;
    });
    const combined = combine(frames, offsets, minStations, MAX_HOURLY_LENGTH);
    const frame: HourlyFrame = { ...first, origin, values: combined.values };
    return {
      by: 'hour',
      start: labelOf(frame, 0),
      label: time.label,
      pollutant: commonPollutant(frames, entries),
      ...combined,
      stationCount: entries.length,
      excluded,
      minStations,
    };
  }

  const frames = entries.map(([key, input]) => readDailyInput(input, time.zone, opts['pollutant'], ['stations', key]));
  const firstDay = Math.min(...frames.map((f) => f.firstDay));
  const combined = combine(
    frames,
    frames.map((f) => f.firstDay - firstDay),
    minStations,
    MAX_DAILY_LENGTH,
  );
  return {
    by: 'day',
    start: formatDay(firstDay),
    pollutant: commonPollutant(frames, entries),
    ...combined,
    stationCount: entries.length,
    excluded,
    minStations,
  };
}

/** The stations as `[key, series]` pairs: list indices or station codes. */
function stationEntries(stations: unknown): Array<[string | number, unknown]> {
  let entries: Array<[string | number, unknown]>;
  if (Array.isArray(stations)) entries = stations.map((s, i) => [i, s]);
  else if (isRecord(stations) && !ArrayBuffer.isView(stations)) entries = Object.entries(stations);
  else {
    throw new LantianError('INVALID_TYPE', ['stations'], `expected a list of station series or an object keyed by station code, received ${describe(stations)}`);
  }
  if (entries.length === 0) throw new LantianError('EMPTY_INPUT', ['stations'], 'no station to average');
  if (entries.length > MAX_CITY_STATIONS) {
    throw new LantianError('OUT_OF_RANGE', ['stations'], `${entries.length} stations, at most ${MAX_CITY_STATIONS}`);
  }
  return entries;
}

/**
 * Keeps the assessment stations of a station list: every key must be a listed code, all of one city; control sites
 * are dropped. Without a list every station is kept.
 */
function assessmentStations(
  entries: Array<[string | number, unknown]>,
  list: unknown,
): { entries: Array<[string | number, unknown]>; excluded: string[] } {
  if (list === undefined) return { entries, excluded: [] };
  if (!Array.isArray(list)) {
    throw new LantianError('INVALID_TYPE', ['options', 'stationList'], `expected a list of stations, received ${describe(list)}`);
  }
  if (entries.some(([key]) => typeof key === 'number')) {
    throw new LantianError('INVALID_OPTION', ['options', 'stationList'], 'a station list needs the stations keyed by code');
  }
  // The list indexed by code in one cheap pass; only the entries of the stations given are read in full (a national
  // list has thousands of entries, a city a handful).
  const byCode = new Map<string, number>();
  list.forEach((s: unknown, i) => {
    const code = isRecord(s) ? s['code'] : undefined;
    if (typeof code !== 'string') throw new LantianError('INVALID_TYPE', ['options', 'stationList', i, 'code'], `expected a station with a code, received ${describe(s)}`);
    byCode.set(code, i);
  });
  const kept: Array<[string | number, unknown]> = [];
  const excluded: string[] = [];
  let city: string | undefined;
  for (const [key, input] of entries) {
    const at = byCode.get(key as string);
    if (at === undefined) throw new LantianError('INVALID_INPUT', ['stations', key], `station ${key} is not in the station list`);
    const s: Station = parseWith(StationSchema, list[at], ['options', 'stationList', at]);
    if (city !== undefined && s.city !== city) {
      throw new LantianError('INVALID_INPUT', ['stations', key], `station ${key} is in ${s.city}, the others in ${city}`);
    }
    city = s.city;
    if (s.assessment) kept.push([key, input]);
    else excluded.push(key as string);
  }
  if (kept.length === 0) throw new LantianError('EMPTY_INPUT', ['stations'], 'no assessment station: every station given is a control site');
  return { entries: kept, excluded: excluded.sort() };
}

/** The pollutant the stations name: all the same, or none. */
function commonPollutant(frames: ReadonlyArray<HourlyFrame | DailyFrame>, entries: ReadonlyArray<[string | number, unknown]>): AirItem | undefined {
  let pollutant: AirItem | undefined;
  frames.forEach((f, i) => {
    if (f.pollutant === undefined) return;
    if (pollutant !== undefined && f.pollutant !== pollutant) {
      const path: ErrorPath = ['stations', entries[i]?.[0] as string | number, 'pollutant'];
      throw new LantianError('INVALID_INPUT', path, `the stations measure different pollutants: ${pollutant} and ${f.pollutant}`);
    }
    pollutant = f.pollutant;
  });
  return pollutant;
}

/**
 * Averages aligned station series: station `s` starts `offsets[s]` steps after the first. The stations are first put
 * in a canonical order — by start, length, then values — and summed in that order, column by column, so the sum of
 * every step is the same whatever the order they were given in, to the last bit. The mean is kept within the
 * step's values (floating point cannot then push it outside them).
 */
export function combine(
  frames: ReadonlyArray<{ readonly values: Float64Array | Float32Array }>,
  offsets: ReadonlyArray<number>,
  minStations: number,
  maxLength: number,
): { values: Float64Array; observed: Float64Array; stations: Uint16Array; valid: Uint8Array } {
  let length = 0;
  frames.forEach((f, s) => {
    length = Math.max(length, (offsets[s] as number) + f.values.length);
  });
  if (length > maxLength) {
    throw new LantianError('SERIES_TOO_LONG', ['stations'], `together the stations span ${length} steps, at most ${maxLength}`);
  }
  const sum = new Float64Array(length);
  const lo = new Float64Array(length).fill(Infinity);
  const hi = new Float64Array(length).fill(-Infinity);
  const stations = new Uint16Array(length);
  for (const s of canonicalOrder(frames, offsets)) {
    const v = (frames[s] as { readonly values: Float64Array | Float32Array }).values;
    const o = offsets[s] as number;
    for (let i = 0; i < v.length; i++) {
      const x = (v[i] as number) + 0; // + 0 turns −0 into 0
      if (x !== x) continue;
      const t = i + o;
      sum[t] = (sum[t] as number) + x;
      stations[t] = (stations[t] as number) + 1;
      if (x < (lo[t] as number)) lo[t] = x;
      if (x > (hi[t] as number)) hi[t] = x;
    }
  }
  const values = new Float64Array(length);
  const observed = new Float64Array(length);
  const valid = new Uint8Array(length);
  for (let t = 0; t < length; t++) {
    const c = stations[t] as number;
    if (c === 0) {
      values[t] = NaN;
      observed[t] = NaN;
      continue;
    }
    const mean = Math.min(hi[t] as number, Math.max(lo[t] as number, (sum[t] as number) / c));
    observed[t] = mean;
    if (c >= minStations) {
      values[t] = mean;
      valid[t] = 1;
    } else values[t] = NaN;
  }
  return { values, observed, stations, valid };
}

/**
 * The stations' indices in an order that depends only on their data: by offset, by length, then by their values
 * (missing after any number; −0 as 0). Stations that compare equal hold the same data, so their order is moot.
 */
function canonicalOrder(frames: ReadonlyArray<{ readonly values: Float64Array | Float32Array }>, offsets: ReadonlyArray<number>): number[] {
  const compare = (a: number, b: number): number => {
    const d = (offsets[a] as number) - (offsets[b] as number);
    if (d !== 0) return d;
    const va = (frames[a] as { readonly values: Float64Array | Float32Array }).values;
    const vb = (frames[b] as { readonly values: Float64Array | Float32Array }).values;
    if (va.length !== vb.length) return va.length - vb.length;
    for (let i = 0; i < va.length; i++) {
      const x = (va[i] as number) + 0;
      const y = (vb[i] as number) + 0;
      if (x === y || (x !== x && y !== y)) continue;
      if (x !== x) return 1;
      if (y !== y) return -1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
  return frames.map((_, s) => s).sort(compare);
}
