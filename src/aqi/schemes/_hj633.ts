/** Pieces shared by the two HJ 633 schemes (internal): column definitions and the category bands. */
import type { ColumnDef } from '../_build.js';
import { categoryBands } from '../_build.js';
import { HJ633_CATEGORY_NAMES, HJ633_COLORS, HJ633_LEVEL_NAMES } from '../colors.js';
import type { AboveRule, AqiCategoryBand, AqiScheme, ConcentrationBasis } from '../types.js';
import type { Indicator } from '../../pollutants/index.js';

/** Above the IAQI-500 breakpoint HJ 633 defines nothing: 500, flagged (convention, UNCONFIRMED). */
export const CAP: AboveRule = Object.freeze({ kind: 'cap', value: 500 });

/** A µg/m³ column, looked up on printed column `table`, rounded to integers (HJ 633-2026 §4.2.2). */
export function ug(table: Indicator, above: AboveRule = CAP): ColumnDef {
  return { table, unit: 'ug/m3', decimals: 0, above };
}

/** A CO column in mg/m³, rounded to one decimal (HJ 633-2026 §4.2.2). */
export function mg(table: 'co_24h' | 'co_1h'): ColumnDef {
  return { table, unit: 'mg/m3', decimals: 1, above: CAP };
}

/** A band's range and the standard's words for health effects and advice, each `[Chinese, English]`. */
export type Hj633BandWords = readonly [
  range: readonly [number, number | null],
  health: readonly [zh: string, en: string],
  advice: readonly [zh: string, en: string],
];

/** The words of 优 (Excellent), the same in HJ 633-2012 Table 2 and HJ 633-2026 Table 1. */
export const EXCELLENT_WORDS = [
  ['空气质量令人满意，基本无空气污染', 'Air quality is satisfactory, with basically no air pollution.'],
  ['各类人群可正常活动', 'Everyone can be active as usual.'],
] as const;

/** The words of 良 (Good), the same in both editions. */
export const GOOD_WORDS = [
  ['空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响', 'Air quality is acceptable, but some pollutants may have a weak effect on the health of a very few unusually sensitive people.'],
  ['极少数异常敏感人群应减少户外活动', 'The very few unusually sensitive people should reduce outdoor activity.'],
] as const;

/**
 * The six bands of an HJ 633 edition: its ranges and words (HJ 633-2012 Table 2, HJ 633-2026 Table 1: 对健康影响情况
 * and 建议采取的措施, with lantian's faithful English translation), with the shared names and Appendix A colours.
 */
export function hj633Categories(rows: ReadonlyArray<Hj633BandWords>): ReadonlyArray<AqiCategoryBand> {
  return categoryBands(
    rows.map(([range, health, advice], i) => ({
      range,
      levelName: HJ633_LEVEL_NAMES[i] as AqiCategoryBand['levelName'],
      name: HJ633_CATEGORY_NAMES[i] as AqiCategoryBand['name'],
      color: HJ633_COLORS[i] as AqiCategoryBand['color'],
      health: Object.freeze({ zh: health[0], en: health[1] }),
      advice: Object.freeze({ zh: advice[0], en: advice[1] }),
      cautionary: undefined,
    })),
  );
}

const REFERENCE_STATE: ConcentrationBasis = Object.freeze({ kind: 'reference', temperatureK: 298.15, pressureKPa: 101.325 });
const ACTUAL: ConcentrationBasis = Object.freeze({ kind: 'actual' });

/**
 * The conditions of HJ 633's concentrations, those of GB 3095: gases at the reference state, 298.15 K and
 * 1013.25 hPa, particles at actual conditions (GB 3095-2026 §4.3; the 2018 amendment of GB 3095-2012, in force
 * 2018-09-01). Under HJ 633-2012 data before 2018-09-01 were at the standard state, 273.15 K, for every
 * pollutant: {@link standardConditionsOn} tells the conditions of a date.
 */
export const HJ633_CONDITIONS: AqiScheme['conditions'] = Object.freeze({
  so2: REFERENCE_STATE,
  no2: REFERENCE_STATE,
  co: REFERENCE_STATE,
  o3: REFERENCE_STATE,
  pm10: ACTUAL,
  pm25: ACTUAL,
});
