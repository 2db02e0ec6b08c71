/**
 * Results as tidy records — one value per row with its station, time, pollutant and statistic — and records as CSV
 * or JSON text, so results go to pandas, R, Excel or a database without glue.
 */
import Papa from 'papaparse';
import { LantianError } from '../errors.js';
import { type AqiEdition, AQI_EDITIONS, aqiEditionOn } from '../editions/index.js';
import { aqiColumns, primaryPollutantsOf } from '../aqi/aqiColumns.js';
import type { AqiReport } from '../aqi/reports.js';
import type { GuidelineAssessment } from '../assessment/assessGuidelines.js';
import type { YearAssessment } from '../assessment/assessYear.js';
import type { StationAssessments } from '../frame/assessStations.js';
import { type Indicator, POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { formatDay } from '../_lib/time.js';
import { describe, isRecord, readOptions, requireMember } from '../_lib/validate.js';
import { type CnemcFrameInput, hourKey, labelOfKey } from './frameInput.js';

/**
 * One value of a result in long ("tidy") form. `time` is the period the value belongs to: a year `'2025'`, a day
 * `'2025-01-28'` or an hour label `'2025-01-28 08:00'`. `pollutant` is a pollutant id, an indicator id (IAQI rows)
 * or `'all'` for the place as a whole.
 */
export interface TidyRecord {
  readonly station: string;
  readonly time: string;
  readonly pollutant: string;
  readonly statistic: string;
  /** The value as published (rounded as the standard says), `null` where there is none. */
  readonly value: number | null;
  /** The limit it is judged against, `null` when none. */
  readonly limit: number | null;
  /** Whether the data meet the validity rules, `null` when the rules do not apply. */
  readonly valid: boolean | null;
  /** Within the limit; `null` when not judged. */
  readonly attains: boolean | null;
}

/** Options of {@link yearRecords}. */
export interface YearRecordsOptions {
  /** The station code or city name written in each record. */
  readonly station: string;
  /** Add one record per day with its AQI (default `false`). */
  readonly daily?: boolean;
}

const num = (v: number | null | undefined): number | null => (v === null || v === undefined || v !== v ? null : v);

function record(station: string, time: string, pollutant: string, statistic: string, value: number | null, rest: Partial<TidyRecord> = {}): TidyRecord {
  return { station, time, pollutant, statistic, value: num(value), limit: rest.limit ?? null, valid: rest.valid ?? null, attains: rest.attains ?? null };
}

function readStation(options: Readonly<Record<string, unknown>>, required: boolean): string {
  const station = options['station'];
  if (station === undefined && !required) return '';
  if (typeof station !== 'string') throw new LantianError('INVALID_TYPE', ['options', 'station'], `expected a string, received ${describe(station)}`);
  return station;
}

/**
 * The annual assessment of a station or a city (the result of `assessYear`, `assessCity(...).assessment` or a frame
 * report) as tidy records: each annual item (HJ 663-2013: annual means and percentiles against GB 3095 limits) with
 * its limit, validity and attainment; per pollutant the exceedance days and the compliance rate; for the place the
 * attainment, the comprehensive index, valid, good and heavily polluted days and the good-days ratio; with `daily`,
 * each day's AQI.
 *
 * @param assessment - An annual assessment.
 * @param options - `station` (the code or name written in each record), `daily`.
 * @returns The records, items first.
 * @throws {LantianError} `INVALID_TYPE` for an assessment that is not one, or a bad option; `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const days = (v: number) => ({ start: '2025-01-01', values: Array(365).fill(v) });
 * const r = assessYear(
 *   { daily: { so2_24h: days(10), no2_24h: days(30), co_24h: days(0.8), o3_8h: days(120), pm10_24h: days(60), pm25_24h: days(40) } },
 *   { year: 2025 },
 * );
 * const records = yearRecords(r, { station: '1001A' });
 * records.find((x) => x.pollutant === 'pm25' && x.statistic === 'annualMean'); //=> { station: '1001A', time: '2025', pollutant: 'pm25', statistic: 'annualMean', value: 40, limit: 35, valid: true, attains: false }
 * ```
 */
export function yearRecords(assessment: YearAssessment, options: YearRecordsOptions): TidyRecord[] {
  const opts = readOptions(options, ['station', 'daily']);
  const station = readStation(opts, true);
  if (!isRecord(assessment) || !Array.isArray(assessment.items) || typeof assessment.year !== 'number') {
    throw new LantianError('INVALID_TYPE', ['assessment'], `expected an annual assessment, received ${describe(assessment)}`);
  }
  const daily = opts['daily'];
  if (daily !== undefined && typeof daily !== 'boolean') throw new LantianError('INVALID_TYPE', ['options', 'daily'], `expected a boolean, received ${describe(daily)}`);
  const time = String(assessment.year);
  const out: TidyRecord[] = assessment.items.map((item) =>
    record(station, time, item.pollutant, item.statistic, item.value, { limit: item.limit, valid: item.valid, attains: item.attains }),
  );
  for (const p of POLLUTANTS) {
    const e = assessment.exceedance[p];
    out.push(record(station, time, p, 'exceedanceDays', e.exceedanceDays, { valid: e.validDays > 0 }));
    out.push(record(station, time, p, 'complianceRate', e.complianceRate, { valid: e.validDays > 0 }));
  }
  const d = assessment.days;
  out.push(record(station, time, 'all', 'attainment', null, { attains: assessment.attains }));
  out.push(record(station, time, 'all', 'comprehensiveIndex', assessment.comprehensiveIndex?.total ?? null));
  out.push(record(station, time, 'all', 'validDays', d.validDays));
  out.push(record(station, time, 'all', 'goodDays', d.goodDays));
  out.push(record(station, time, 'all', 'heavyDays', d.heavyDays));
  out.push(record(station, time, 'all', 'goodDaysRatio', d.goodDaysRatio));
  if (daily === true) for (const day of assessment.daily) out.push(record(station, day.date, 'all', 'aqi', day.aqi, { valid: day.aqi !== null }));
  return out;
}

/**
 * Every station of an engine result (`assessStations`, or the `cityColumns`/`stationColumns` of
 * `assessCities`) as tidy records: {@link yearRecords} of each station's report, stations in the result's
 * order, each record carrying its station's code.
 *
 * @param result - A result of the national engine.
 * @param options - `daily`: add one record per station-day with its AQI (default `false`).
 * @returns The records of every station.
 * @throws {LantianError} `INVALID_TYPE` for a result that is not one, or a bad option; `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const hours = 365 * 24;
 * const pm25 = new Float64Array(2 * hours).fill(30, 0, hours).fill(50, hours);
 * const r = assessStations(stationFrame({ start: '2025-01-01 01:00', hours, stations: ['A', 'B'], values: { pm25 } }), { year: 2025 });
 * stationsRecords(r).filter((x) => x.pollutant === 'pm25' && x.statistic === 'annualMean').map((x) => [x.station, x.value, x.attains]);
 * //=> [['A', 30, true], ['B', 50, false]]
 * ```
 */
export function stationsRecords(result: StationAssessments, options?: { readonly daily?: boolean }): TidyRecord[] {
  if (!isRecord(result) || typeof result['report'] !== 'function' || !Array.isArray(result['stations'])) {
    throw new LantianError('INVALID_TYPE', ['result'], `expected a result of assessStations, received ${describe(result)}`);
  }
  const daily = readOptions(options, ['daily'])['daily'] === true;
  return result.stations.flatMap((station, i) => yearRecords(result.report(i), { station, daily }));
}

/**
 * A year against the WHO 2021 guideline levels or the EU limit values (the result of `assessGuidelines`) as tidy
 * records: each item — statistic `'<averaging> <statistic>'`, e.g. `'daily exceedances'` — with the limit it is judged
 * by (the EU value, or WHO's AQG), its validity and attainment; then the place's attainment.
 *
 * @param assessment - A guideline assessment.
 * @param options - `station` (the code or name written in each record).
 * @returns The records, items first.
 * @throws {LantianError} `INVALID_TYPE` for an assessment that is not one, or a bad option; `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const days = (v: number) => ({ start: '2025-01-01', values: Array(365).fill(v) });
 * const who = assessGuidelines({ daily: { pm25_24h: days(24) } }, { year: 2025, edition: 'WHO-2021', pollutants: ['pm25'] });
 * const records = guidelineRecords(who, { station: '1001A' });
 * records.map((r) => [r.statistic, r.value, r.limit, r.attains]); //=> [['annual annualMean', 24, 5, false], ['daily p99', 24, 15, false], ['attainment', null, null, false]]
 * ```
 */
export function guidelineRecords(assessment: GuidelineAssessment, options: { readonly station: string }): TidyRecord[] {
  const opts = readOptions(options, ['station']);
  const station = readStation(opts, true);
  if (!isRecord(assessment) || !Array.isArray(assessment.items) || typeof assessment.year !== 'number') {
    throw new LantianError('INVALID_TYPE', ['assessment'], `expected a guideline assessment, received ${describe(assessment)}`);
  }
  const time = String(assessment.year);
  const out = assessment.items.map((item) =>
    record(station, time, item.pollutant, `${item.averaging} ${item.statistic}`, item.value, { limit: item.limit, valid: item.valid, attains: item.attains }),
  );
  out.push(record(station, time, 'all', 'attainment', null, { attains: assessment.attains }));
  return out;
}

/**
 * An AQI report (`dailyAqi`, `hourlyAqi`) as tidy records: the AQI, then each indicator's concentration and IAQI
 * (HJ 633-2012 §5, HJ 633-2026 §5).
 *
 * @param report - The report.
 * @param options - `station` and `time` written in each record (default `''`).
 * @returns The records: `aqi` for `'all'`, then `concentration` and `iaqi` per indicator.
 * @throws {LantianError} `INVALID_TYPE` for a report that is not one, or a bad option; `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const records = aqiRecords(dailyAqi({ pm25_24h: 75, o3_8h: 120 }, { edition: 'HJ633-2012' }), { station: '1001A', time: '2025-01-28' });
 * records[0]; //=> { station: '1001A', time: '2025-01-28', pollutant: 'all', statistic: 'aqi', value: 100, limit: null, valid: true, attains: null }
 * records.filter((r) => r.statistic === 'iaqi' && r.valid).map((r) => [r.pollutant, r.value]); //=> [['o3_8h', 67], ['pm25_24h', 100]]
 * ```
 */
export function aqiRecords(report: AqiReport, options?: { readonly station?: string; readonly time?: string }): TidyRecord[] {
  const opts = readOptions(options, ['station', 'time']);
  const station = readStation(opts, false);
  const time = opts['time'] === undefined ? '' : opts['time'];
  if (typeof time !== 'string') throw new LantianError('INVALID_TYPE', ['options', 'time'], `expected a string, received ${describe(time)}`);
  if (!isRecord(report) || !isRecord(report.iaqi) || !isRecord(report.concentrations)) {
    throw new LantianError('INVALID_TYPE', ['report'], `expected an AQI report, received ${describe(report)}`);
  }
  const out = [record(station, time, 'all', 'aqi', report.aqi, { valid: report.aqi !== null })];
  for (const [indicator, c] of Object.entries(report.concentrations)) {
    out.push(record(station, time, indicator, 'concentration', c ?? null, { valid: c !== null }));
    out.push(record(station, time, indicator, 'iaqi', report.iaqi[indicator as Indicator] ?? null, { valid: c !== null }));
  }
  return out;
}

const NO_POLLUTANTS: ReadonlyArray<Pollutant> = Object.freeze([]);

/** The real-time AQI of one station-hour, a flat record (see {@link hourlyAqiRecords}). */
export interface HourlyAqiRecord {
  readonly station: string;
  /** The hour's label, `'YYYY-MM-DD HH:mm'` (its end, Beijing time). */
  readonly time: string;
  readonly aqi: number | null;
  /** The category level 1…6, `null` without an AQI. */
  readonly level: number | null;
  readonly primaryPollutants: ReadonlyArray<Pollutant>;
  readonly edition: AqiEdition;
  readonly so2: number | null;
  readonly no2: number | null;
  readonly co: number | null;
  readonly o3: number | null;
  readonly pm10: number | null;
  readonly pm25: number | null;
}

/**
 * The real-time (hourly) AQI of every station-hour of a frame input, as flat records: the AQI from the 1-hour values
 * of the six pollutants (HJ 633-2026 §5.2; for HJ 633-2012 the national platform's practice, which HJ 633-2026 wrote
 * into the standard), its level and primary pollutants, and the values it came from. The edition of each hour is the
 * one in force on the natural day the hour belongs to (the hour labelled 2026-03-01 00:00 closes 28 February; with
 * `label: 'start'` it opens 1 March), unless `edition` is given. Times are the input's own labels. Station-hours
 * without any value are left out.
 *
 * @param input - A frame input, as the readers return (labels the hour's end).
 * @param options - `edition` for every hour.
 * @returns One record per station-hour with data, station by station, in time order.
 * @throws {LantianError} `INVALID_TYPE` for an input that is not a frame input; `UNKNOWN_EDITION`, `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const input = readCnemcHourly('timepoint,stationcode,pm10,pm2_5,o3,no2,so2,co\n2022-01-01T01:00:00,1001A,65,39,34,79,8,1.2');
 * const [r] = hourlyAqiRecords(input);
 * [r?.station, r?.time, r?.aqi, r?.level, r?.primaryPollutants, r?.edition]; //=> ['1001A', '2022-01-01 01:00', 58, 2, ['pm10'], 'HJ633-2012']
 * r?.pm10; //=> 65
 * ```
 */
export function hourlyAqiRecords(input: CnemcFrameInput, options?: { readonly edition?: AqiEdition }): HourlyAqiRecord[] {
  const opts = readOptions(options, ['edition']);
  const fixed = opts['edition'] === undefined ? undefined : requireMember(opts['edition'], AQI_EDITIONS, ['options', 'edition'], 'UNKNOWN_EDITION');
  if (!isRecord(input) || !Array.isArray(input.stations) || !isRecord(input.values) || typeof input.hours !== 'number' || typeof input.start !== 'string') {
    throw new LantianError('INVALID_TYPE', ['input'], `expected a frame input { start, hours, stations, values }, received ${describe(input)}`);
  }
  const { hours, stations } = input;
  const first = hourKey(Date.UTC(Number(input.start.slice(0, 4)), Number(input.start.slice(5, 7)) - 1, Number(input.start.slice(8, 10))) / 86_400_000, Number(input.start.slice(11, 13)));
  // The natural day of an hour: an end label h:00 closes the hour begun at h−1; a start label opens it.
  const shift = input.label === 'start' ? 0 : 1;
  const editionOf = (h: number): AqiEdition => fixed ?? aqiEditionOn(formatDay(Math.floor((first + h - shift) / 24)));
  const out: HourlyAqiRecord[] = [];
  // One frozen list per primary-pollutant mask, shared by the records of this call.
  const lists = new Map<number, ReadonlyArray<Pollutant>>();
  const primaryOf = (mask: number): ReadonlyArray<Pollutant> => {
    let list = lists.get(mask);
    if (list === undefined) lists.set(mask, (list = Object.freeze(primaryPollutantsOf(mask))));
    return list;
  };
  for (let from = 0; from < hours; ) {
    const edition = editionOf(from);
    let to = from + 1;
    while (to < hours && editionOf(to) === edition) to++;
    const n = to - from;
    const columns: Partial<Record<Indicator, Float64Array>> = {};
    for (const p of POLLUTANTS) {
      const values = input.values[p];
      if (values === undefined) continue;
      const column = new Float64Array(stations.length * n);
      for (let s = 0; s < stations.length; s++) column.set(values.subarray(s * hours + from, s * hours + to), s * n);
      columns[`${p}_1h` as Indicator] = column;
    }
    const r = aqiColumns(columns, { edition, kind: 'hourly' });
    // One label per hour and one list per primary-pollutant mask, shared by the records (plain data, never mutated).
    const labels = Array.from({ length: n }, (_, h) => labelOfKey(first + from + h));
    const empty = new Float64Array(stations.length * n).fill(NaN);
    const [so2, no2, co, o3, pm10, pm25] = POLLUTANTS.map((p) => columns[`${p}_1h` as Indicator] ?? empty) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    for (let s = 0; s < stations.length; s++) {
      for (let h = 0; h < n; h++) {
        const row = s * n + h;
        const c = [so2[row], no2[row], co[row], o3[row], pm10[row], pm25[row]] as number[];
        if (c.every((v) => v !== v)) continue;
        const aqi = r.length === 0 ? null : num(r.aqi[row]);
        out.push({
          station: stations[s] as string,
          time: labels[h] as string,
          aqi,
          level: aqi === null ? null : (r.level[row] as number),
          primaryPollutants: aqi === null ? NO_POLLUTANTS : primaryOf(r.primary[row] as number),
          edition,
          so2: num(c[0]),
          no2: num(c[1]),
          co: num(c[2]),
          o3: num(c[3]),
          pm10: num(c[4]),
          pm25: num(c[5]),
        });
      }
    }
    from = to;
  }
  return out;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value === value ? String(value) : '';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

function readRecords(records: unknown): ReadonlyArray<Record<string, unknown>> {
  if (!Array.isArray(records) || !records.every(isRecord)) {
    throw new LantianError('INVALID_TYPE', ['records'], `expected an array of records, received ${describe(records)}`);
  }
  return records;
}

/**
 * Records as CSV text (RFC 4180, written with papaparse): a header of the columns — the keys of the first record, or
 * `columns` — and one line per record. Empty cells for `null` and `NaN`, lists joined by spaces, `\r\n` line ends
 * as RFC 4180 and Excel expect.
 *
 * @param records - Flat records (e.g. from {@link yearRecords} or {@link hourlyAqiRecords}).
 * @param columns - The columns and their order (default: the first record's keys).
 * @returns The CSV text, ending with a line break.
 * @throws {LantianError} `INVALID_TYPE` for records that are not an array of objects, or columns that are not strings.
 * @example
 * ```ts
 * toCsv([{ station: '1001A', time: '2025', aqi: 57, primaryPollutants: ['pm10', 'pm25'], note: 'a, b' }]); //=> 'station,time,aqi,primaryPollutants,note\r\n1001A,2025,57,pm10 pm25,"a, b"\r\n'
 * ```
 */
export function toCsv(records: ReadonlyArray<object>, columns?: ReadonlyArray<string>): string {
  const rows = readRecords(records);
  if (columns !== undefined && (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string'))) {
    throw new LantianError('INVALID_TYPE', ['columns'], `expected an array of column names, received ${describe(columns)}`);
  }
  const fields = columns ?? Object.keys(rows[0] ?? {});
  const data = rows.map((r) => fields.map((f) => csvCell(r[f])));
  return `${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n' })}\r\n`;
}

/**
 * Records as JSON Lines text (one JSON object per line, `NaN` as `null`): what `pandas.read_json(lines=True)`, `jq`
 * and databases read.
 *
 * @param records - Flat records.
 * @returns The text, one line per record, each ending with `\n`.
 * @throws {LantianError} `INVALID_TYPE` for records that are not an array of objects.
 * @example
 * ```ts
 * toJsonLines([{ station: '1001A', aqi: 57 }, { station: '1002A', aqi: null }]); //=> '{"station":"1001A","aqi":57}\n{"station":"1002A","aqi":null}\n'
 * ```
 */
export function toJsonLines(records: ReadonlyArray<object>): string {
  return readRecords(records)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join('');
}
