/** Builders that turn printed tables into the engine's columns (internal). */
import type { Indicator } from '../pollutants/index.js';
import type { AboveRule, AqiCategoryBand, AqiColumn, AqiUnit, BandTable, ContinuousTable, Segment } from './types.js';

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
    out[indicator] = column(indicator, def, segments, false);
  }
  return out;
}

/**
 * Columns of a band table with gaps (US EPA, 40 CFR Part 58 Appendix G Table 2): each printed row
 * `[cLo, cHi]` is one segment mapping to its row's index band `[iLo, iHi]` (9.1–35.4 → 51–100), so the
 * segments keep the table's gaps. A column's blank rows may only lead (the column starts above zero:
 * `startsAbove`) or trail (what lies above is the column's {@link AboveRule}).
 */
export function bandColumns(
  table: BandTable,
  defs: Readonly<Partial<Record<Indicator, ColumnDef>>>,
): Partial<Record<Indicator, AqiColumn>> {
  const out: Partial<Record<Indicator, AqiColumn>> = {};
  for (const [indicator, def] of Object.entries(defs) as Array<[Indicator, ColumnDef]>) {
    const printed = table.columns[def.table] as ReadonlyArray<readonly [number, number] | null>;
    const first = printed.findIndex((cell) => cell !== null);
    const segments: Segment[] = [];
    for (let k = first; k < printed.length && printed[k] != null; k++) {
      const [cLo, cHi] = printed[k] as readonly [number, number];
      const [iLo, iHi] = table.index[k] as readonly [number, number];
      segments.push(Object.freeze({ cLo, cHi, iLo, iHi }));
    }
    /* c8 ignore next 3 -- a guard on the printed data, checked by the scheme tests */
    if (first < 0 || printed.slice(first + segments.length).some((cell) => cell !== null)) {
      throw new Error(`band table column ${def.table}: blank cells may only lead or trail`);
    }
    out[indicator] = column(indicator, def, segments, first > 0);
  }
  return out;
}

function column(indicator: Indicator, def: ColumnDef, segments: Segment[], startsAbove: boolean): AqiColumn {
  return Object.freeze({
    indicator,
    table: def.table,
    unit: def.unit,
    decimals: def.decimals,
    segments: Object.freeze(segments),
    above: def.above,
    startsAbove,
  });
}

/** The band table of a scheme, from the ranges and the per-band words. */
export function categoryBands(
  bands: ReadonlyArray<Omit<AqiCategoryBand, 'level'>>,
): ReadonlyArray<AqiCategoryBand> {
  return Object.freeze(bands.map((band, i) => Object.freeze({ level: i + 1, ...band })));
}
