import { deepFreeze } from '../../_lib/freeze.js';
import type { AqiScheme, BandTable } from '../types.js';
import { epaScheme } from './_epa.js';

/**
 * The US AQI breakpoints in force from 2024-05-06 (40 CFR Part 58 Appendix G Table 2 as amended by the 2024 PM
 * NAAQS rule, 89 FR 16202, 2024-03-06; EPA-454/B-24-002 Table 6). The PM2.5 rows change
 * (0.0–9.0 Good, 125.4/225.4/325.4 the tops of Unhealthy, Very Unhealthy and Hazardous) and the Hazardous
 * category is one band, 301–500, for every pollutant — a single 301–500 segment is what the EPA's May 2024
 * Technical Assistance Document as quoted by several implementations and AirNow's 2024 equation
 * page indicate; the amended Table 2 itself was not read for lantian: UNCONFIRMED. Units: O3 and CO ppm, PM µg/m³,
 * SO2 and NO2 ppb.
 */
export const EPA_2024_TABLE: BandTable = deepFreeze({
  index: [
    [0, 50],
    [51, 100],
    [101, 150],
    [151, 200],
    [201, 300],
    [301, 500],
  ],
  columns: {
    o3_8h: [[0, 0.054], [0.055, 0.07], [0.071, 0.085], [0.086, 0.105], [0.106, 0.2], null],
    o3_1h: [null, null, [0.125, 0.164], [0.165, 0.204], [0.205, 0.404], [0.405, 0.604]],
    pm25_24h: [[0, 9], [9.1, 35.4], [35.5, 55.4], [55.5, 125.4], [125.5, 225.4], [225.5, 325.4]],
    pm10_24h: [[0, 54], [55, 154], [155, 254], [255, 354], [355, 424], [425, 604]],
    co_8h: [[0, 4.4], [4.5, 9.4], [9.5, 12.4], [12.5, 15.4], [15.5, 30.4], [30.5, 50.4]],
    so2_1h: [[0, 35], [36, 75], [76, 185], [186, 304], null, null],
    so2_24h: [null, null, null, null, [305, 604], [605, 1004]],
    no2_1h: [[0, 53], [54, 100], [101, 360], [361, 649], [650, 1249], [1250, 2049]],
  },
});

/**
 * The US EPA AQI in force from 2024-05-06 (`'EPA-2024'`): {@link EPA_2024_TABLE} read by the one engine,
 * concentrations truncated before the lookup, the index rounded to the nearest integer.
 */
export const EPA_2024: AqiScheme = epaScheme('EPA-2024', '40 CFR Part 58 Appendix G Table 2 (2024)', EPA_2024_TABLE);
