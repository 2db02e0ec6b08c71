import { deepFreeze } from '../../_lib/freeze.js';
import type { AqiScheme, BandTable } from '../types.js';
import { epaScheme } from './_epa.js';

/**
 * The US AQI breakpoints in force before 2024-05-06 (40 CFR Part 58 Appendix G Table 2 as amended by the 2012
 * PM NAAQS rule, 78 FR 3086, for PM2.5, and the 2015 ozone rule, 80 FR 65292, for 8-hour O3; NO2 and SO2 1-hour
 * rows of the 2010 rules), as AirNow published it ("The AQI Equation (2015 - Obsolete on May 6th, 2024)" and the
 * AirNow AQI calculator). Rows are the index bands; each cell the concentration range `[lo, hi]` of that band,
 * `null` where the table is blank. Units: O3 and CO ppm, PM µg/m³, SO2 and NO2 ppb. The Hazardous category is
 * split at 400 (301–400, 401–500).
 */
export const EPA_2012_TABLE: BandTable = deepFreeze({
  index: [
    [0, 50],
    [51, 100],
    [101, 150],
    [151, 200],
    [201, 300],
    [301, 400],
    [401, 500],
  ],
  columns: {
    o3_8h: [[0, 0.054], [0.055, 0.07], [0.071, 0.085], [0.086, 0.105], [0.106, 0.2], null, null],
    o3_1h: [null, null, [0.125, 0.164], [0.165, 0.204], [0.205, 0.404], [0.405, 0.504], [0.505, 0.604]],
    pm25_24h: [[0, 12], [12.1, 35.4], [35.5, 55.4], [55.5, 150.4], [150.5, 250.4], [250.5, 350.4], [350.5, 500.4]],
    pm10_24h: [[0, 54], [55, 154], [155, 254], [255, 354], [355, 424], [425, 504], [505, 604]],
    co_8h: [[0, 4.4], [4.5, 9.4], [9.5, 12.4], [12.5, 15.4], [15.5, 30.4], [30.5, 40.4], [40.5, 50.4]],
    so2_1h: [[0, 35], [36, 75], [76, 185], [186, 304], null, null, null],
    so2_24h: [null, null, null, null, [305, 604], [605, 804], [805, 1004]],
    no2_1h: [[0, 53], [54, 100], [101, 360], [361, 649], [650, 1249], [1250, 1649], [1650, 2049]],
  },
});

/**
 * The US EPA AQI as in force from 2013-03-18 to 2024-05-05 (`'EPA-2012'`): {@link EPA_2012_TABLE} read by the
 * one engine, concentrations truncated before the lookup, the index rounded to the nearest integer. The 8-hour
 * O3 rows are those of the 2015 ozone rule (in force 2015-12-28); lantian does not model the ozone rows before it.
 */
export const EPA_2012: AqiScheme = epaScheme('EPA-2012', '40 CFR Part 58 Appendix G Table 2 (2012 PM2.5, 2015 O3)', EPA_2012_TABLE);
