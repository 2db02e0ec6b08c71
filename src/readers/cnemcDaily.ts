import { LantianError } from '../errors.js';
import type { Pollutant } from '../pollutants/index.js';
import { daysFromCivil, daysInMonth } from '../_lib/time.js';
import { describe } from '../_lib/validate.js';
import { type CnemcFile, type CnemcSource, type ReadCnemcFilesOptions, type ReadCnemcOptions, badRow, cellValue, eachRow } from './_csv.js';
import { type CnemcFrameInput, frameFromCells, hourKey } from './frameInput.js';
import { readFiles, readOne, readOneAsync } from './_read.js';

/**
 * The types (rows) of the CNEMC wide daily file and the pollutant whose hourly value each carries; the other types
 * are CNEMC's own moving means and the published AQI, which lantian recomputes.
 */
export const CNEMC_DAILY_TYPES: Readonly<Record<string, Pollutant | null>> = Object.freeze({
  AQI: null,
  'PM2.5': 'pm25',
  'PM2.5_24h': null,
  PM10: 'pm10',
  PM10_24h: null,
  SO2: 'so2',
  SO2_24h: null,
  NO2: 'no2',
  NO2_24h: null,
  O3: 'o3',
  O3_24h: null,
  O3_8h: null,
  O3_8h_24h: null,
  CO: 'co',
  CO_24h: null,
});

/** The first row of a daily file of every station (`date,hour,type,<station codes…>`). */
function readHeader(fields: ReadonlyArray<string>, name: string, wanted: ReadonlySet<string> | undefined): number[] {
  const head = fields.slice(0, 3).map((f) => f.trim().toLowerCase());
  if (head[0] !== 'date' || head[1] !== 'hour' || head[2] !== 'type') {
    throw badRow(name, 1, undefined, `expected the header date,hour,type,<station codes…>, received ${describe(fields.slice(0, 3).join(','))}`);
  }
  const seen = new Set<string>();
  const columns: number[] = [];
  for (let c = 3; c < fields.length; c++) {
    const code = (fields[c] as string).trim();
    if (code === '' || seen.has(code)) throw badRow(name, 1, String(c + 1), `station code ${describe(code)} is empty or repeated`);
    seen.add(code);
    if (wanted === undefined || wanted.has(code)) columns.push(c);
  }
  return columns;
}

/** The hour key of a row's `date` (`YYYYMMDD`) and `hour` (0…23, the hour ending at h:00). */
function rowHour(date: string, hour: string, name: string, line: number): number {
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(date.trim());
  const [y, m, day] = d === null ? [0, 0, 0] : [Number(d[1]), Number(d[2]), Number(d[3])];
  if (d === null || m < 1 || m > 12 || day < 1 || day > daysInMonth(y, m) || y < 1900 || y > 2200) {
    throw badRow(name, line, 'date', `expected a date YYYYMMDD, received ${describe(date)}`);
  }
  const h = hour.trim();
  if (!/^\d{1,2}$/.test(h) || Number(h) > 23) throw badRow(name, line, 'hour', `expected an hour 0…23, received ${describe(hour)}`);
  return hourKey(daysFromCivil(y, m, day), Number(h));
}

/** Parses the text of one daily file into a frame input. */
function parseDaily(text: string, name: string, wanted: ReadonlySet<string> | undefined, onBadRow: ((e: LantianError) => void) | undefined): CnemcFrameInput {
  let header: string[] | undefined;
  let columns: number[] = [];
  const rows = new Map<string, { hour: number; pollutant: Pollutant; values: Float64Array }>();
  let first = Infinity;
  let last = -Infinity;
  const readRow = (fields: string[], line: number, head: string[]): void => {
    if (fields.length !== head.length) throw badRow(name, line, undefined, `expected ${head.length} fields, found ${fields.length}`);
    const hour = rowHour(fields[0] as string, fields[1] as string, name, line);
    const type = (fields[2] as string).trim();
    if (!Object.hasOwn(CNEMC_DAILY_TYPES, type)) throw badRow(name, line, 'type', `unknown type ${describe(type)}`);
    const key = `${hour} ${type}`;
    if (rows.has(key)) throw badRow(name, line, 'type', `a second ${type} row for the same date and hour`);
    const pollutant = CNEMC_DAILY_TYPES[type] as Pollutant | null;
    // Every cell is checked, also in the rows lantian does not keep.
    const values = new Float64Array(columns.length);
    columns.forEach((c, i) => {
      values[i] = cellValue(fields[c] as string, name, line, (head[c] as string).trim());
    });
    if (pollutant === null) return;
    rows.set(key, { hour, pollutant, values });
    first = Math.min(first, hour);
    last = Math.max(last, hour);
  };
  eachRow(
    text,
    name,
    (fields, line) => {
      if (header === undefined) {
        columns = readHeader(fields, name, wanted);
        header = fields;
        return;
      }
      try {
        readRow(fields, line, header);
      } catch (error) {
        if (!(error instanceof LantianError) || onBadRow === undefined) throw error;
        onBadRow(error);
      }
    },
    onBadRow,
  );
  if (header === undefined) throw new LantianError('EMPTY_INPUT', [name], 'the file is empty');
  const head = header;
  const codes = columns.map((c) => (head[c] as string).trim());
  if (first === Infinity) first = last = 0;
  const hours = rows.size === 0 ? 0 : last - first + 1;
  const pollutants = new Set([...rows.values()].map((r) => r.pollutant));
  return frameFromCells(codes, first, hours, pollutants, (values) => {
    for (const row of rows.values()) {
      const to = values[row.pollutant] as Float64Array;
      const h = row.hour - first;
      for (let s = 0; s < codes.length; s++) to[s * hours + h] = row.values[s] as number;
    }
  });
}

