import * as z from 'zod/mini';
import { LantianError } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { type Station, StationSchema } from '../assessment/stations.js';
import { type DayLayout, layoutDays, readHourly, readTimeConventions } from '../series/internal.js';
import { HOUR_LABELS, type HourLabel } from '../series/types.js';
import type { Zone } from '../_lib/zone.js';
import { formatInstant } from '../_lib/zone.js';
import { MS_PER_HOUR } from '../_lib/time.js';
import { describe, isRecord, parseWith, readOptions, requireInteger, requireMember } from '../_lib/validate.js';

/** The most station-hours of one pollutant a frame holds: 2³¹ − 1 (the length of a typed array index). */
export const MAX_FRAME_VALUES = 2 ** 31 - 1;

/** The values of one pollutant in a frame: station-major, `stations.length × hours`, `NaN` missing. */
export type FrameValues = Float64Array | Float32Array;

const typedValues = z.custom<FrameValues>((v) => v instanceof Float64Array || v instanceof Float32Array, {
  message: 'expected a Float64Array or a Float32Array',
  params: { code: 'INVALID_TYPE' },
});

/**
 * The input of {@link stationFrame} (validates its shape; the values themselves are checked by `stationFrame`):
 * `start` (the label of the first hour), `hours`, `stations` (codes or {@link Station} records), `values` by
 * pollutant (one station-major typed array each), `label` and `timeZone`.
 */
export const StationFrameSchema = z.strictObject({
  start: z.union([z.string(), z.date(), z.number()]),
  hours: z.int().check(z.minimum(1), z.maximum(MAX_FRAME_VALUES)),
  stations: z.array(z.union([z.string().check(z.minLength(1), z.maxLength(32)), StationSchema])).check(z.minLength(1)),
  values: z.partialRecord(z.enum(POLLUTANTS), typedValues),
  label: z.optional(z.enum(HOUR_LABELS)),
  timeZone: z.optional(z.string()),
});

/** What {@link stationFrame} takes (read-only lists welcome: the frame never writes to its input). */
export interface StationFrameInput extends Omit<z.input<typeof StationFrameSchema>, 'stations' | 'values'> {
  readonly stations: ReadonlyArray<z.input<typeof StationFrameSchema>['stations'][number]>;
  readonly values: Readonly<z.input<typeof StationFrameSchema>['values']>;
}

/** Many stations' hourly data on one time axis, validated once (see {@link stationFrame}). */
export interface StationFrame {
  /** The label of the first hour, ISO 8601 with the zone's offset (`'2024-01-01T01:00+08:00'`). */
  readonly start: string;
  readonly hours: number;
  /** The station codes, in the order of the rows of `values`. */
  readonly stations: ReadonlyArray<string>;
  /** The station records, when `stations` were given as records. */
  readonly stationRecords: ReadonlyArray<Station> | undefined;
  /** Station-major values by pollutant: station `i`'s hour `h` is `values[p][i * hours + h]`. Never written. */
  readonly values: Readonly<Partial<Record<Pollutant, FrameValues>>>;
  readonly label: HourLabel;
  /** The zone of the natural days (`undefined`: Beijing time). */
  readonly timeZone: string | undefined;
}

/** What the engine reads from a frame beyond its fields: the time axis, resolved once. */
export interface FrameAxis {
  readonly zone: Zone;
  /** The instant (epoch ms) at which the first hour begins. */
  readonly origin: number;
  /** The natural days the hours touch. */
  readonly layout: DayLayout;
  /**
   * Per pollutant, `1` for each station whose values are all whole numbers up to 2⁴⁰ (as published data of most
   * pollutants are): their sums are exact in any order. Unknown (absent) for frames rebuilt without the scan.
   */
  readonly whole: Readonly<Partial<Record<Pollutant, Uint8Array>>>;
}

/** The frames made by {@link stationFrame} (or rebuilt from one in a worker), with their axes: the mark of trust. */
const AXES = new WeakMap<StationFrame, FrameAxis>();

/**
 * A frame of many stations' hourly data on one time axis (DESIGN.md "Fast on national data"): `values` maps each
 * pollutant to one station-major typed array (`Float64Array`, or `Float32Array` to halve the memory) of
 * `stations.length × hours` values, `NaN` missing; hours are labelled as for {@link dailyMeans} (hour-end labels
 * in Beijing time by default, HJ 663-2013). The frame is validated once — shape, lengths, every value (finite,
 * not negative), the time axis — and is then trusted by {@link assessStations}, {@link assessStationsAsync} and
 * {@link assessCities}: they do not check it again. The arrays are used as they are, never copied and never
 * written; do not write to them after making the frame.
 *
 * @param input - `{ start, hours, stations, values, label?, timeZone? }`.
 * @returns The frame (frozen).
 * @throws {LantianError} `INVALID_TYPE`, `OUT_OF_RANGE`, `NOT_AN_INTEGER`, `UNKNOWN_OPTION` for a bad shape (path
 *   under `frame`); `UNKNOWN_POLLUTANT` for a key of `values` that is not a pollutant; `INVALID_INPUT` for an array
 *   of the wrong length or a station code given twice; `NEGATIVE_VALUE`/`NOT_FINITE` for a bad value (path: its
 *   pollutant and index); `INVALID_DATE` for a start that cannot be read or is not on a whole hour;
 *   `INVALID_OPTION` for a bad `label` or `timeZone`.
 * @example
 * ```ts
 * const frame = stationFrame({
 *   start: '2024-01-01 01:00',
 *   hours: 24,
 *   stations: ['1001A', '1002A'],
 *   values: { pm25: new Float64Array([...Array(24).fill(30), ...Array(24).fill(50)]) },
 * });
 * frame.stations; //=> ['1001A', '1002A']
 * frame.start; //=> '2024-01-01T01:00+08:00'
 * ```
 */
