/**
 * The national-day example (`npm run example:national-day`): the real-time AQI of every national station for one
 * real day, computed by lantian from the published hourly concentrations and compared with the AQI the national
 * platform published.
 */
import { type AqiReport, type Pollutant, hourlyAqi } from '../src/index.js';
import { readCnemc } from './_cnemc.js';

const table = readCnemc('china_sites_20250128.csv.gz');
const TYPES = { so2_1h: 'SO2', no2_1h: 'NO2', co_1h: 'CO', o3_1h: 'O3', pm10_1h: 'PM10', pm25_1h: 'PM2.5' } as const;

let compared = 0;
let agree = 0;
const byCategory = new Map<number, { name: string; n: number }>();
const primary = new Map<Pollutant, number>();
let worst: { where: string; report: AqiReport } | undefined;

for (const [key, types] of table.rows) {
  const official = types.get('AQI') as ReadonlyArray<number | null>;
  table.stations.forEach((station, s) => {
    const concentrations = Object.fromEntries(
      Object.entries(TYPES).map(([indicator, type]) => [indicator, types.get(type)?.[s] ?? null]),
    );
    const report = hourlyAqi(concentrations, { edition: 'HJ633-2012' });
    if (report.aqi === null) return;
    const level = report.category?.level ?? 0;
    const entry = byCategory.get(level) ?? { name: report.category?.name.zh ?? '', n: 0 };
    byCategory.set(level, { ...entry, n: entry.n + 1 });
    for (const p of report.primaryPollutants) primary.set(p, (primary.get(p) ?? 0) + 1);
    if (worst === undefined || report.aqi > (worst.report.aqi ?? 0)) worst = { where: `${station} ${key}`, report };
    if (official[s] !== null && report.missing.length === 0) {
      compared++;
      if (official[s] === report.aqi) agree++;
    }
  });
}

console.log('Real-time AQI of every national station, 2025-01-28 (HJ 633-2012, as the national platform publishes it)\n');
console.log(`Stations: ${table.stations.length}; station-hours with all six values and a published AQI: ${compared}`);
console.log(`lantian agrees with the published AQI on ${agree} of ${compared} (${((100 * agree) / compared).toFixed(2)} %)\n`);
console.table(Object.fromEntries([...byCategory].sort((a, b) => a[0] - b[0]).map(([, { name, n }]) => [name, { 'station-hours': n }])));
console.table(Object.fromEntries([...primary].sort((a, b) => b[1] - a[1]).map(([p, n]) => [p, { 'times primary': n }])));
if (worst) {
  console.log(`Highest AQI: ${worst.report.aqi} (${worst.report.category?.name.zh}) at ${worst.where}, primary ${worst.report.primaryPollutants.join(', ')}`);
}
