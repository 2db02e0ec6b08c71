/**
 * The main example (`npm start`): the Liuzhou attainment plan (柳州市环境空气质量限期达标规划) read by lantian —
 * target gaps, what happened next, trends, the emission inventory, the key projects and a consistency check of
 * every percentage the plan states. The national-day AQI example is `npm run example:national-day`.
 */
import { printLiuzhouReport } from './liuzhou/report.js';

printLiuzhouReport();
