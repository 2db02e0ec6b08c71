/** AQI throughput on the real national day (every station-hour of 2025-01-28). */
import { aqiColumns, hourlyAqi, iaqi } from '../src/index.js';
import { readCnemc } from '../examples/_cnemc.js';
import { bench } from './_harness.js';

export function run(): void {
  const table = readCnemc('china_sites_20250128.csv.gz');
  const TYPES = { so2_1h: 'SO2', no2_1h: 'NO2', co_1h: 'CO', o3_1h: 'O3', pm10_1h: 'PM10', pm25_1h: 'PM2.5' } as const;
  const hours: Array<Record<string, number | null>> = [];
  for (const types of table.rows.values()) {
    table.stations.forEach((_, s) => {
      hours.push(Object.fromEntries(Object.entries(TYPES).map(([ind, t]) => [ind, types.get(t)?.[s] ?? null])));
    });
  }
  const pm = hours.map((h) => h['pm25_1h']).filter((v): v is number => v !== null && v !== undefined);
  console.log('\nAQI (national day 2025-01-28)');
  bench(`iaqi('pm25_1h') over ${pm.length} published values`, pm.length, () => {
    let s = 0;
    for (const c of pm) s += iaqi('pm25_1h', c, { edition: 'HJ633-2012' }) ?? 0;
    return s;
  });
  bench(`hourlyAqi over ${hours.length} station-hours (6 values each)`, hours.length * 6, () => {
    let s = 0;
    for (const h of hours) s += hourlyAqi(h, { edition: 'HJ633-2012' }).aqi ?? 0;
    return s;
  });
  const columns = Object.fromEntries(
    Object.keys(TYPES).map((ind) => [ind, Float64Array.from(hours.map((h) => h[ind] ?? Number.NaN))]),
  );
  bench(`aqiColumns over the same ${hours.length} station-hours (columnar)`, hours.length * 6, () => aqiColumns(columns, { edition: 'HJ633-2012' }).aqi[0]);
}