/**
 * Reads a CNEMC wide daily file (`china_sites_YYYYMMDD.csv`, the national release mirrored everywhere): header
 * `date,hour,type,<station codes…>`, one row per hour and type, with the hourly values of the six pollutants (types
 * `SO2`, `NO2`, `CO`, `O3`, `PM10`, `PM2.5`) kept and CNEMC's moving means and published `AQI` checked and left
 * out. The row of `hour` h of `date` d holds the hour ending at h:00 Beijing time, so hour 0 closes the day before
 * (CNEMC's release convention; HJ 663-2013 counts a day's hours 1…24 the same way): a file of
 * one date starts at its 00:00 label, hour 24 of the previous day. Values are µg/m³ (CO mg/m³); empty, `NA` and `/`
 * are missing. Text only: bytes and gzip need {@link readCnemcDailyAsync}.
 *
 * @param text - The file's text (or its UTF-8 bytes).
 * @param options - `name` (for messages), `onBadRow` (skip bad rows, reporting each), `stations` (keep only these).
 * @returns The frame input: stations as in the header, hours from the first row's to the last row's, `NaN` missing.
 * @throws {LantianError} `MALFORMED_ROW` (path `[name, line, column]`) for a bad header, a row with the wrong number
 *   of fields, a bad date or hour, an unknown type, a repeated row or a value that is not a number, `NA`, `/` or
 *   empty; `EMPTY_INPUT` for an empty file; `INVALID_INPUT` for gzip or non-UTF-8 bytes; `INVALID_TYPE` for bad
 *   arguments.
 * @example
 * ```ts
 * const text = 'date,hour,type,1001A,1002A\n20250128,0,PM2.5,30,NA\n20250128,0,PM10,50,61\n20250128,1,PM2.5,32,/\n';
 * const input = readCnemcDaily(text, { name: 'china_sites_20250128.csv' });
 * input.start; //=> '2025-01-28 00:00'
 * input.hours; //=> 2
 * input.stations; //=> ['1001A', '1002A']
 * Array.from(input.values.pm25 ?? []); //=> [30, 32, NaN, NaN]
 * ```
 */
export function readCnemcDaily(text: CnemcSource, options?: ReadCnemcOptions): CnemcFrameInput {
  return readOne(text, options, parseDaily);
}

/**
 * {@link readCnemcDaily} for text or bytes, gzip included (recognised by its magic bytes, decompressed with the
 * platform's `DecompressionStream`, so asynchronous).
 *
 * @param data - The file's text or bytes (UTF-8, or gzip-compressed UTF-8).
 * @param options - As {@link readCnemcDaily}.
 * @returns A promise of the frame input.
 * @throws {LantianError} As {@link readCnemcDaily} (the promise rejects); `INVALID_INPUT` for corrupt gzip data.
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('date,hour,type,1001A\n20250128,1,CO,0.8\n');
 * Array.from((await readCnemcDailyAsync(bytes)).values.co); //=> [0.8]
 * ```
 */
export async function readCnemcDailyAsync(data: CnemcSource, options?: ReadCnemcOptions): Promise<CnemcFrameInput> {
  return readOneAsync(data, options, parseDaily);
}

/**
 * Reads many CNEMC wide daily files (a year of `china_sites_YYYYMMDD.csv`, plain or gzip) into one frame input:
 * the union of their stations, the hours from the earliest to the latest (missing between). A file's content may
 * be given as a function, called when its turn comes, so the texts of a year need not sit in memory at once.
 *
 * @param files - `{ name, data }` per file, `data` the text or bytes or a function returning them (or a promise).
 * @param options - `onBadRow`, `stations` as {@link readCnemcDaily}; `onProgress(done, total)` after each file.
 * @returns A promise of the frame input.
 * @throws {LantianError} As {@link readCnemcDaily}, naming the file; `DUPLICATE_TIMESTAMP` when two files give a
 *   value of the same station, pollutant and hour; `EMPTY_INPUT` for no files.
 * @example
 * ```ts
 * const files = [
 *   { name: 'china_sites_20250128.csv', data: 'date,hour,type,1001A\n20250128,23,PM2.5,30\n' },
 *   { name: 'china_sites_20250129.csv', data: 'date,hour,type,1001A\n20250129,0,PM2.5,31\n' },
 * ];
 * const input = await readCnemcDailyFiles(files);
 * input.start; //=> '2025-01-28 23:00'
 * input.hours; //=> 2
 * ```
 */
export async function readCnemcDailyFiles(files: ReadonlyArray<CnemcFile>, options?: ReadCnemcFilesOptions): Promise<CnemcFrameInput> {
  return readFiles(files, options, parseDaily);
}

