import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index.js';

/**
 * The change (to − from)/from in percent, rounded half to even at `d` decimals (GB/T 8170), worked in integers and
 * independently of the library: the quotient of (to − from)·100·10^d by `from`, its remainder deciding the rounding.
 */
function roundedChange(from: number, to: number, d: number): number {
  const n = BigInt(to - from) * 100n * 10n ** BigInt(d);
  const q = BigInt(from);
  const magnitude = n < 0n ? -n : n;
  let digits = magnitude / q;
  const twice = (magnitude % q) * 2n;
  if (twice > q || (twice === q && digits % 2n === 1n)) digits += 1n;
  return Number(n < 0n ? -digits : digits) / 10 ** d;
}

describe('checkConsistency', () => {
  it('confirms the changes the Liuzhou plan computes right and flags PM10 (§一(二))', () => {
    const report = checkConsistency([
      // 2009 → 2017 SO2 63 → 19 "下降了69.84%": −44/63 = −69.841 %.
      { kind: 'change', label: 'SO2', from: 63, to: 19, stated: '-69.84' },
      // 2014 → 2017 PM10 92 → 66 "降低了27.08%": −26/92 = −28.261 %.
      { kind: 'change', label: 'PM10', from: 92, to: 66, stated: '-27.08' },
      // 2013 → 2017 PM2.5 70 → 45 "降低了35.71%": −25/70 = −35.714 %.
      { kind: 'change', label: 'PM2.5', from: 70, to: 45, stated: '-35.71' },
      // 2014 → 2017 O3 155 → 127 "下降了18.06%": −28/155 = −18.065 %.
      { kind: 'change', label: 'O3', from: 155, to: 127, stated: '-18.06' },
    ]);
    expect(report.checks.map((c) => c.verdict)).toEqual(['consistent', 'inconsistent', 'consistent', 'consistent']);
    expect(report).toMatchObject({ consistent: 3, withinRounding: 0, inconsistent: 1 });
    const pm10 = report.checks[1];
    // Exactly −650/23 = −28.260869565217391… and −650/23 + 27.08 = −679/575 = −1.180869565217391… (python3 fractions).
    expect(pm10?.computed).toBeCloseTo(-28.26086956521739, 12);
    expect(pm10?.difference).toBeCloseTo(-1.1808695652173913, 12);
    expect(pm10?.tolerance).toBeCloseTo(0.005, 12);
    // 66/(1 − 0.2708) = 90.51: the start the stated change implies.
    expect(pm10?.note).toContain('90.51');
  });

  it('reads good-days ratios: 240/365 gives the plan’s 65.8 %, HJ 663’s 240/363 does not', () => {
    const report = checkConsistency([
      { kind: 'ratio', label: '2014 of 365 days', part: 240, whole: 365, stated: '65.8' },
      // 240 good + 123 polluted = 363 classified days: 240/363 = 66.12 %.
      { kind: 'ratio', label: '2014 of valid days', part: 240, whole: 240 + 123, stated: '65.8' },
      // 308 + 57 = 365: 308/365 = 84.38 % → 84.4.
      { kind: 'ratio', label: '2017', part: 308, whole: 308 + 57, stated: '84.4' },
      // Published 2018: 322 good days, 88.5 %: 322/365 = 88.22 %; 322/364 = 88.46 % → 88.5.
      { kind: 'ratio', label: '2018', part: 322, whole: 365, stated: '88.5' },
      { kind: 'ratio', label: '2018 of 364', part: 322, whole: 364, stated: '88.5' },
    ]);
    expect(report.checks.map((c) => c.verdict)).toEqual(['consistent', 'inconsistent', 'consistent', 'inconsistent', 'consistent']);
    // Exactly 24000/363 = 8000/121 = 66.115702479338842… (python3 fractions).
    expect(report.checks[1]?.computed).toBeCloseTo(66.11570247933884, 12);
    // 240/0.658 = 364.74 days: the whole the stated ratio implies.
    expect(report.checks[1]?.note).toContain('364.74');
  });

  it('tells a figure that only follows within the rounding of its inputs', () => {
    // 柳钢 2.2万吨 of 4.2万吨 SO2 stated as 50.8 %: 2.2/4.2 = 52.38 %, but 2.15/4.25 = 50.59 % … 2.25/4.15 = 54.22 %.
    const [c] = checkConsistency([{ kind: 'ratio', part: '2.2', whole: '4.2', stated: '50.8' }]).checks;
    expect(c?.verdict).toBe('within-rounding');
    // Exactly 2.2/4.2 × 100 = 1100/21 = 52.380952380952380… (python3 fractions).
    expect(c?.computed).toBeCloseTo(52.38095238095238, 12);
    expect(c?.range?.[0]).toBeCloseTo(215 / 4.25, 10);
    expect(c?.range?.[1]).toBeCloseTo(225 / 4.15, 10);
  });

  it('checks ratios that are not percentages (emission intensity, t/km²)', () => {
    // 4.2万吨 SO2 at 2.3 t/km²: an area of 18,600 km² gives 42000/18600 = 2.258 → 2.3.
    const [c] = checkConsistency([{ kind: 'ratio', part: 42_000, whole: 18_600, stated: '2.3', scale: 1 }]).checks;
    expect(c?.verdict).toBe('consistent');
    // Exactly 42000/18600 = 70/31 = 2.258064516129032… (python3 fractions).
    expect(c?.computed).toBeCloseTo(2.2580645161290325, 14);
  });

  it('adds up stated shares with the rounding of each part', () => {
    const report = checkConsistency([
      // NOx mobile sources 29.1 % = road 23.2 % + non-road 5.9 %.
      { kind: 'sum', label: 'NOx mobile', parts: ['23.2', '5.9'], total: '29.1' },
      // SO2: industry 94.4 + mobile 3.0 + biomass 2.0 + residential 0.6 = 100.0.
      { kind: 'sum', label: 'SO2', parts: ['94.4', '3.0', '2.0', '0.6'], total: 100 },
      // Primary pollutants 2017: 63.48 + 19.57 + 16.97 = 100.02; three parts at two decimals allow at most ±0.015.
      { kind: 'sum', label: 'primary', parts: ['63.48', '19.57', '16.97'], total: 100 },
      // Named SO2 parts of industry: 50.8 + 8.7 + 16.2 + 7.8 = 83.5 ≤ 94.4.
      { kind: 'sum', label: 'SO2 industry', parts: ['50.8', '8.7', '16.2', '7.8'], total: '94.4', relation: 'at-most' },
      // VOCs biomass burning 20.3 ≥ straw 12.3 + stoves 7.3 = 19.6.
      { kind: 'sum', label: 'VOCs biomass', parts: ['12.3', '7.3'], total: '20.3', relation: 'at-most' },
      // Two shares at one decimal adding to 100.1 against an exact 100: explained by their rounding (±0.1).
      { kind: 'sum', label: 'rounding', parts: ['33.4', '66.7'], total: 100 },
      { kind: 'sum', label: 'too much', parts: ['60', '50'], total: '100', relation: 'at-most' },
    ]);
    expect(report.checks.map((c) => c.verdict)).toEqual(['consistent', 'consistent', 'inconsistent', 'consistent', 'consistent', 'within-rounding', 'inconsistent']);
    expect(report.checks[2]?.computed).toBeCloseTo(100.02, 12);
    expect(report.checks[2]?.range?.[1]).toBeCloseTo(100.035, 12);
  });

  it('finds the smallest whole that gives stated shares, or none', () => {
    const report = checkConsistency([
      { kind: 'counts', shares: ['33.3', '66.7'], maxDenominator: 100, complete: true },
      { kind: 'counts', label: '2017 primary pollutants', shares: ['63.48', '19.57', '16.97'], maxDenominator: 366, complete: true },
      { kind: 'counts', label: 'even with days counted twice', shares: ['63.48', '19.57', '16.97'], maxDenominator: 366 },
      { kind: 'counts', label: 'if 16.97 were 16.96', shares: ['63.48', '19.57', '16.96'], maxDenominator: 366, complete: true },
    ]);
    expect(report.checks[0]).toMatchObject({ verdict: 'consistent', denominator: 3, counts: [1, 2] });
    expect(report.checks[1]?.verdict).toBe('inconsistent');
    expect(report.checks[2]?.verdict).toBe('inconsistent');
    // 146/230 = 63.478 %, 45/230 = 19.565 %, 39/230 = 16.957 %.
    expect(report.checks[3]).toMatchObject({ verdict: 'consistent', denominator: 230, counts: [146, 45, 39] });
  });

  it('agrees with an independent integer search on which wholes fit the 2017 shares', () => {
    // Shares in units of 0.01 %: c/N rounds to s iff |10000·c − s·N| ≤ N/2.
    const fits = (s: number, n: number) => {
      for (let c = 0; c <= n; c++) if (Math.abs(10_000 * c - s * n) * 2 <= n) return true;
      return false;
    };
    let smallest = 0;
    for (let n = 1; n <= 4000 && smallest === 0; n++) if ([6348, 1957, 1697].every((s) => fits(s, n))) smallest = n;
    const [c] = checkConsistency([{ kind: 'counts', shares: ['63.48', '19.57', '16.97'], maxDenominator: 4000 }]).checks;
    expect(c?.denominator).toBe(smallest);
    expect(smallest).toBeGreaterThan(366);
  });

  it('notes a stated change with the wrong sign and takes a tolerance', () => {
    const [sign] = checkConsistency([{ kind: 'change', from: 63, to: 19, stated: '69.84' }]).checks;
    expect(sign?.verdict).toBe('inconsistent');
    expect(sign?.note).toContain('wrong sign');
    const [loose] = checkConsistency([{ kind: 'change', from: 92, to: 66, stated: -27.08 }], { tolerance: 1.5 }).checks;
    expect(loose?.verdict).toBe('consistent');
    // A number's own decimals set the default tolerance: −28.3 (one decimal) accepts −28.26.
    const [oneDecimal] = checkConsistency([{ kind: 'change', from: 92, to: 66, stated: -28.3 }]).checks;
    expect(oneDecimal?.tolerance).toBeCloseTo(0.05, 12);
    expect(oneDecimal?.verdict).toBe('consistent');
  });

  it('accepts every statement whose stated figure is the rounded computation', () => {
    // The integer rounding itself, on figures worked by hand: −44/63 = −69.841… % → −69.84 (the plan's "下降了69.84%");
    // 1/400 = 0.25 % is a tie → 0.2 (even); 3/400 = 0.75 % → 0.8; −1/8 = −12.5 % → −12 at no decimals.
    expect([roundedChange(63, 19, 2), roundedChange(400, 401, 1), roundedChange(400, 403, 1), roundedChange(8, 7, 0)]).toEqual([-69.84, 0.2, 0.8, -12]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 3 }), (from, to, d) => {
        const stated = roundedChange(from, to, d);
        const [ok] = checkConsistency([{ kind: 'change', from, to, stated, decimals: d }]).checks;
        expect(ok?.verdict).toBe('consistent');
        const [off] = checkConsistency([{ kind: 'change', from, to, stated: stated + 2 * 10 ** -d, decimals: d }]).checks;
        expect(off?.verdict).toBe('inconsistent');
      }),
      { numRuns: 200 },
    );
  });

  it('does not mutate frozen input', () => {
    const statements = Object.freeze([Object.freeze({ kind: 'sum' as const, parts: Object.freeze(['23.2', '5.9']) as string[], total: '29.1' })]);
    expect(checkConsistency(statements).consistent).toBe(1);
  });

  it('rejects bad input with a code and a path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => checkConsistency('x' as never), 'INVALID_TYPE', ['statements']],
      [() => checkConsistency([{ kind: 'guess' } as never]), 'INVALID_INPUT', ['statements', 0, 'kind']],
      [() => checkConsistency([{ kind: 'change', from: 0, to: 19, stated: 1 }]), 'OUT_OF_RANGE', ['statements', 0, 'from']],
      [() => checkConsistency([{ kind: 'ratio', part: 1, whole: '0', stated: 1 }]), 'OUT_OF_RANGE', ['statements', 0, 'whole']],
      [() => checkConsistency([{ kind: 'ratio', part: '4,2', whole: 1, stated: 1 }]), 'INVALID_INPUT', ['statements', 0, 'part']],
      [() => checkConsistency([{ kind: 'change', from: 1, to: 2, stated: 1, note: 'x' } as never]), 'UNKNOWN_OPTION', ['statements', 0, 'note']],
      [() => checkConsistency([{ kind: 'counts', shares: ['50'], maxDenominator: 0 }]), 'OUT_OF_RANGE', ['statements', 0, 'maxDenominator']],
      [() => checkConsistency([], { tolerance: -1 }), 'NEGATIVE_VALUE', ['options', 'tolerance']],
      [() => checkConsistency([], { tolerence: 1 } as never), 'UNKNOWN_OPTION', ['options', 'tolerence']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
