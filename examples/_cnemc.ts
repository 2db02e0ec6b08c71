/**
 * Reads the CNEMC daily-file format of the real data in examples/data: `date,hour,type,<station…>`, one row per
 * (hour, type). Shared by the examples and the tests.
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
