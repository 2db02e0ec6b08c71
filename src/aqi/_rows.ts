/**
 * The AQI of many rows by table lookup (internal): the fast path of the one evaluator for reports whose
 * concentrations are rounded to the table's precision before the lookup (every HJ 633 report, and the default of
 * the others). A rounded concentration takes one of a few thousand values below the top breakpoint; the IAQI of
 * each is computed once, by the evaluator's own {@link subIndexValue}, into a table, and each row then costs a
 * rounding and a lookup. The combination of a row — each pollutant's largest IAQI, the AQI, withholding, the primary
 * pollutants — is that of {@link evaluate}. Rows it cannot serve (raw concentrations, fallback inputs) go to
 * {@link evaluate} itself.
 */
import { POLLUTANTS } from '../pollutants/index.js';
import type { Indicator } from '../pollutants/index.js';
import { type Bytes, type EvaluationPlan, POLLUTANT_INDEX, evaluate } from './_evaluate.js';
import { aboveRule } from './_resolve.js';
import { categoryOf } from './aqiCategory.js';
import { prepareConcentration, subIndexValue } from './engine.js';
import { tableOf } from './_tables.js';
import type { AqiColumn } from './types.js';

/** Per row: the AQI (`NaN` none or withheld), its level (0 none), the primary pollutants' mask. */
export interface AqiRows {
  readonly aqi: Float64Array;
  readonly level: Uint8Array;
  readonly primary: Uint8Array;
}

/**
 * The AQI, level and primary pollutants of `length` rows; `input(indicator)` gives an indicator's column of valid
 * concentrations (`NaN` missing) or `undefined`.
 */
export function aqiRows(plan: EvaluationPlan, length: number, input: (indicator: Indicator) => ArrayLike<number> | undefined): AqiRows {
  const aqi = new Float64Array(length).fill(Number.NaN);
  const level = new Uint8Array(length);
  const { scheme } = plan;
  const categories = scheme.categories;
  if (!plan.round || plan.extras.length > 0) {
    const r = evaluate(plan, length, input, true);
    const values = r.aqi as Float64Array;
    for (let i = 0; i < length; i++) {
      const v = values[i] as number;
      if (v === v) {
        aqi[i] = v;
        level[i] = categoryOf(categories, v).level;
      }
    }
    return { aqi, level, primary: Uint8Array.from(r.primary as Bytes) };
  }
  const primary = new Uint8Array(length);
  const columns = plan.indicators.map((indicator) => {
    const column = scheme.columns[indicator] as AqiColumn;
    const above = aboveRule(scheme, plan.method, column);
    return { column, above, k: POLLUTANT_INDEX[indicator], data: input(indicator), scale: 10 ** column.decimals, table: tableOf(scheme, column, above) };
  });
  let seen = 0;
  for (const c of columns) seen |= 1 << c.k;
  let allowMask = 0;
  for (const p of plan.allowMissing) allowMask |= 1 << POLLUTANTS.indexOf(p);
  const minAqi = scheme.aqiRange[0];
  const withholdUpTo = scheme.missingWithholdsUpTo;
  const primaryAbove = scheme.primaryAbove;
  const best = new Float64Array(6);
  for (let row = 0; row < length; row++) {
    best.fill(-Infinity);
    for (let j = 0; j < columns.length; j++) {
      const c = columns[j] as (typeof columns)[number];
      const d = c.data;
      if (d === undefined) continue;
      const raw = d[row] as number;
      if (raw !== raw) continue;
      const conc = prepareConcentration(scheme, c.column, raw, true);
      const index = Math.round(conc * c.scale);
      const v = index < c.table.length ? (c.table[index] as number) : subIndexValue(scheme, c.column, conc, true, c.above);
      if (v === v && v > (best[c.k] as number)) best[c.k] = v;
    }
    let max = -Infinity;
    let missingPollutant = false;
    for (let k = 0; k < 6; k++) {
      if ((seen & (1 << k)) === 0) continue;
      const v = best[k] as number;
      if (v > max) max = v;
      if (v === -Infinity && (allowMask & (1 << k)) === 0) missingPollutant = true;
    }
    if (max === -Infinity) continue;
    const value = Math.max(max, minAqi);
    // HJ 633-2026 §5.3.1: with a pollutant missing, an AQI that could be exceeded by it is withheld.
    if (withholdUpTo !== undefined && missingPollutant && value <= withholdUpTo) continue;
    aqi[row] = value;
    level[row] = categoryOf(categories, value).level;
    if (value > primaryAbove) {
      let p = 0;
      for (let k = 0; k < 6; k++) if ((best[k] as number) === max) p |= 1 << k;
      primary[row] = p;
    }
  }
  return { aqi, level, primary };
}
