/**
 * Getting started, the cookbook of docs/getting-started.md as one script: a file → every station's daily AQI → a
 * city → its year → a picture. Run it with `npm run example:getting-started [-- outDir]`; it writes its CSV and HTML
 * into outDir (default examples/out/).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aqiCalendarSpec, assessCities, assessStations, dailyAqiOn, itemsSpec, parseStationList, plotPage, stationFrame } from '../src/index.js';
import { readCnemcDailyAsync, toCsv, yearRecords } from '../src/readers/index.js';

const data = (name: string) => fileURLToPath(new URL(`./data/${name}`, import.meta.url));
const out = process.argv[2] ?? fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(out, { recursive: true });

// 1. A file: one day of every national station (CNEMC's wide daily file; gzip is read as well).
const day = await readCnemcDailyAsync(readFileSync(data('china_sites_20250128.csv.gz')), { name: 'china_sites_20250128.csv.gz' });
console.log(`1. ${day.stations.length} stations, ${day.hours} hours from ${day.start}`);

// 2. Every station's daily AQI on 2025-01-28, picked by date, written as CSV.
const national = assessStations(stationFrame(day), { year: 2025 });
const table = dailyAqiOn(national, '2025-01-28');
writeFileSync(join(out, 'aqi-2025-01-28.csv'), toCsv(table.map((d) => ({ ...d, primaryPollutants: d.primaryPollutants.join(' ') }))));
const worst = table.reduce((a, b) => ((b.aqi ?? -1) > (a.aqi ?? -1) ? b : a));
console.log(`2. daily AQI of ${table.filter((d) => d.aqi !== null).length} stations; highest ${worst.aqi} at ${worst.station}`);

// 3. A city: Liuzhou's stations for 2019, from the station list (control sites are left out of city values).
const list = parseStationList(readFileSync(data('station_list_2022.02.13.csv'), 'utf8'));
const year = await readCnemcDailyAsync(readFileSync(data('liuzhou_2019.csv.gz')), { name: 'liuzhou_2019.csv.gz' });
const liuzhou = list.filter((s) => s.city === '柳州' && year.stations.includes(s.code));
const cities = assessCities(stationFrame({ ...year, stations: liuzhou }), liuzhou, { year: 2019 });

// 4. The year: the city's annual assessment (HJ 663), and its tidy records for pandas, R or a spreadsheet.
const city = cities.report(0).assessment;
writeFileSync(join(out, 'liuzhou-2019.csv'), toCsv(yearRecords(city, { station: '柳州' })));
console.log(`3–4. 柳州 2019: ${city.days.goodDays} good days of ${city.days.validDays} valid, ${city.days.goodDaysRatio} %`);

// 5. A picture: the AQI calendar and the annual items on a self-contained page (vega, vega-lite and vega-embed
//    read from the installed packages).
const require = createRequire(import.meta.url);
const script = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(pkg)), file), 'utf8');
const scripts = { vega: script('vega', 'vega.min.js'), vegaLite: script('vega-lite', 'vega-lite.min.js'), vegaEmbed: script('vega-embed', 'vega-embed.min.js') };
writeFileSync(join(out, 'liuzhou-2019.html'), plotPage([aqiCalendarSpec(city), itemsSpec(city)], { title: '柳州 2019', scripts }));
console.log(`5. ${join(out, 'liuzhou-2019.html')}`);
