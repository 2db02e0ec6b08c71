/** Trend tests: the exact Spearman p-value at its largest n, and Mann–Kendall / Theil–Sen on long series. */
import { mannKendall, spearmanTrend, theilSen } from '../src/index.js';
import { bench } from './_harness.js';

/** A deterministic noisy series (a linear congruential generator), so runs compare. */
function series(n: number, seed: number): Array<{ year: number; value: number }> {
  let state = seed;
  return Array.from({ length: n }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return { year: 2000 + i, value: 60 - 0.5 * i + (state / 2147483648) * 20 };
  });
}

export function run(): void {
  console.log('\nTrends');
  const ten = series(10, 7);
  bench('spearmanTrend, n = 10 (exact p over 10! orders)', 10, () => spearmanTrend(ten).exactP);
  const tied = ten.map((p) => ({ year: p.year, value: Math.floor(p.value / 10) }));
  bench('spearmanTrend, n = 10 with ties', 10, () => spearmanTrend(tied).exactP);
  const long = series(3000, 11);
  const values = long.map((p) => p.value);
  bench('mannKendall, n = 3000', 3000, () => mannKendall(values).S);
  bench('theilSen, n = 3000 (4.5 M slopes)', 3000, () => theilSen(long).slope);
}
