/**
 * The national-day example (`npm run example:national-day`): the real-time AQI of every national station for one
 * real day, computed by lantian from the published hourly concentrations — the file read with lantian/readers, the
 * AQI of every station-hour by `hourlyAqiRecords` — and compared with the AQI the national platform published.
 */
import { readFileSync } from 'node:fs';
import { type HourlyAqiRecord, hourlyAqiRecords, readCnemcDailyAsync } from '../src/readers/index.js';
import { aqiCategory, type Pollutant } from '../src/index.js';
import { DATA_DIR, readCnemc } from './_cnemc.js';

const FILE = 'china_sites_20250128.csv.gz';
const input = await readCnemcDailyAsync(readFileSync(DATA_DIR + FILE), { name: FILE });
const records = hourlyAqiRecords(input, { edition: 'HJ633-2012' });

// The AQI the platform published: the file's own AQI rows, by station and hour label.
const table = readCnemc(FILE);
const published = new Map<string, number>();
for (const [key, types] of table.rows) {
  const [date, hour] = key.split(' ') as [string, string];
  const time = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)} ${hour.padStart(2, '0')}:00`;
  (types.get('AQI') ?? []).forEach((aqi, s) => {
    if (aqi !== null) published.set(`${table.stations[s]} ${time}`, aqi);
  });
}

let compared = 0;
let agree = 0;
const byCategory = new Map<number, { name: string; n: number }>();
const primary = new Map<Pollutant, number>();
let worst: HourlyAqiRecord | undefined;
for (const r of records) {
  if (r.aqi === null) continue;
  const entry = byCategory.get(r.level as number) ?? { name: aqiCategory(r.aqi, { edition: r.edition }).name.zh, n: 0 };
  byCategory.set(r.level as number, { ...entry, n: entry.n + 1 });
  for (const p of r.primaryPollutants) primary.set(p, (primary.get(p) ?? 0) + 1);
  if (worst === undefined || r.aqi > (worst.aqi as number)) worst = r;
  const official = published.get(`${r.station} ${r.time}`);
  if (official !== undefined && [r.so2, r.no2, r.co, r.o3, r.pm10, r.pm25].every((v) => v !== null)) {
    compared++;
    if (official === r.aqi) agree++;
  }
}

console.log('Real-time AQI of every national station, 2025-01-28 (HJ 633-2012, as the national platform publishes it)\n');
console.log(`Stations: ${input.stations.length}; station-hours with all six values and a published AQI: ${compared}`);
console.log(`lantian agrees with the published AQI on ${agree} of ${compared} (${((100 * agree) / compared).toFixed(2)} %)\n`);
console.table(Object.fromEntries([...byCategory].sort((a, b) => a[0] - b[0]).map(([, { name, n }]) => [name, { 'station-hours': n }])));
console.table(Object.fromEntries([...primary].sort((a, b) => b[1] - a[1]).map(([p, n]) => [p, { 'times primary': n }])));
if (worst) {
  console.log(`Highest AQI: ${worst.aqi} (${aqiCategory(worst.aqi as number).name.zh}) at ${worst.station} ${worst.time}, primary ${worst.primaryPollutants.join(', ')}`);
}
