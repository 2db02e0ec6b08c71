import { LantianError } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { daysFromCivil, daysInMonth } from '../_lib/time.js';
import { describe } from '../_lib/validate.js';
import { type CnemcFile, type CnemcSource, type ReadCnemcFilesOptions, type ReadCnemcOptions, badRow, cellValue, eachRow } from './_csv.js';
import { readFiles, readOne, readOneAsync } from './_read.js';
import { type CnemcFrameInput, frameFromCells, hourKey } from './frameInput.js';

/** The column of each pollutant's hourly value in the CNEMC real-time hour file. */
export const CNEMC_HOURLY_COLUMNS: Readonly<Record<Pollutant, string>> = Object.freeze({
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  o3: 'o3',
  pm10: 'pm10',
  pm25: 'pm2_5',
});

/** The other numeric columns of the file: checked, not kept (CNEMC's moving means and published AQI). */
const CHECKED_COLUMNS = ['aqi', 'pm10_24h', 'pm2_5_24h', 'o3_24h', 'o3_8h', 'o3_8h_24h', 'no2_24h', 'so2_24h', 'co_24h'];

const TIMEPOINT_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):00(?::00)?$/;

/** The hour key of a `timepoint` (`2022-01-01T08:00:00`: the hour ending at 08:00 Beijing time). */
function timepointHour(text: string, name: string, line: number): number {
  const m = TIMEPOINT_RE.exec(text.trim());
  const [y, mo, d, h] = m === null ? [0, 0, 0, 0] : [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  if (m === null || y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23) {
    throw badRow(name, line, 'timepoint', `expected a whole hour YYYY-MM-DDTHH:00:00, received ${describe(text)}`);
  }
  return hourKey(daysFromCivil(y, mo, d), h);
}

/** Parses the text of one real-time hour file into a frame input. */
function parseHourly(text: string, name: string, wanted: ReadonlySet<string> | undefined, onBadRow: ((e: LantianError) => void) | undefined): CnemcFrameInput {
  let header: string[] | undefined;
  let at: { time: number; station: number; pollutants: Array<[Pollutant, number]>; checked: number[] } | undefined;
  const stationIndex = new Map<string, number>();
  const cells: Array<{ station: number; hour: number; values: Float64Array }> = [];
  const seen = new Set<string>();
  let first = Infinity;
  let last = -Infinity;
  const readRow = (fields: string[], line: number, head: string[], cols: NonNullable<typeof at>): void => {
    if (fields.length !== head.length) throw badRow(name, line, undefined, `expected ${head.length} fields, found ${fields.length}`);
    const hour = timepointHour(fields[cols.time] as string, name, line);
    const code = (fields[cols.station] as string).trim();
    if (code === '') throw badRow(name, line, 'stationcode', 'the station code is empty');
    const values = new Float64Array(cols.pollutants.length);
    cols.pollutants.forEach(([, c], i) => {
      values[i] = cellValue(fields[c] as string, name, line, head[c] as string);
    });
    for (const c of cols.checked) cellValue(fields[c] as string, name, line, head[c] as string);
    if (wanted !== undefined && !wanted.has(code)) return;
    const key = `${code} ${hour}`;
    if (seen.has(key)) throw badRow(name, line, 'timepoint', `a second row for ${code} at ${(fields[cols.time] as string).trim()}`);
    seen.add(key);
    if (!stationIndex.has(code)) stationIndex.set(code, stationIndex.size);
    cells.push({ station: stationIndex.get(code) as number, hour, values });
    first = Math.min(first, hour);
    last = Math.max(last, hour);
  };
  eachRow(
    text,
    name,
    (fields, line) => {
      if (header === undefined) {
        header = fields.map((f) => f.trim().toLowerCase());
        const head = header;
        const time = head.indexOf('timepoint');
        const station = head.indexOf('stationcode');
        if (time < 0 || station < 0) {
          throw badRow(name, 1, undefined, `expected a header with timepoint, stationcode and pollutant columns, received ${describe(fields.join(','))}`);
        }
        const pollutants = POLLUTANTS.map((p) => [p, head.indexOf(CNEMC_HOURLY_COLUMNS[p])] as [Pollutant, number]).filter(([, c]) => c >= 0);
        const checked = CHECKED_COLUMNS.map((c) => head.indexOf(c)).filter((c) => c >= 0);
        at = { time, station, pollutants, checked };
        return;
      }
      try {
        readRow(fields, line, header, at as NonNullable<typeof at>);
      } catch (error) {
        if (!(error instanceof LantianError) || onBadRow === undefined) throw error;
        onBadRow(error);
      }
    },
    onBadRow,
  );
  if (header === undefined || at === undefined) throw new LantianError('EMPTY_INPUT', [name], 'the file is empty');
  const cols = at;
  if (first === Infinity) first = last = 0;
  const hours = cells.length === 0 ? 0 : last - first + 1;
  return frameFromCells([...stationIndex.keys()], first, hours, new Set(cols.pollutants.map(([p]) => p)), (values) => {
    for (const cell of cells) {
      const h = cell.station * hours + cell.hour - first;
      cols.pollutants.forEach(([p], i) => {
        (values[p] as Float64Array)[h] = cell.values[i] as number;
      });
    }
  });
}

/**
 * Reads a CNEMC real-time hour file (one row per station and hour: `timepoint,stationcode,longitude,latitude,area,
 * positionname,primarypollutant,aqi,pm10,pm10_24h,pm2_5,…,co,co_24h`, as archived from the national real-time
 * release): the hourly values of the six pollutants (columns `so2`, `no2`, `co`, `o3`, `pm10`, `pm2_5`, found by
 * name) are kept; the published AQI and CNEMC's moving means are checked and left out. `timepoint` labels the hour
 * by its end, Beijing time. Values are µg/m³ (CO mg/m³); empty and `NA` are missing, `/` not monitored (missing).
 * Quoted fields may hold commas (`"颗粒物(PM10),细颗粒物(PM2.5)"`). Text only: bytes and gzip need
 * {@link readCnemcHourlyAsync}.
 *
 * @param text - The file's text (or its UTF-8 bytes).
 * @param options - `name` (for messages), `onBadRow` (skip bad rows, reporting each), `stations` (keep only these).
 * @returns The frame input: stations in order of first appearance, hours from the earliest to the latest.
 * @throws {LantianError} `MALFORMED_ROW` (path `[name, line, column]`) for a header without `timepoint` and
 *   `stationcode`, a row with the wrong number of fields, a bad timepoint, an empty station code, a second row of a
 *   station and hour, or a value that is not a number, `NA`, `/` or empty; `EMPTY_INPUT` for an empty file;
 *   `INVALID_INPUT` for gzip or non-UTF-8 bytes; `INVALID_TYPE` for bad arguments.
 * @example
 * ```ts
 * const text = [
 *   'timepoint,stationcode,positionname,primarypollutant,aqi,pm10,pm2_5,o3,no2,so2,co',
 *   '2022-01-01T01:00:00,1001A,万寿西宫,"颗粒物(PM10),细颗粒物(PM2.5)",58,65,39,34,79,8,1.2',
 *   '2022-01-01T01:00:00,1002A,定陵,,NA,NA,28,49,/,1,0.6',
 * ].join('\n');
 * const input = readCnemcHourly(text, { name: '2022-01-01T01.csv' });
 * input.start; //=> '2022-01-01 01:00'
 * input.stations; //=> ['1001A', '1002A']
 * Array.from(input.values.pm10 ?? []); //=> [65, NaN]
 * ```
 */
export function readCnemcHourly(text: CnemcSource, options?: ReadCnemcOptions): CnemcFrameInput {
  return readOne(text, options, parseHourly);
}

/**
 * {@link readCnemcHourly} for bytes too, gzip included: as {@link readCnemcDailyAsync} is to {@link readCnemcDaily}.
 *
 * @param data - The file's text or bytes (UTF-8, or gzip-compressed UTF-8).
 * @param options - As {@link readCnemcHourly}.
 * @returns A promise of the frame input.
 * @throws {LantianError} As {@link readCnemcHourly}; `INVALID_INPUT` for corrupt gzip data.
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('timepoint,stationcode,pm2_5\n2022-01-01T01:00:00,1001A,39\n');
 * Array.from((await readCnemcHourlyAsync(bytes)).values.pm25); //=> [39]
 * ```
 */
export async function readCnemcHourlyAsync(data: CnemcSource, options?: ReadCnemcOptions): Promise<CnemcFrameInput> {
  return readOneAsync(data, options, parseHourly);
}

/**
 * Reads many CNEMC real-time hour files (plain or gzip) into one frame input, merged as by {@link readCnemcDailyFiles}.
 *
 * @param files - `{ name, data }` per file (`data` may be a function returning the content).
 * @param options - `onBadRow`, `stations`, `onProgress(done, total)`.
 * @returns A promise of the frame input.
 * @throws {LantianError} As {@link readCnemcHourly}, naming the file; `DUPLICATE_TIMESTAMP`; `EMPTY_INPUT` for no files.
 * @example
 * ```ts
 * const head = 'timepoint,stationcode,pm2_5\n';
 * const files = [
 *   { name: '2022-01-01T00.csv', data: head + '2022-01-01T00:00:00,1001A,36\n' },
 *   { name: '2022-01-01T01.csv', data: head + '2022-01-01T01:00:00,1001A,39\n' },
 * ];
 * (await readCnemcHourlyFiles(files)).hours; //=> 2
 * ```
 */
export async function readCnemcHourlyFiles(files: ReadonlyArray<CnemcFile>, options?: ReadCnemcFilesOptions): Promise<CnemcFrameInput> {
  return readFiles(files, options, parseHourly);
}
