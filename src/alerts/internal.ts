/** The alerts area's private helpers: the runs of days that pass a threshold. */

/** A day's test: strictly above `value`, or at least `value` when `inclusive`. */
export interface Threshold {
  readonly value: number;
  readonly inclusive: boolean;
}

/** Whether `v` passes `t` (a missing day, `NaN`, never does). */
export function passes(v: number, t: Threshold): boolean {
  return t.inclusive ? v >= t.value : v > t.value;
}

/**
 * Calls `visit(start, end)` (inclusive indices) for each maximal run of days in `from…to` that pass `t`, in time
 * order, until `visit` returns `true`; returns whether it did.
 */
export function forEachRun(values: Float64Array, t: Threshold, from: number, to: number, visit: (start: number, end: number) => boolean): boolean {
  let start = -1;
  for (let i = from; i <= to + 1; i++) {
    const inRun = i <= to && passes(values[i] as number, t);
    if (inRun && start < 0) start = i;
    else if (!inRun && start >= 0) {
      if (visit(start, i - 1)) return true;
      start = -1;
    }
  }
  return false;
}
