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

/** A band's range and the standard's words for health effects and advice. */
export type Hj633BandWords = readonly [range: readonly [number, number | null], health: string, advice: string];

/** The six bands of an HJ 633 edition: its ranges and words, with the shared names and Appendix A colours. */
export function hj633Categories(rows: ReadonlyArray<Hj633BandWords>): ReadonlyArray<AqiCategoryBand> {
  return categoryBands(
    rows.map(([range, health, advice], i) => ({
      range,
      levelName: HJ633_LEVEL_NAMES[i] as AqiCategoryBand['levelName'],
      name: HJ633_CATEGORY_NAMES[i] as AqiCategoryBand['name'],
      color: HJ633_COLORS[i] as AqiCategoryBand['color'],
      health,
      advice,
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
