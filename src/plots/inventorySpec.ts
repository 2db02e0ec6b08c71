import { EMISSION_POLLUTANT_NAMES, EMISSION_POLLUTANTS, type EmissionShares } from '../planning/inventory.js';
import { SOURCE_CATEGORIES, SOURCE_SUBCATEGORIES, sourceCategory, type SourceCategory } from '../planning/sources.js';
import { describe, readOptions, requireFinite, requireMember, requireRecord } from '../_lib/validate.js';
import { LantianError } from '../errors.js';
import { bilingual, readTitle, requireArray, VEGA_LITE_SCHEMA, type VegaLiteSpec } from './_spec.js';

/** Options of {@link inventorySpec}. */
export interface InventorySpecOptions {
  /** The plot's title; default `'排放源占比 · source shares of emissions'`. */
  readonly title?: string;
}

/** The label of entries that name no source on the dimension (`key: null`). */
export const UNSPECIFIED_SOURCE_LABEL = '未分类 unspecified';
/** The label of the stated total's remainder that no entry accounts for. */
export const UNATTRIBUTED_LABEL = '未归属 unattributed';

/**
 * The source shares of an emission inventory: one stacked bar per pollutant, 100 % wide, each source's share a
 * segment, largest first, from {@link emissionShares}. Sources are named in Chinese and English where lantian
 * knows the key (the ten first-level categories of the national inventory guides and the usual sub-categories;
 * see {@link SOURCE_CATEGORIES}), else by the key itself; entries without a source on the dimension are
 * "unspecified", and the part of a stated total that no entry accounts for is "unattributed".
 *
 * @param shares - The result of {@link emissionShares}: `{ by, pollutants: { nox: { rows, unattributedShare, … } } }`.
 * @param options - `title`.
 * @returns The Vega-Lite specification, one data row per pollutant and source.
 * @throws {LantianError} `INVALID_TYPE` for malformed shares; `UNKNOWN_POLLUTANT` for an unknown pollutant key;
 *   `NOT_FINITE` for a non-finite share or tonnage; `EMPTY_INPUT` when no pollutant has shares.
 * @throws {LantianError} `UNKNOWN_OPTION`, `INVALID_TYPE` or `INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * const shares = emissionShares({ region: 'X', year: 2014, totals: { nox: 1000 }, entries: [
 *   { category: 'mobile', emissions: { nox: 600 } },
 *   { category: 'process', emissions: { nox: 300 } },
 * ] });
 * inventorySpec(shares).data.values; //=> [
 * //   { pollutant: 'NOₓ 氮氧化物', source: '移动源 mobile sources', share: 60, tonnes: 600, order: 0 },
 * //   { pollutant: 'NOₓ 氮氧化物', source: '工艺过程源 industrial processes', share: 30, tonnes: 300, order: 1 },
 * //   { pollutant: 'NOₓ 氮氧化物', source: '未归属 unattributed', share: 10, tonnes: 100, order: 2 }]
 * inventorySpec(shares).data.values.length; //=> 3
 * ```
 */
export function inventorySpec(shares: EmissionShares, options?: InventorySpecOptions) {
  const opts = readOptions(options, ['title']);
  const s = requireRecord(shares, ['shares']);
  const pollutants = requireRecord(s['pollutants'], ['shares', 'pollutants']);
  const values = Object.entries(pollutants).flatMap(([id, value]) => {
    const at = ['shares', 'pollutants', id];
    const pollutant = requireMember(id, EMISSION_POLLUTANTS, at, 'UNKNOWN_POLLUTANT');
    const label = `${EMISSION_POLLUTANT_NAMES[pollutant].symbol} ${EMISSION_POLLUTANT_NAMES[pollutant].zh}`;
    const p = requireRecord(value, at);
    const rows = requireArray(p['rows'], [...at, 'rows']).map((r, i): { pollutant: string; source: string; share: number; tonnes: number | null; order: number } => {
      const row = requireRecord(r, [...at, 'rows', i]);
      const key = row['key'];
      if (key !== null && typeof key !== 'string') throw new LantianError('INVALID_TYPE', [...at, 'rows', i, 'key'], `expected a string or null, received ${describe(key)}`);
      return {
        pollutant: label,
        source: key === null ? UNSPECIFIED_SOURCE_LABEL : sourceLabel(key),
        share: requireFinite(row['share'], [...at, 'rows', i, 'share']),
        tonnes: requireFinite(row['tonnes'], [...at, 'rows', i, 'tonnes']),
        order: i,
      };
    });
    const rest = p['unattributedShare'] === undefined ? 0 : requireFinite(p['unattributedShare'], [...at, 'unattributedShare']);
    if (rest > 0) {
      const tonnes = p['unattributed'] === undefined ? null : requireFinite(p['unattributed'], [...at, 'unattributed']);
      rows.push({ pollutant: label, source: UNATTRIBUTED_LABEL, share: rest, tonnes, order: rows.length });
    }
    return rows;
  });
  if (values.length === 0) throw new LantianError('EMPTY_INPUT', ['shares', 'pollutants'], 'no pollutant has shares');
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Source shares of the emissions of each pollutant, from an emission inventory.',
    title: readTitle(opts['title'], '排放源占比 · source shares of emissions'),
    width: 420,
    data: { values },
    mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      y: { field: 'pollutant', type: 'nominal', title: null, sort: null },
      x: { field: 'share', type: 'quantitative', stack: 'zero', title: '占比 share (%)', scale: { domain: [0, 100] } },
      color: { field: 'source', type: 'nominal', title: '来源 source', scale: { scheme: 'tableau20' }, legend: { orient: 'bottom', columns: 2, labelLimit: 260 } },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'pollutant', type: 'nominal', title: '污染物 pollutant' },
        { field: 'source', type: 'nominal', title: '来源 source' },
        { field: 'share', type: 'quantitative', format: '.1f', title: '占比 share (%)' },
        { field: 'tonnes', type: 'quantitative', format: ',.0f', title: '吨/年 t/a' },
      ],
    },
  } satisfies VegaLiteSpec;
}

function sourceLabel(key: string): string {
  if ((SOURCE_CATEGORIES as ReadonlyArray<string>).includes(key)) return bilingual(sourceCategory(key as SourceCategory).name);
  const sub = SOURCE_SUBCATEGORIES.find((s) => s.id === key);
  return sub === undefined ? key : bilingual(sub.name);
}