export function stationFrame(input: StationFrameInput): StationFrame {
  if (!isRecord(input)) throw new LantianError('INVALID_TYPE', ['frame'], `expected { start, hours, stations, values }, received ${describe(input)}`);
  readOptions(input, ['start', 'hours', 'stations', 'values', 'label', 'timeZone'], ['frame']);
  if (isRecord(input['values'])) {
    for (const key of Object.keys(input['values'])) requireMember(key, POLLUTANTS, ['frame', 'values', key], 'UNKNOWN_POLLUTANT');
  }
  const parsed = parseWith(StationFrameSchema, input, ['frame']);
  const hours = requireInteger(parsed.hours, ['frame', 'hours'], 1, MAX_FRAME_VALUES);
  const codes = parsed.stations.map((s) => (typeof s === 'string' ? s : s.code));
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (seen.has(code)) throw new LantianError('INVALID_INPUT', ['frame', 'stations', i], `station ${code} appears twice`);
    seen.add(code);
  });
  const records = parsed.stations.every((s) => typeof s !== 'string') ? (parsed.stations as Station[]) : undefined;
  const length = codes.length * hours;
  if (length > MAX_FRAME_VALUES) {
    throw new LantianError('SERIES_TOO_LONG', ['frame', 'hours'], `${codes.length} stations × ${hours} hours, at most ${MAX_FRAME_VALUES} values`);
  }
  const values: Partial<Record<Pollutant, FrameValues>> = {};
  const whole: Partial<Record<Pollutant, Uint8Array>> = {};
  for (const p of POLLUTANTS) {
    const column = parsed.values[p];
    if (column === undefined) continue;
    if (column.length !== length) {
      throw new LantianError('INVALID_INPUT', ['frame', 'values', p], `expected ${codes.length} stations × ${hours} hours = ${length} values, received ${column.length}`);
    }
    whole[p] = checkFrameValues(column, codes.length, hours, ['frame', 'values', p]);
    values[p] = column;
  }
  const time = readTimeConventions({ label: parsed.label, timeZone: parsed.timeZone }, ['frame']);
  // The start is read as the start of an hourly series (whole hours, label convention), with no values.
  const head = readHourly({ start: parsed.start, values: new Float64Array(0) }, time, undefined, ['frame']);
  return makeFrame(
    {
      start: formatInstant(time.zone, time.label === 'end' ? head.origin + MS_PER_HOUR : head.origin),
      hours,
      stations: Object.freeze(codes),
      stationRecords: records === undefined ? undefined : Object.freeze(records),
      values: Object.freeze(values),
      label: time.label,
      timeZone: parsed.timeZone,
    },
    time.zone,
    head.origin,
    whole,
  );
}

/**
 * Freezes a frame whose values are known to be valid and records its axis (internal: also used by workers), with
 * what is known of which stations hold whole numbers only.
 */
export function makeFrame(frame: StationFrame, zone: Zone, origin: number, whole: FrameAxis['whole'] = {}): StationFrame {
  const frozen = Object.freeze(frame);
  AXES.set(frozen, { zone, origin, layout: layoutDays(zone, origin, frame.hours), whole });
  return frozen;
}

/** The axis of a frame made by {@link stationFrame}; `INVALID_TYPE` for anything else. */
export function frameAxis(frame: unknown, path: ReadonlyArray<string | number> = ['frame']): FrameAxis {
  const axis = typeof frame === 'object' && frame !== null ? AXES.get(frame as StationFrame) : undefined;
  if (axis === undefined) throw new LantianError('INVALID_TYPE', path, 'expected a frame made by stationFrame()');
  return axis;
}

/**
 * Throws for the first value that is negative or infinite (`NaN` is missing); returns, per station, whether all its
 * values are whole numbers up to 2⁴⁰. One pass, no call per value on the common path.
 */
function checkFrameValues(values: FrameValues, stations: number, hours: number, path: ReadonlyArray<string | number>): Uint8Array {
  const whole = new Uint8Array(stations);
  for (let s = 0; s < stations; s++) {
    let all = 1;
    for (let i = s * hours, end = i + hours; i < end; i++) {
      const v = values[i] as number;
      if (v >= 0 && v !== Infinity) {
        if (v > 2 ** 40 || v - Math.floor(v) !== 0) all = 0;
        continue;
      }
      if (v !== v) continue;
      throw new LantianError(v < 0 ? 'NEGATIVE_VALUE' : 'NOT_FINITE', [...path, i], `received ${v}`);
    }
    whole[s] = all;
  }
  return whole;
}
