/** Builders that turn printed tables into the engine's columns (internal). */
import type { Indicator } from '../pollutants/index.js';
import type { AboveRule, AqiCategoryBand, AqiColumn, AqiUnit, ContinuousTable, Segment } from './types.js';

/** How one indicator reads a printed column. */
export interface ColumnDef {
  readonly table: Indicator;
  readonly unit: AqiUnit;
  readonly decimals: number;
  readonly above: AboveRule;
}

/**
 * Columns of a continuous table (HJ 633): segment k runs from breakpoint k−1 to breakpoint k; a `null`
 * breakpoint ends the column (what lies above is the column's {@link AboveRule}).
 */
export function continuousColumns(
  table: ContinuousTable,
  defs: Readonly<Partial<Record<Indicator, ColumnDef>>>,
): Partial<Record<Indicator, AqiColumn>> {
  const out: Partial<Record<Indicator, AqiColumn>> = {};
  for (const [indicator, def] of Object.entries(defs) as Array<[Indicator, ColumnDef]>) {
    const printed = table.columns[def.table] as ReadonlyArray<number | null>;
    const segments: Segment[] = [];
    for (let k = 1; k < printed.length; k++) {
      const cLo = printed[k - 1];
      const cHi = printed[k];
      if (cLo === null || cHi === null || cLo === undefined || cHi === undefined) break;
      segments.push(Object.freeze({ cLo, cHi, iLo: table.iaqi[k - 1] as number, iHi: table.iaqi[k] as number }));
    }
    out[indicator] = Object.freeze({
      indicator,
      table: def.table,
      unit: def.unit,
      decimals: def.decimals,
      segments: Object.freeze(segments),
      above: def.above,
      startsAbove: false,
    });
  }
  return out;
}

/** The band table of a scheme, from the ranges and the per-band words. */
export function categoryBands(
  bands: ReadonlyArray<Omit<AqiCategoryBand, 'level'>>,
): ReadonlyArray<AqiCategoryBand> {
  return Object.freeze(bands.map((band, i) => Object.freeze({ level: i + 1, ...band })));
}
