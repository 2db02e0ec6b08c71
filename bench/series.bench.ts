/**
 * Series throughput on real data: Liuzhou's six stations, 2019 (examples/data/liuzhou_2019.csv.gz). A station-year
 * is six pollutants × 8,760 hours; its "annual items" are what HJ 663 assesses: the annual mean and 98th percentile
 * of SO2 and NO2 daily means, the annual mean and 95th percentile of PM10 and PM2.5, the 95th percentile of CO daily
 * means, and the 90th percentile of O3 MDA8.
 */
import {
  type Pollutant,
  assessGuidelines,
  assessYear,
  cityMean,
  dailyMax8h,
  dailyMeans,
  movingAverage8h,
  periodMean,
  periodPercentile,
} from '../src/index.js';
import { readCnemc, stationHourly } from '../examples/_cnemc.js';
import { bench } from './_harness.js';

const TYPES: ReadonlyArray<readonly [Pollutant, string]> = [
  ['so2', 'SO2'],
  ['no2', 'NO2'],
  ['co', 'CO'],
  ['o3', 'O3'],
  ['pm10', 'PM10'],
  ['pm25', 'PM2.5'],
];

type StationYear = ReadonlyArray<{ readonly pollutant: Pollutant; readonly start: string; readonly values: Float64Array }>;

/** Every annual item of one station-year, from hourly values. Returns a checksum so nothing is optimised away. */
function annualItems(station: StationYear): number {
  let sum = 0;
  for (const { pollutant, start, values } of station) {
    const hourly = { start, values, pollutant };
    if (pollutant === 'o3') {
      sum += periodPercentile(dailyMax8h(hourly), 2019, 90).observed ?? 0;
      continue;
    }
    const daily = dailyMeans(hourly);
    if (pollutant !== 'co') sum += periodMean(daily, 2019).observed ?? 0;
    sum += periodPercentile(daily, 2019, pollutant === 'so2' || pollutant === 'no2' ? 98 : 95).observed ?? 0;
  }
  return sum;
}

export function run(): void {
  const table = readCnemc('liuzhou_2019.csv.gz');
  const stations: StationYear[] = ['1870A', '1871A', '1872A', '1873A', '1874A', '1875A'].map((code) =>
    TYPES.map(([pollutant, type]) => ({ pollutant, ...stationHourly(table, code, type) })),
  );
  const one = stations[0] as StationYear;
  const hours = (one[0] as { values: Float64Array }).values.length;
  const pm25 = { start: (one[5] as StationYear[number]).start, values: (one[5] as StationYear[number]).values, pollutant: 'pm25' as const };
  const o3 = { start: (one[3] as StationYear[number]).start, values: (one[3] as StationYear[number]).values, pollutant: 'o3' as const };
  const asArray = Array.from(pm25.values, (v) => (Number.isNaN(v) ? null : v));

  console.log(`\nSeries (Liuzhou 2019: ${hours} hours a station-year; the machine is shared, so rates vary between runs)`);
  bench(`dailyMeans, one pollutant-year (Float64Array)`, hours, () => dailyMeans(pm25));
  bench(`dailyMeans, one pollutant-year (plain array, converted once)`, hours, () => dailyMeans({ ...pm25, values: asArray }));
  bench(`movingAverage8h, one pollutant-year`, hours, () => movingAverage8h(o3));
  bench(`dailyMax8h (MDA8), one pollutant-year`, hours, () => dailyMax8h(o3));
  const daily = dailyMeans(pm25);
  bench(`periodMean + periodPercentile(95) of 366 daily means`, daily.values.length, () => {
    periodMean(daily, 2019);
    return periodPercentile(daily, 2019, 95);
  });
  const citySeries = stations.map((station) => {
    const { start, values } = station[5] as StationYear[number];
    return { start, values, pollutant: 'pm25' as const };
  });
  bench(`cityMean of six stations by hour, one pollutant-year`, 6 * hours, () => cityMean(citySeries));
  const single = bench(`one station-year, six pollutants: daily means, MDA8, annual items`, 6 * hours, () => annualItems(one));
  console.log(`  → ${single.msPerRun.toFixed(3)} ms per station-year (target: under 1 ms)`);

  const years = 1700;
  const national = Array.from({ length: years }, (_, i) => stations[i % stations.length] as StationYear);
  const all = bench(
    `${years} station-years (national network scale), same pipeline`,
    years * 6 * hours,
    () => {
      let s = 0;
      for (const station of national) s += annualItems(station);
      return s;
    },
    3000,
  );
  console.log(`  → ${((all.msPerRun / years) * 1000).toFixed(1)} µs per station-year, ${(all.msPerRun / 1000).toFixed(2)} s in all`);

  // The full reports of one station-year: HJ 663 with the daily AQI of every day, and WHO and EU on their own rules.
  const input = { hourly: Object.fromEntries(one.map(({ pollutant, start, values }) => [pollutant, { start, values }])) };
  bench(`assessYear, one station-year (items, index, 365 daily AQI)`, 6 * hours, () => assessYear(input, { year: 2019 }).items.length);
  bench(`assessGuidelines WHO-2021, one station-year`, 6 * hours, () => assessGuidelines(input, { year: 2019, edition: 'WHO-2021' }).items.length);
  bench(`assessGuidelines EU-2024, one station-year (18-hour days, running 8h)`, 6 * hours, () => assessGuidelines(input, { year: 2019, edition: 'EU-2024' }).items.length);
}
