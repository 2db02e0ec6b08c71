/**
 * IAQI tables (internal): the sub-index of every concentration at a column's precision up to its top breakpoint,
 * computed once by the evaluator's own {@link subIndexValue} — a memo of immutable data, so that a rounded
 * concentration's IAQI is one lookup.
 */
import { subIndexValue } from './engine.js';
import type { AboveRule, AqiColumn, AqiScheme, Segment } from './types.js';

/** The IAQI of each rounded concentration up to the top breakpoint, by `round(c × 10^decimals)`. A memo of immutable data. */
const TABLES = new WeakMap<AqiColumn, Map<AboveRule, Float64Array>>();

/** The table of a column under an above-the-table rule: entry `k` is the IAQI of `k / 10^decimals`. */
export function tableOf(scheme: AqiScheme, column: AqiColumn, above: AboveRule): Float64Array {
  let byRule = TABLES.get(column);
  if (byRule === undefined) TABLES.set(column, (byRule = new Map()));
  let table = byRule.get(above);
  if (table === undefined) {
    const scale = 10 ** column.decimals;
    const top = Math.round((column.segments[column.segments.length - 1] as Segment).cHi * scale);
    table = new Float64Array(top + 1);
    for (let k = 0; k <= top; k++) table[k] = subIndexValue(scheme, column, k / scale, true, above);
    byRule.set(above, table);
  }
  return table;
}

