import { LantianError } from '../errors.js';
import { describe, isRecord } from '../_lib/validate.js';

/** One entry to rank: a station or a city and its comprehensive index (`null` when it has none). */
export interface RankEntry {
  readonly id: string;
  readonly index: number | null;
}

/** A ranked entry. */
export interface RankedEntry extends RankEntry {
  /** 1 for the lowest index (the cleanest air); ties share a rank; `null` without an index. */
  readonly rank: number | null;
}

/**
 * Ranks stations or cities by comprehensive index, lowest (cleanest) first, as the Ministry's city rankings do:
 * equal indices share a rank and the next rank skips ("1, 2, 2, 4" — standard competition ranking). Entries
 * without an index come last, unranked, in their given order. Compare indices as published (e.g. the
 * `total` of {@link comprehensiveIndex}) to rank as published.
 *
 * @param entries - `{ id, index }` pairs.
 * @returns The entries in rank order with their ranks.
 * @throws {LantianError} `INVALID_TYPE` for a non-array or a malformed entry; `NOT_FINITE` or `NEGATIVE_VALUE` for a
 *   bad index; `INVALID_INPUT` for an id given twice.
 * @example
 * ```ts
 * rankByIndex([{ id: '柳州', index: 4.36 }, { id: '桂林', index: 3.9 }, { id: '南宁', index: 3.9 }, { id: 'X', index: null }]);
 * //=> [{ id: '桂林', index: 3.9, rank: 1 }, { id: '南宁', index: 3.9, rank: 1 }, { id: '柳州', index: 4.36, rank: 3 },
 * //     { id: 'X', index: null, rank: null }]
 * ```
 */
export function rankByIndex(entries: ReadonlyArray<RankEntry>): RankedEntry[] {
  if (!Array.isArray(entries)) throw new LantianError('INVALID_TYPE', ['entries'], `expected an array, received ${describe(entries)}`);
  const seen = new Set<string>();
  const read = entries.map((entry: unknown, i) => {
    if (!isRecord(entry) || typeof entry['id'] !== 'string') {
      throw new LantianError('INVALID_TYPE', ['entries', i], 'expected { id: string, index: number | null }');
    }
    const id = entry['id'];
    if (seen.has(id)) throw new LantianError('INVALID_INPUT', ['entries', i, 'id'], `'${id}' is given twice`);
    seen.add(id);
    const index = entry['index'];
    if (index !== null) {
      if (typeof index !== 'number') throw new LantianError('INVALID_TYPE', ['entries', i, 'index'], `expected a number or null, received ${describe(index)}`);
      if (!Number.isFinite(index)) throw new LantianError('NOT_FINITE', ['entries', i, 'index'], `received ${index}`);
      if (index < 0) throw new LantianError('NEGATIVE_VALUE', ['entries', i, 'index'], `received ${index}`);
    }
    return { id, index: index as number | null, order: i };
  });
  const ranked = read
    .filter((e) => e.index !== null)
    .sort((a, b) => (a.index as number) - (b.index as number) || a.order - b.order);
  const out: RankedEntry[] = [];
  ranked.forEach((e, k) => {
    const previous = out[k - 1];
    const rank = previous !== undefined && previous.index === e.index ? (previous.rank as number) : k + 1;
    out.push({ id: e.id, index: e.index, rank });
  });
  for (const e of read) if (e.index === null) out.push({ id: e.id, index: null, rank: null });
  return out;
}
