import { describe, expect, it } from 'vitest';
import { rankByIndex } from '../../src/index.js';

describe('rankByIndex (standard competition ranking, lowest index first)', () => {
  it('gives ties one rank and skips the next', () => {
    expect(rankByIndex([{ id: 'a', index: 4.36 }, { id: 'b', index: 3.9 }, { id: 'c', index: 3.9 }, { id: 'd', index: 5 }])).toEqual([
      { id: 'b', index: 3.9, rank: 1 },
      { id: 'c', index: 3.9, rank: 1 },
      { id: 'a', index: 4.36, rank: 3 },
      { id: 'd', index: 5, rank: 4 },
    ]);
  });

  it('puts entries without an index last, unranked', () => {
    expect(rankByIndex([{ id: 'x', index: null }, { id: 'y', index: 2 }])).toEqual([
      { id: 'y', index: 2, rank: 1 },
      { id: 'x', index: null, rank: null },
    ]);
    expect(rankByIndex([])).toEqual([]);
  });

  it('does not depend on the order the entries are given (ranks)', () => {
    const entries = [{ id: 'a', index: 3 }, { id: 'b', index: 1 }, { id: 'c', index: 3 }, { id: 'd', index: 2 }];
    const rank = (list: typeof entries) => Object.fromEntries(rankByIndex(Object.freeze(list)).map((e) => [e.id, e.rank]));
    expect(rank([...entries].reverse())).toEqual(rank(entries));
    expect(rank(entries)).toEqual({ b: 1, d: 2, a: 3, c: 3 });
  });

  it('rejects malformed entries', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => rankByIndex({} as never), 'INVALID_TYPE', ['entries']],
      [() => rankByIndex([{ id: 1, index: 2 }] as never), 'INVALID_TYPE', ['entries', 0]],
      [() => rankByIndex([{ id: 'a', index: '2' }] as never), 'INVALID_TYPE', ['entries', 0, 'index']],
      [() => rankByIndex([{ id: 'a', index: Number.NaN }]), 'NOT_FINITE', ['entries', 0, 'index']],
      [() => rankByIndex([{ id: 'a', index: -1 }]), 'NEGATIVE_VALUE', ['entries', 0, 'index']],
      [() => rankByIndex([{ id: 'a', index: 1 }, { id: 'a', index: 2 }]), 'INVALID_INPUT', ['entries', 1, 'id']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
