import { deepFreeze } from '../../_lib/freeze.js';
import { continuousColumns } from '../_build.js';
import type { AqiCategoryBand, AqiScheme, ContinuousTable } from '../types.js';
import { EXCELLENT_WORDS, GOOD_WORDS, HJ633_CONDITIONS, hj633Categories, mg, ug } from './_hj633.js';

/**
 * HJ 633-2012 Table 1, as printed: IAQI and the concentration limits of each column (µg/m³; CO mg/m³).
 * `null` marks the cells the table leaves to note 2 (SO2 1h above 800) and note 3 (O3 8h above 800).
 */
export const HJ633_2012_TABLE_1: ContinuousTable = deepFreeze({
  iaqi: [0, 50, 100, 150, 200, 300, 400, 500],
  columns: {
    so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    so2_1h: [0, 150, 500, 650, 800, null, null, null],
    no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
    co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    o3_8h: [0, 100, 160, 215, 265, 800, null, null],
    pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
  },
});

const CATEGORIES: ReadonlyArray<AqiCategoryBand> = hj633Categories([
  [[0, 50], ...EXCELLENT_WORDS],
  [[51, 100], ...GOOD_WORDS],
  [
    [101, 150],
    ['易感人群症状有轻度加剧，健康人群出现刺激症状', 'Symptoms of susceptible people are mildly aggravated; healthy people show symptoms of irritation.'],
    ['儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼', 'Children, older people and people with heart or respiratory disease should reduce prolonged, high-intensity outdoor exercise.'],
  ],
  [
    [151, 200],
    ['进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响', 'Symptoms of susceptible people are further aggravated; the heart and respiratory system of healthy people may be affected.'],
    ['儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动', 'Children, older people and people with heart or respiratory disease should avoid prolonged, high-intensity outdoor exercise; the general population should moderately reduce outdoor exercise.'],
  ],
  [
    [201, 300],
    ['心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状', 'Symptoms of people with heart or lung disease are markedly aggravated and their exercise tolerance is reduced; healthy people commonly show symptoms.'],
    ['儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动', 'Children, older people and people with heart or lung disease should stay indoors and stop outdoor exercise; the general population should reduce outdoor exercise.'],
  ],
  [
    [301, null],
    ['健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病', 'The exercise tolerance of healthy people is reduced, with obvious and strong symptoms; some diseases appear early.'],
    ['儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动', 'Children, older people and the sick should stay indoors and avoid physical exertion; the general population should avoid outdoor activity.'],
  ],
]);

/**
 * HJ 633-2012 (in force 2016-01-01 to 2026-02-28).
 *
 * - Table 1 breakpoints; IAQI by formula (1), rounded up (§6.2); AQI = max IAQI (§4.4.1).
 * - Daily report (§5.1.2): SO2, NO2, PM10, PM2.5, CO 24h means, O3 daily max 1h and daily max 8h — 7 indicators.
 * - Real-time report: the text (§5.1.3, Table 4) lists the 1h values of SO2, NO2, CO, O3, the O3 8h moving mean
 *   and the PM10/PM2.5 24h moving means; the national platform has published, since at least 2017, the AQI of
 *   the six 1h values with PM on the 24h columns and SO2 1h above 800 as 200 — it reproduces every published
 *   value (see docs/aqi.md). lantian's default is the practice; `method: 'text'` gives the text.
 * - Concentrations are rounded per GB/T 8170 before the lookup: not stated in the 2012 text, the practice of
 *   published data and the rule of HJ 633-2026 §4.2.2.
 * - Exceeding pollutant (§3.4, §4.4.2): IAQI above 100.
 */
export const HJ633_2012: AqiScheme = Object.freeze({
  edition: 'HJ633-2012',
  source: 'HJ 633-2012 Table 1',
  columns: Object.freeze(
    continuousColumns(HJ633_2012_TABLE_1, {
      so2_24h: ug('so2_24h'),
      // Table 1 note 2 says the SO2 IAQI then comes from the 24h mean; the platform reports 200 (see text below).
      so2_1h: ug('so2_1h', Object.freeze({ kind: 'fixed', value: 200 })),
      no2_24h: ug('no2_24h'),
      no2_1h: ug('no2_1h'),
      co_24h: mg('co_24h'),
      co_1h: mg('co_1h'),
      o3_1h: ug('o3_1h'),
      // Table 1 note 3: no IAQI from an 8h value above 800; the O3 IAQI is the 1h one.
      o3_8h: ug('o3_8h', Object.freeze({ kind: 'none', fallback: 'o3_1h' })),
      pm10_24h: ug('pm10_24h'),
      pm25_24h: ug('pm25_24h'),
      // The platform's real-time practice: 1h PM values on the 24h columns.
      pm10_1h: ug('pm10_24h'),
      pm25_1h: ug('pm25_24h'),
    }),
  ),
  concentrationRounding: 'halfEven',
  indexRounding: 'ceil',
  aqiRange: Object.freeze([0, 500] as const),
  reports: Object.freeze({
    daily: Object.freeze(['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'] as const),
    hourly: Object.freeze(['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'] as const),
  }),
  text: Object.freeze({
    hourly: Object.freeze(['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'] as const),
    above: Object.freeze({ so2_1h: Object.freeze({ kind: 'none', fallback: 'so2_24h' } as const) }),
    fallbackInputs: Object.freeze(['so2_24h'] as const),
  }),
  exceedingAbove: 100,
  missingWithholdsUpTo: undefined,
  primaryAbove: 50,
  categories: CATEGORIES,
  sensitiveGroups: undefined,
  conditions: HJ633_CONDITIONS,
});
