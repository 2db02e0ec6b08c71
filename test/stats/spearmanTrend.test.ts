import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPEARMAN_CRITICAL_VALUES, spearmanTrend } from '../../src/index.js';
import { LIUZHOU_PM25 } from '../_helpers/liuzhou.js';

const series = (values: ReadonlyArray<number | null>, start = 1) => values.map((value, i) => ({ year: start + i, value }));

/** All permutations of 0…n−1 (an independent enumeration, for checking the dynamic program). */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}

/** Average ranks, written independently of the library: rank = 1 + #smaller + (#equal − 1)/2. */
function ranks(v: ReadonlyArray<number>): number[] {
  return v.map((x) => 1 + v.filter((y) => y < x).length + (v.filter((y) => y === x).length - 1) / 2);
}

function pearson(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number {
  const ma = a.reduce((s, x) => s + x, 0) / a.length;
  const mb = b.reduce((s, x) => s + x, 0) / b.length;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  a.forEach((x, i) => {
    sab += (x - ma) * ((b[i] as number) - mb);
    saa += (x - ma) ** 2;
    sbb += ((b[i] as number) - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}

describe('spearmanTrend (HJ 663 Annex B)', () => {
  it('judges Liuzhou PM2.5 2013–2019 a significant fall', () => {
    // Years 2013, 2014, 2016, 2017, 2018, 2019 rank 1…6; values 70, 67, 44, 45, 41, 38 rank 6, 5, 3, 4, 2, 1.
    // d = −5, −3, 0, 0, 3, 5: Σd² = 68; rs = 1 − 6·68/(6·35) = 1 − 408/210 = −0.942857…
    const t = spearmanTrend(LIUZHOU_PM25);
    expect(t.sumD2).toBe(68);
    expect(t.rs).toBeCloseTo(-0.942857142857, 12);
    expect(t.direction).toBe('decreasing');
    expect(t.critical).toBe(0.829);
    expect(t.significant).toBe(true);
    expect(t.basis).toBe('table');
    // Σd² ≥ 68 only for the reversed order (70) and its 5 adjacent swaps (68 each): 6 of 6! = 720 orders.
    expect(t.exactP).toBeCloseTo(6 / 720, 15);
    expect(t.pMethod).toBe('exact');
    // z = −0.942857·√5 = −2.10829; P(Z ≥ 2.10829) = 0.017503.
    // Exactly Φ(−(33/35)·√5) = 0.0175028410385466… (mpmath ncdf at 40 digits).
    expect(t.normalP).toBeCloseTo(0.01750284103854664, 14);
  });

  it('puts rs = 0.900 for n = 5 exactly on the critical value (good-days ratio 2014–2019)', () => {
    // 65.8, 86.3, 84.4, 88.5, 89.6 rank 1, 3, 2, 4, 5: Σd² = 2, rs = 1 − 12/120 = 0.9.
    const t = spearmanTrend(series([65.8, 86.3, 84.4, 88.5, 89.6], 2015));
    expect(t.rs).toBe(0.9);
    expect(t.critical).toBe(0.9);
    expect(t.significant).toBe(true);
    // Σd² ≤ 2: the identity and its 4 adjacent swaps, 5 of 120 orders.
    expect(t.exactP).toBeCloseTo(5 / 120, 15);
  });

  it('compares |rs| at the table’s three decimals: 0.828571 is 0.829 for n = 6', () => {
    // 2, 1, 4, 3, 6, 5: d = −1, 1, −1, 1, −1, 1, Σd² = 6 → rs = 1 − 36/210 = 0.828571, the smallest significant rs.
    const u = spearmanTrend(series([2, 1, 4, 3, 6, 5]));
    expect(u.sumD2).toBe(6);
    expect(u.rs).toBeCloseTo(29 / 35, 15);
    expect(u.significant).toBe(true);
    expect(u.exactP).toBeLessThanOrEqual(0.05);
    // 2, 3, 1, 4, 6, 5: d = −1, −1, 2, 0, −1, 1, Σd² = 8 → rs = 1 − 48/210 = 0.771429: not significant.
    const t = spearmanTrend(series([2, 3, 1, 4, 6, 5]));
    expect(t.sumD2).toBe(8);
    expect(t.significant).toBe(false);
    expect(t.exactP).toBeGreaterThan(0.05);
  });

  it('has critical values that are the exact one-sided 5 % (and 1 %) points for n = 5…10', () => {
    // Independent check of the table (UNCONFIRMED as HJ 663's): enumerate Σd² over all n! orders (n ≤ 8 here
    // to keep the test fast), find the smallest rs, to three decimals, with P(RS ≥ rs) ≤ alpha.
    for (let n = 5; n <= 8; n++) {
      const counts = new Map<number, number>();
      for (const p of permutations(n)) {
        const d2 = p.reduce((s, v, i) => s + (v - i) ** 2, 0);
        counts.set(d2, (counts.get(d2) ?? 0) + 1);
      }
      const total = [...counts.values()].reduce((s, c) => s + c, 0);
      for (const alpha of [0.05, 0.01] as const) {
        let tail = 0;
        let critical = Number.NaN;
        for (const d2 of [...counts.keys()].sort((a, b) => a - b)) {
          tail += counts.get(d2) as number;
          if (tail / total > alpha) break;
          critical = 1 - (6 * d2) / (n * (n * n - 1));
        }
        expect(Math.round(critical * 1000) / 1000).toBe(SPEARMAN_CRITICAL_VALUES[alpha][n]);
      }
    }
  });

  it('computes the exact p-value like a brute-force enumeration, ties included', () => {
    const cases: number[][] = [
      [3, 1, 4, 1, 5],
      [2, 2, 2, 1, 3, 3],
      [10, 9, 9, 8, 7, 7, 1],
      [1, 2, 3, 4],
    ];
    for (const values of cases) {
      const n = values.length;
      const rx = ranks(values.map((_, i) => i));
      const ry = ranks(values);
      const observed = pearson(rx, ry);
      let tail = 0;
      const all = permutations(n);
      for (const p of all) {
        const r = pearson(rx, p.map((j) => ry[j] as number));
        if (observed >= 0 ? r >= observed - 1e-12 : r <= observed + 1e-12) tail++;
      }
      const t = spearmanTrend(series(values));
      expect(t.rs).toBeCloseTo(observed, 12);
      expect(t.exactP).toBeCloseTo(tail / all.length, 12);
    }
  });

  it('uses the Pearson correlation of average ranks when values are tied', () => {
    // Years 1…4 and values 1, 2, 2, 3: value ranks 1, 2.5, 2.5, 4; deviations (−1.5, −.5, .5, 1.5) and
    // (−1.5, 0, 0, 1.5): rs = 4.5/√(5·4.5) = 0.948683. The untied formula would give 1 − 6·0.5/60 = 0.95.
    const t = spearmanTrend(series([1, 2, 2, 3]));
    expect(t.ties).toBe(true);
    expect(t.sumD2).toBe(0.5);
    expect(t.rs).toBeCloseTo(0.9486832980505138, 14);
  });

  it('reports no trend for constant values and counts missing ones', () => {
    const t = spearmanTrend(series([5, null, 5, Number.NaN, 5]));
    expect(t).toMatchObject({ n: 3, missing: 2, rs: 0, direction: 'none', significant: false });
  });

  it('judges n without a table value by the p-value, and uses the normal approximation above n = 10', () => {
    const eleven = spearmanTrend(series([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]));
    expect(eleven).toMatchObject({ critical: null, basis: 'p-value', pMethod: 'normal', exactP: null, rs: -1, significant: true });
    // z = −1·√10 = −3.16228: P(Z ≥ 3.16228) = 0.000783.
    // Exactly Φ(−√10) = 0.000782701129001274… (mpmath ncdf at 40 digits).
    expect(eleven.p).toBeCloseTo(0.0007827011290012748, 15);
    const four = spearmanTrend(series([4, 3, 2, 1]));
    // n = 4: the table starts at 5; the reversed order is 1 of 24 orders, p = 0.0417 ≤ 0.05.
    expect(four).toMatchObject({ critical: null, basis: 'p-value', significant: true });
    expect(four.p).toBeCloseTo(1 / 24, 15);
    expect(spearmanTrend(series(Array.from({ length: 12 }, (_, i) => 12 - i))).critical).toBe(0.506);
  });

  it('takes alpha 0.01 and caller critical values', () => {
    const good = series([65.8, 86.3, 84.4, 88.5, 89.6]);
    expect(spearmanTrend(good, { alpha: 0.01 })).toMatchObject({ critical: 1, significant: false });
    expect(spearmanTrend(good, { criticalValues: { 5: 0.95 } })).toMatchObject({ critical: 0.95, significant: false });
  });

  it('does not mutate frozen input', () => {
    const points = Object.freeze(series([3, 2, 1]).map((p) => Object.freeze(p)));
    expect(spearmanTrend(points).rs).toBe(-1);
  });

  it('rejects bad input with a code and a path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => spearmanTrend('x' as never), 'INVALID_TYPE', ['points']],
      [() => spearmanTrend([1, 2, 3] as never), 'INVALID_TYPE', ['points', 0]],
      [() => spearmanTrend([{ year: '2014', value: 1 }] as never), 'INVALID_TYPE', ['points', 0, 'year']],
      [() => spearmanTrend([{ year: 2014, value: Infinity }]), 'NOT_FINITE', ['points', 0, 'value']],
      [() => spearmanTrend([{ year: 2014, value: 1, note: 'x' }] as never), 'INVALID_INPUT', ['points', 0, 'note']],
      [() => spearmanTrend(series([1, 2])), 'INSUFFICIENT_DATA', ['points']],
      [() => spearmanTrend(series([1, 2, null, 3].slice(0, 3))), 'INSUFFICIENT_DATA', ['points']],
      [() => spearmanTrend(series([1, 2, 3]), { alpha: 0.1 as never }), 'INVALID_OPTION', ['options', 'alpha']],
      [() => spearmanTrend(series([1, 2, 3]), { criticalValues: { 5: 2 } }), 'INVALID_OPTION', ['options', 'criticalValues', '5']],
      [() => spearmanTrend(series([1, 2, 3]), { criticalValues: { x: 0.5 } as never }), 'INVALID_OPTION', ['options', 'criticalValues', 'x']],
      [() => spearmanTrend(series([1, 2, 3]), { alfa: 0.05 } as never), 'UNKNOWN_OPTION', ['options', 'alfa']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });

  it('keeps p in [0, 1], rs in [−1, 1], and flips sign when the series is reversed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 9 }), (values) => {
        const t = spearmanTrend(series(values));
        const r = spearmanTrend(series([...values].reverse()));
        expect(t.p).toBeGreaterThanOrEqual(0);
        expect(t.p).toBeLessThanOrEqual(1);
        expect(Math.abs(t.rs)).toBeLessThanOrEqual(1 + 1e-12);
        expect(r.rs).toBeCloseTo(-t.rs, 12);
      }),
      { numRuns: 100 },
    );
  });

  it('gives smaller exact p-values to stronger trends (n = 6, every order)', () => {
    const results = permutations(6).map((p) => spearmanTrend(series(p)));
    const rising = results.filter((t) => t.rs >= 0).sort((a, b) => a.rs - b.rs);
    for (let i = 1; i < rising.length; i++) expect((rising[i] as { p: number }).p).toBeLessThanOrEqual((rising[i - 1] as { p: number }).p);
  });
});
