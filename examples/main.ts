/**
 * The main example (`npm start`): the Liuzhou attainment plan (柳州市环境空气质量限期达标规划) read by lantian —
 * target gaps, what happened next, trends, the emission inventory, the key projects, a consistency check of every
 * percentage the plan states — and the year 2019 assessed from the hourly data of the city's stations, against
 * GB 3095 and against WHO 2021 and the EU's 2030 values. The national-day AQI example is
 * `npm run example:national-day`.
 */
import { printLiuzhouReport } from './liuzhou/report.js';
import { printLiuzhou2019, printLiuzhou2019Guidelines } from './liuzhou/year2019.js';

printLiuzhouReport();
console.log('\n7. 2019 from the station data (HJ 663 annual assessment of the city)');
console.log('='.repeat(72));
printLiuzhou2019();
console.log('\n8. 2019 against WHO 2021 and the EU 2030 limit values');
console.log('='.repeat(72));
printLiuzhou2019Guidelines();
