/**
 * The main example (`npm start`): a summary first — the Liuzhou attainment plan's (柳州市环境空气质量限期达标规划)
 * targets against what happened, and 2019 assessed from the hourly data of the city's stations beside the published
 * figures — and the plots written to an HTML page. `npm start -- --full` adds the full report: target gaps, trends,
 * the emission inventory, the key projects, a consistency check of every percentage the plan states, the year 2019
 * against GB 3095, WHO 2021 and the EU's 2030 values. The national-day AQI example is `npm run example:national-day`.
 */
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { wrappingLog } from './_table.js';
import { printLiuzhouReport } from './liuzhou/report.js';
import { printSummary } from './liuzhou/summary.js';
import { assessLiuzhou2019, printLiuzhou2019, printLiuzhou2019Guidelines } from './liuzhou/year2019.js';
import { writeLiuzhouPlots } from './plots.js';

const { values } = parseArgs({
  options: { full: { type: 'boolean', default: false }, plot: { type: 'string' } },
  strict: true,
});

const city = assessLiuzhou2019();
const plotPath = writeLiuzhouPlots(city, values.plot ?? join(fileURLToPath(new URL('./out/', import.meta.url)), 'liuzhou-plots.html'));
// The page's path as the reader would type it: relative when it lies under the working directory, else absolute.
const shown = relative(process.cwd(), plotPath);
printSummary(city, shown === '' || shown.startsWith('..') || isAbsolute(shown) ? plotPath : shown);

if (values.full) {
  // prose wrapped at 100 columns; wide tables print as they are
  const log = wrappingLog(100);
  printLiuzhouReport(log);
  log('\n7. 2019 from the station data (HJ 663 annual assessment of the city)');
  log('='.repeat(72));
  printLiuzhou2019(log);
  log('\n8. 2019 against WHO 2021 and the EU 2030 limit values');
  log('='.repeat(72));
  printLiuzhou2019Guidelines(log);
}
