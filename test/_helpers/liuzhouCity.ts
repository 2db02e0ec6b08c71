/**
 * Liuzhou's six national stations in 2019 (examples/data/liuzhou_2019.csv.gz), and an independent computation of
 * the city's raw annual mean — plain loops over the published rows, written without lantian — for the tests of
 * city averaging and of the reference state.
 */
import { type CnemcTable, readCnemc } from './realdata.js';

let cached: CnemcTable | undefined;

/** The Liuzhou 2019 table (read once per test file). */
export function liuzhou2019(): CnemcTable {
  cached ??= readCnemc('liuzhou_2019.csv.gz');
  return cached;
}

/** The six stations' values of one type at hour `h` (1…24) of day `d` (0 = 2019-01-01), `null` where blank. */
export function stationValues(table: CnemcTable, type: string, d: number, h: number): Array<number | null> {
  const date = new Date(Date.UTC(2019, 0, 1 + d + (h === 24 ? 1 : 0)));
  const key = `${date.toISOString().slice(0, 10).replaceAll('-', '')} ${h % 24}`;
  const row = table.rows.get(key)?.get(type);
  return row === undefined ? [null, null, null, null, null, null] : row.slice(0, 6);
}

function mean(values: ReadonlyArray<number>): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The city's raw annual mean of one type: `'hour'`, mean over the stations of each hour, days with ≥ 20 such hours,
 * mean of the days; `'day'`, each station's days with ≥ 20 hours, mean over the stations of each day, mean of the
 * days. Also the number of days counted.
 */
export function cityAnnualMean(type: string, by: 'hour' | 'day'): { mean: number; days: number } {
  const days = cityDays(type, by);
  return { mean: mean(days), days: days.length };
}

/** The city's valid daily means of one type (see {@link cityAnnualMean}); a day needs `minHours` hours (GB 3095: 20). */
export function cityDays(type: string, by: 'hour' | 'day', minHours = 20): number[] {
  const table = liuzhou2019();
  const days: number[] = [];
  for (let d = 0; d < 365; d++) {
    if (by === 'hour') {
      const hours: number[] = [];
      for (let h = 1; h <= 24; h++) {
        const valid = stationValues(table, type, d, h).filter((v): v is number => v !== null);
        if (valid.length > 0) hours.push(mean(valid));
      }
      if (hours.length >= minHours) days.push(mean(hours));
    } else {
      const stationDays: number[] = [];
      for (let s = 0; s < 6; s++) {
        const hours: number[] = [];
        for (let h = 1; h <= 24; h++) {
          const v = stationValues(table, type, d, h)[s];
          if (v !== null && v !== undefined) hours.push(v);
        }
        if (hours.length >= minHours) stationDays.push(mean(hours));
      }
      if (stationDays.length > 0) days.push(mean(stationDays));
    }
  }
  return days;
}
