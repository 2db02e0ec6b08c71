/**
 * The readers' result: the input of the national engine's `stationFrame` — many stations' hourly values on one time
 * axis, station-major — and the per-station view of it that the single-station functions take.
 */
import { LantianError } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import type { HourLabel, HourlySeries } from '../series/types.js';
import { formatDay } from '../_lib/time.js';
import { describe, isRecord } from '../_lib/validate.js';

/**
 * Many stations' hourly values on one time axis: the input of `stationFrame`. `values[p]` holds pollutant `p`
 * station-major — station `i`'s hour `h` at `i * hours + h` — with `NaN` where missing; `start` is the label of
 * the first hour (`'YYYY-MM-DD HH:mm'`, Beijing time, the hour's end when `label` is `'end'`).
 */
export interface CnemcFrameInput {
  /** The label of the first hour, `'YYYY-MM-DD HH:mm'`. */
  readonly start: string;
  /** The number of hours. */
  readonly hours: number;
  /** The station codes, in the order of the values. */
  readonly stations: ReadonlyArray<string>;
  /** Per pollutant, `stations.length × hours` values, station-major, `NaN` missing. */
  readonly values: Readonly<Partial<Record<Pollutant, Float64Array>>>;
  /** How hours are labelled: `'end'` (as CNEMC publishes). */
  readonly label?: HourLabel;
  /** The zone of the labels (default Beijing time). */
  readonly timeZone?: string;
}

/** Hours since 1970-01-01 00:00 of a wall-clock label (no zone: the labels' own). */
export function hourKey(day: number, hour: number): number {
  return day * 24 + hour;
}

/** `'YYYY-MM-DD HH:mm'` of an hour key. */
export function labelOfKey(key: number): string {
  const day = Math.floor(key / 24);
  return `${formatDay(day)} ${String(key - day * 24).padStart(2, '0')}:00`;
}

/** The hour key of a `'YYYY-MM-DD HH:mm'` label written by {@link labelOfKey}. */
function keyOfLabel(label: string): number {
  const day = Date.UTC(Number(label.slice(0, 4)), Number(label.slice(5, 7)) - 1, Number(label.slice(8, 10))) / 86_400_000;
  return hourKey(day, Number(label.slice(11, 13)));
}

/** A frame input from cells: `cell(station, hourKey, pollutant)` for each station and hour in range. */
export function frameFromCells(
  stations: ReadonlyArray<string>,
  first: number,
  hours: number,
  pollutants: ReadonlySet<Pollutant>,
  fill: (values: Partial<Record<Pollutant, Float64Array>>) => void,
): CnemcFrameInput {
  const values: Partial<Record<Pollutant, Float64Array>> = {};
  for (const p of POLLUTANTS) if (pollutants.has(p)) values[p] = new Float64Array(stations.length * hours).fill(NaN);
  fill(values);
  return { start: labelOfKey(first), hours, stations, values, label: 'end' };
}

/**
 * One frame input from the frame inputs of several files: the union of their stations (in order of first
 * appearance) and hours (from the earliest to the latest, missing between). A value given by two files is an error.
 */
export function mergeFrameInputs(parts: ReadonlyArray<CnemcFrameInput>, names: ReadonlyArray<string>): CnemcFrameInput {
  if (parts.length === 1) return parts[0] as CnemcFrameInput;
  const stationIndex = new Map<string, number>();
  const pollutants = new Set<Pollutant>();
  let first = Infinity;
  let last = -Infinity;
  for (const part of parts) {
    for (const s of part.stations) if (!stationIndex.has(s)) stationIndex.set(s, stationIndex.size);
    for (const p of POLLUTANTS) if (part.values[p] !== undefined) pollutants.add(p);
    if (part.hours === 0) continue;
    const k = keyOfLabel(part.start);
    first = Math.min(first, k);
    last = Math.max(last, k + part.hours - 1);
  }
  const hours = first === Infinity ? 0 : last - first + 1;
  if (first === Infinity) first = 0;
  return frameFromCells([...stationIndex.keys()], first, hours, pollutants, (values) => {
    parts.forEach((part, f) => {
      const offset = part.hours === 0 ? 0 : keyOfLabel(part.start) - first;
      for (const p of POLLUTANTS) {
        const from = part.values[p];
        if (from === undefined) continue;
        const to = values[p] as Float64Array;
        part.stations.forEach((code, i) => {
          const base = (stationIndex.get(code) as number) * hours + offset;
          for (let h = 0; h < part.hours; h++) {
            const v = from[i * part.hours + h] as number;
            if (v !== v) continue;
            if (to[base + h] === to[base + h]) {
              throw new LantianError(
                'DUPLICATE_TIMESTAMP',
                [names[f] as string],
                `${code} ${p} at ${labelOfKey(first + offset + h)} is also given by an earlier file`,
              );
            }
            to[base + h] = v;
          }
        });
      }
    });
  });
}

/**
 * One station's hourly series out of a frame input, by pollutant: the `hourly` input of `assessYear` and the other
 * single-station functions. The series are views of the frame's arrays (no copy).
 *
 * @param input - A frame input, as the readers return.
 * @param station - The station code.
 * @returns `{ so2: { start, values, pollutant }, … }` for the pollutants the input has (hours labelled as the input's
 *   `label` says: pass it on to the functions' options when it is not `'end'`).
 * @throws {LantianError} `INVALID_TYPE` for an input that is not a frame input; `INVALID_INPUT` for a station the
 *   input does not have.
 * @example
 * ```ts
 * const input = { start: '2025-01-28 01:00', hours: 2, stations: ['1001A', '1002A'], values: { pm25: new Float64Array([30, 31, 40, 41]) } };
 * Array.from(stationHourlyInput(input, '1002A').pm25?.values ?? []); //=> [40, 41]
 * stationHourlyInput(input, '1002A').pm25?.start; //=> '2025-01-28 01:00'
 * ```
 */
export function stationHourlyInput(input: CnemcFrameInput, station: string): Partial<Record<Pollutant, HourlySeries>> {
  if (!isRecord(input) || !Array.isArray(input.stations) || !isRecord(input.values) || typeof input.hours !== 'number') {
    throw new LantianError('INVALID_TYPE', ['input'], `expected a frame input { start, hours, stations, values }, received ${describe(input)}`);
  }
  const i = input.stations.indexOf(station);
  if (i < 0) throw new LantianError('INVALID_INPUT', ['station'], `the input has no station ${describe(station)}`);
  const out: Partial<Record<Pollutant, HourlySeries>> = {};
  for (const p of POLLUTANTS) {
    const values = input.values[p];
    if (values !== undefined) {
      out[p] = { start: input.start, values: values.subarray(i * input.hours, (i + 1) * input.hours), pollutant: p };
    }
  }
  return out;
}
