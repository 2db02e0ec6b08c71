/**
 * The files of examples/data, and a plain reader of the CNEMC daily-file format (`date,hour,type,<station…>`, one row
 * per (hour, type); a split on commas, written without lantian) kept for the published columns — the official AQI
 * and CNEMC's moving means — that the national-day example and the tests compare lantian's results with. The hourly
 * values themselves are read with lantian/readers (`readCnemcDaily`, `stationHourlyInput`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** The text of a file in examples/data, gunzipped when it ends in `.gz`. */
export function readDataText(name: string): string {
  const raw = readFileSync(DATA_DIR + name);
  return (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** A CNEMC file: station codes and, per `'YYYYMMDD H'` row key, each type's values by station (`null` blank). */
export interface CnemcTable {
  readonly stations: ReadonlyArray<string>;
  readonly rows: ReadonlyMap<string, ReadonlyMap<string, ReadonlyArray<number | null>>>;
}

export function readCnemc(name: string): CnemcTable {
  const lines = readDataText(name).trim().split(/\r?\n/);
  const stations = (lines[0] as string).split(',').slice(3);
  const rows = new Map<string, Map<string, Array<number | null>>>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const key = `${cells[0]} ${cells[1]}`;
    let types = rows.get(key);
    if (types === undefined) rows.set(key, (types = new Map()));
    types.set(
      cells[2] as string,
      cells.slice(3).map((v) => (v === '' ? null : Number(v))),
    );
  }
  return { stations, rows };
}

/** Hours from 1970-01-01 00:00 of a `'YYYYMMDD'` date and hour (wall-clock, no time zone). */
function hourIndex(date: string, hour: number): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)), hour) / 3_600_000;
}

/**
 * One station's hourly values of one type as a continuous series: `start` is the label (hour end, Beijing time)
 * of the first row, `values` has `NaN` where the file has a blank or no row at all.
 */
export function stationHourly(table: CnemcTable, station: string, type: string): { start: string; values: Float64Array } {
  const s = table.stations.indexOf(station);
  if (s < 0) throw new Error(`no station ${station}`);
  const keys = [...table.rows.keys()].map((k) => {
    const [date, hour] = k.split(' ') as [string, string];
    return { key: k, index: hourIndex(date, Number(hour)) };
  });
  const first = Math.min(...keys.map((k) => k.index));
  const last = Math.max(...keys.map((k) => k.index));
  const values = new Float64Array(last - first + 1).fill(Number.NaN);
  for (const { key, index } of keys) {
    const v = table.rows.get(key)?.get(type)?.[s];
    if (v !== null && v !== undefined) values[index - first] = v;
  }
  const start = new Date(first * 3_600_000).toISOString().slice(0, 16);
  return { start, values };
}
