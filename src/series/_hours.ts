/**
 * The mean of a run of hourly values (internal), shared by {@link dailyMeans} and the frame engine's kernel so that
 * both add the same values in the same order and give the same floats.
 */

/**
 * The valid values of `v[from … to − 1]` (`NaN` missing), summed in index order: writes to `acc` the mean (`NaN`
 * without a value; kept within the smallest and largest value, as the exact mean is — floating point could step an
 * ulp outside, 24 × 0.1 sums to 2.4000000000000004), the count, the smallest and the largest value.
 */
export function meanOfHours(v: Float64Array | Float32Array, from: number, to: number, acc: Float64Array): void {
  let sum = 0;
  let c = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i < to; i++) {
    const x = v[i] as number;
    if (x === x) {
      sum += x;
      c++;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  acc[0] = c === 0 ? NaN : Math.min(Math.max(sum / c, lo), hi);
  acc[1] = c;
  acc[2] = lo;
  acc[3] = hi;
}
