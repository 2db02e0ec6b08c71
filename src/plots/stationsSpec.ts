import { LantianError } from '../errors.js';
import { describe, readOptions, requireFinite, requireRecord } from '../_lib/validate.js';
import { readMaybeNumber } from './_read.js';
import { readTitle, requireArray, VEGA_LITE_SCHEMA, type VegaLiteSpec } from './_spec.js';

/** Options of {@link stationsSpec}. */
export interface StationsSpecOptions {
  /** The plot's title; default `'综合指数排名 · ranked by comprehensive index'`. */
  readonly title?: string;
  /** The index axis's title; default `'综合指数 comprehensive index'`. */
  readonly indexTitle?: string;
}

/** One station or city to draw: its name (`id`, `name` or `station`) and index; `rank` as {@link rankByIndex} gives it. */
export interface StationsSpecEntry {
  readonly id?: string;
  readonly name?: string;
  readonly station?: string;
  readonly index: number | null;
  readonly rank?: number | null;
}

/**
 * Stations (or cities) ranked by an index, lowest — the cleanest air — at the top, one bar each, labelled with
 * the index and the rank: the ranking of {@link rankByIndex} (equal indices share a rank, "1, 2, 2, 4"), whose
 * output this takes as is; entries without a rank are ranked here the same way. Entries without an index are
 * left out and counted in the subtitle.
 *
 * @param entries - `{ id, index, rank? }` (or `name` / `station` for `id`), e.g. the output of {@link rankByIndex}.
 * @param options - `title`, `indexTitle`.
 * @returns The Vega-Lite specification, one data row per entry with an index, in rank order.
 * @throws {LantianError} `INVALID_TYPE` for a non-array, an entry without a name or a bad index or rank;
 *   `NOT_FINITE` for a non-finite index; `INVALID_INPUT` for a name given twice; `EMPTY_INPUT` when no entry has an index.
 * @throws {LantianError} `UNKNOWN_OPTION`, `INVALID_TYPE` or `INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * const spec = stationsSpec(rankByIndex([{ id: '柳州', index: 4.36 }, { id: '桂林', index: 3.9 }, { id: '南宁', index: 3.9 }]));
 * spec.data.values; //=> [{ name: '桂林', index: 3.9, rank: 1, label: '3.9 (#1)' }, { name: '南宁', index: 3.9, rank: 1, label: '3.9 (#1)' }, { name: '柳州', index: 4.36, rank: 3, label: '4.36 (#3)' }]
 * stationsSpec([{ station: 'A', index: 2 }, { station: 'B', index: null }]).title.subtitle; //=> '1 without an index, not shown · 1个无指数'
 * ```
 */
export function stationsSpec(entries: ReadonlyArray<StationsSpecEntry>, options?: StationsSpecOptions) {
  const opts = readOptions(options, ['title', 'indexTitle']);
  const seen = new Set<string>();
  const read = requireArray(entries, ['entries']).map((value, i) => {
    const e = requireRecord(value, ['entries', i]);
    const key = ['id', 'name', 'station'].find((k) => e[k] !== undefined);
    const name = key === undefined ? undefined : e[key];
    if (typeof name !== 'string') throw new LantianError('INVALID_TYPE', ['entries', i, key ?? 'id'], `expected a name (id, name or station), received ${describe(name)}`);
    if (seen.has(name)) throw new LantianError('INVALID_INPUT', ['entries', i, key as string], `'${name}' is given twice`);
    seen.add(name);
    const index = readMaybeNumber(e['index'], ['entries', i, 'index']);
    const rank = e['rank'] === undefined || e['rank'] === null ? null : requireFinite(e['rank'], ['entries', i, 'rank']);
    return { name, index, rank, order: i };
  });
  const ranked = read.filter((e) => e.index !== null).sort((a, b) => (a.index as number) - (b.index as number) || a.order - b.order);
  if (ranked.length === 0) throw new LantianError('EMPTY_INPUT', ['entries'], 'no entry has an index');
  const values = ranked.map((e) => {
    const rank = e.rank ?? 1 + ranked.findIndex((o) => o.index === e.index);
    return { name: e.name, index: e.index as number, rank, label: `${e.index} (#${rank})` };
  });
  const without = read.length - ranked.length;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Stations or cities ranked by index, lowest first.',
    title: { text: readTitle(opts['title'], '综合指数排名 · ranked by comprehensive index'), subtitle: without === 0 ? '' : `${without} without an index, not shown · ${without}个无指数` },
    width: 420,
    height: { step: 20 },
    data: { values },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: null, title: null },
      x: { field: 'index', type: 'quantitative', title: readTitle(opts['indexTitle'], '综合指数 comprehensive index', ['options', 'indexTitle']) },
    },
    layer: [
      { mark: { type: 'bar', color: '#4C78A8' }, encoding: { tooltip: [{ field: 'name', type: 'nominal' }, { field: 'index', type: 'quantitative' }, { field: 'rank', type: 'quantitative' }] } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 }, encoding: { text: { field: 'label', type: 'nominal' } } },
    ],
  } satisfies VegaLiteSpec;
}
