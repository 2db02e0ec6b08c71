import { deepFreeze } from '../../_lib/freeze.js';
import { continuousColumns } from '../_build.js';
import type { AqiCategoryBand, AqiScheme, ContinuousTable } from '../types.js';
import { EXCELLENT_WORDS, GOOD_WORDS, HJ633_CONDITIONS, hj633Categories, mg, ug } from './_hj633.js';

/**
 * HJ 633-2026 Table 3, as printed: IAQI and the concentration limits of each column (µg/m³; CO mg/m³).
 * `null` marks the cells the table leaves to note b (SO2 1h above 800 → 200) and note c (O3 8h above
 * 800 → 300). The only numeric change from HJ 633-2012 is the IAQI-100 breakpoint of PM10 (120) and PM2.5 (60).
 */
export const HJ633_2026_TABLE_3: ContinuousTable = deepFreeze({
  iaqi: [0, 50, 100, 150, 200, 300, 400, 500],
  columns: {
    so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    so2_1h: [0, 150, 500, 650, 800, null, null, null],
    no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    o3_8h: [0, 100, 160, 215, 265, 800, null, null],
    o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    pm10_24h: [0, 50, 120, 250, 350, 420, 500, 600],
    pm25_24h: [0, 35, 60, 115, 150, 250, 350, 500],
  },
});

const CATEGORIES: ReadonlyArray<AqiCategoryBand> = hj633Categories([
  [[1, 50], ...EXCELLENT_WORDS],
  [[51, 100], ...GOOD_WORDS],
  [
    [101, 150],
    ['敏感人群症状有轻度加剧，健康人群出现刺激症状', 'Symptoms of sensitive people are mildly aggravated; healthy people show symptoms of irritation.'],
    ['青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼', 'Children and adolescents, older people and people with cardiovascular or respiratory disease should reduce prolonged, high-intensity outdoor exercise.'],
  ],
  [
    [151, 200],
    ['进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响', 'Symptoms of sensitive people are further aggravated; the cardiovascular and respiratory systems of healthy people may be affected.'],
    ['青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动', 'Children and adolescents, older people and people with cardiovascular or respiratory disease should avoid prolonged, high-intensity outdoor exercise; the general population should moderately reduce outdoor exercise.'],
  ],
  [
    [201, 300],
    ['心血管系统和呼吸系统患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状', 'Symptoms of people with cardiovascular or respiratory disease are markedly aggravated and their exercise tolerance is reduced; healthy people commonly show symptoms.'],
    ['青少年儿童、老年人和心血管系统疾病、呼吸系统疾病患者应停留在室内，停止户外运动，一般人群减少户外运动', 'Children and adolescents, older people and people with cardiovascular or respiratory disease should stay indoors and stop outdoor exercise; the general population should reduce outdoor exercise.'],
  ],
  [
    [301, null],
    ['健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病', 'The exercise tolerance of healthy people is reduced, with obvious and strong symptoms; some diseases appear early.'],
    ['青少年儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动', 'Children and adolescents, older people and the sick should stay indoors and avoid physical exertion; the general population should avoid outdoor activity.'],
  ],
]);

/**
 * HJ 633-2026 (in force from 2026-03-01).
 *
 * - Table 3 breakpoints; IAQI by formula (1), AQI by formula (2) (§4.2.4), both rounded up (§4.2.6).
 * - Concentrations rounded per GB/T 8170 first: µg/m³ to integers, CO to one decimal (§4.2.2, §4.2.3).
 * - Daily report (§4.2.2): SO2, NO2, CO, PM10, PM2.5 daily means and O3 daily max 8h — 6 indicators.
 * - Real-time report (§4.2.3): the 1h values of the six pollutants; PM10 and PM2.5 1h values on the daily
 *   columns (§4.2.4).
 * - AQI range 1–500 (§4.1.1); primary pollutant above 50 (§4.3.1); no exceeding pollutant (deleted).
 * - Missing data (§5.3.1): the AQI of the available pollutants is published only above 100.
 */
export const HJ633_2026: AqiScheme = Object.freeze({
  edition: 'HJ633-2026',
  source: 'HJ 633-2026 Table 3',
  columns: Object.freeze(
    continuousColumns(HJ633_2026_TABLE_3, {
      so2_24h: ug('so2_24h'),
      so2_1h: ug('so2_1h', Object.freeze({ kind: 'fixed', value: 200 })),
      no2_24h: ug('no2_24h'),
      no2_1h: ug('no2_1h'),
      co_24h: mg('co_24h'),
      co_1h: mg('co_1h'),
      o3_8h: ug('o3_8h', Object.freeze({ kind: 'fixed', value: 300 })),
      o3_1h: ug('o3_1h'),
      pm10_24h: ug('pm10_24h'),
      pm25_24h: ug('pm25_24h'),
      pm10_1h: ug('pm10_24h'),
      pm25_1h: ug('pm25_24h'),
    }),
  ),
  concentrationRounding: 'halfEven',
  indexRounding: 'ceil',
  aqiRange: Object.freeze([1, 500] as const),
  reports: Object.freeze({
    daily: Object.freeze(['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm25_24h'] as const),
    hourly: Object.freeze(['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'] as const),
  }),
  text: undefined,
  exceedingAbove: undefined,
  missingWithholdsUpTo: 100,
  primaryAbove: 50,
  categories: CATEGORIES,
  sensitiveGroups: Object.freeze({
    so2: Object.freeze({ zh: '患有哮喘的人、青少年儿童以及老年人', en: 'people with asthma, children and adolescents, and older people' }),
    no2: Object.freeze({ zh: '患有呼吸系统疾病（如哮喘）的人、青少年儿童以及老年人', en: 'people with respiratory disease (such as asthma), children and adolescents, and older people' }),
    co: Object.freeze({ zh: '患有心血管系统疾病的人', en: 'people with cardiovascular disease' }),
    o3: Object.freeze({ zh: '患有呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人', en: 'people with respiratory disease (such as asthma), children and adolescents, people often active outdoors, and older people' }),
    pm10: Object.freeze({ zh: '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人', en: 'people with cardiovascular or respiratory disease (such as asthma), children and adolescents, people often active outdoors, and older people' }),
    pm25: Object.freeze({ zh: '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人', en: 'people with cardiovascular or respiratory disease (such as asthma), children and adolescents, people often active outdoors, and older people' }),
  }),
  conditions: HJ633_CONDITIONS,
});
