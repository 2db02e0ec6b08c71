import { LantianError } from '../errors.js';
import type { YearValue } from '../planning/trajectory.js';
import type { Trajectory } from '../planning/trajectory.js';
import { theilSen } from '../stats/theilSen.js';
import type { TrendPoint } from '../stats/trendPoint.js';
import { describe, isRecord, readOptions, requireFinite, requireMember, requireRecord } from '../_lib/validate.js';
import { readMaybeNumber } from './_read.js';
import { readTitle, requireArray, VEGA_LITE_SCHEMA, type VegaLiteSpec } from './_spec.js';

/** Options of {@link trendSpec}. */
export interface TrendSpecOptions {
  /** A plan's target path: a {@link trajectory} result, or `{ year, value }` points (milestones). */
  readonly target?: Trajectory | ReadonlyArray<YearValue>;
  /** Which path of a {@link Trajectory} to draw: `'linear'` (default) or `'compound'`. */
  readonly targetPath?: 'linear' | 'compound';
  /** The plot's title; default `'趋势 · trend'`. */
  readonly title?: string;
  /** The value axis's title, e.g. `'PM₂.₅ 年均浓度 annual mean (µg/m³)'`; default `'值 value'`. */
  readonly valueTitle?: string;
}

/** The series of {@link trendSpec}, with their colours. */
export const TREND_SERIES = Object.freeze({
  observed: Object.freeze({ label: '实测 observed', color: '#4C78A8' }),
  trend: Object.freeze({ label: 'Theil–Sen 趋势 trend', color: '#F58518' }),
  target: Object.freeze({ label: '目标 target', color: '#54A24B' }),
});

/**
 * A yearly series with its Theil–Sen trend line and, optionally, a plan's target path. The line is the Theil–Sen
 * estimate of {@link theilSen} (the median of the pairwise slopes, Sen 1968, with scipy's `joint` intercept),
 * drawn over the years observed; the subtitle gives its slope per year with the 95 % interval. The target is a
 * {@link trajectory} (its straight or compound path, milestones marked) or the milestones themselves.
 *
 * @param points - `{ year, value }` points; `null` / `NaN` values are missing (drawn as gaps).
 * @param options - `target`, `targetPath`, `title`, `valueTitle`.
 * @returns The Vega-Lite specification: one data row per observed point, two for the trend line, one per target year.
 * @throws {LantianError} `INVALID_TYPE` / `NOT_FINITE` for a bad point (path: `points[i]`); `INSUFFICIENT_DATA`
 *   for fewer than 2 values or a single year (no trend); `INVALID_TYPE`, `NOT_FINITE` or `INVALID_OPTION` for a
 *   bad target or target path; `UNKNOWN_OPTION` or `INVALID_OPTION` for other bad options.
 * @example
 * ```ts
 * const spec = trendSpec(
 *   [{ year: 2015, value: 58 }, { year: 2016, value: 52 }, { year: 2017, value: 50 }, { year: 2018, value: 44 }],
 *   { target: [{ year: 2015, value: 58 }, { year: 2020, value: 40 }] },
 * );
 * spec.data.values.filter((d) => d.series === 'Theil–Sen 趋势 trend'); //=> [{ year: 2015, value: 57.5, series: 'Theil–Sen 趋势 trend', milestone: false }, { year: 2018, value: 44.5, series: 'Theil–Sen 趋势 trend', milestone: false }]
 * spec.title.subtitle; //=> 'Theil–Sen: -4.33 per year (95 % interval -6 … -2)'
 * ```
 */
export function trendSpec(points: ReadonlyArray<TrendPoint>, options?: TrendSpecOptions) {
  const opts = readOptions(options, ['target', 'targetPath', 'title', 'valueTitle']);
  const observed = requireArray(points, ['points']).map((value, i) => {
    const p = requireRecord(value, ['points', i]);
    return { year: requireFinite(p['year'], ['points', i, 'year']), value: readMaybeNumber(p['value'], ['points', i, 'value']) };
  });
  const fit = theilSen(observed);
  const years = observed.filter((p) => p.value !== null).map((p) => p.year);
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  const path = opts['targetPath'] === undefined ? 'linear' : requireMember(opts['targetPath'], ['linear', 'compound'] as const, ['options', 'targetPath'], 'INVALID_OPTION');
  const target = opts['target'] === undefined ? [] : readTarget(opts['target'], path);
  const row = (series: string, year: number, value: number | null, milestone = false) => ({ year, value, series, milestone });
  const values = [
    ...observed.map((p) => row(TREND_SERIES.observed.label, p.year, p.value)),
    row(TREND_SERIES.trend.label, lo, fit.intercept + fit.slope * lo),
    row(TREND_SERIES.trend.label, hi, fit.intercept + fit.slope * hi),
    ...target.map((t) => row(TREND_SERIES.target.label, t.year, t.value, t.milestone)),
  ];
  const fmt = (x: number | null) => (x === null ? '?' : String(Math.round(x * 100) / 100));
  const series = Object.values(TREND_SERIES).filter((s) => s !== TREND_SERIES.target || target.length > 0);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'A yearly series with its Theil–Sen trend line and a target path.',
    title: {
      text: readTitle(opts['title'], '趋势 · trend'),
      subtitle: `Theil–Sen: ${fmt(fit.slope)} per year (95 % interval ${fmt(fit.lowSlope)} … ${fmt(fit.highSlope)})`,
    },
    width: 420,
    height: 260,
    data: { values },
    encoding: {
      x: { field: 'year', type: 'quantitative', title: '年 year', axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false } },
      y: { field: 'value', type: 'quantitative', title: readTitle(opts['valueTitle'], '值 value', ['options', 'valueTitle']), scale: { zero: false } },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: { domain: series.map((s) => s.label), range: series.map((s) => s.color) },
        legend: { orient: 'bottom' },
      },
    },
    layer: [
      {
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          strokeDash: {
            field: 'series',
            type: 'nominal',
            scale: { domain: series.map((s) => s.label), range: series.map((s) => (s === TREND_SERIES.observed ? [1, 0] : s === TREND_SERIES.trend ? [6, 3] : [2, 2])) },
            legend: { orient: 'bottom' },
          },
        },
      },
      {
        transform: [{ filter: `datum.series === '${TREND_SERIES.observed.label}' || datum.milestone` }],
        mark: { type: 'point', filled: true, size: 50 },
        encoding: { tooltip: [{ field: 'series', type: 'nominal' }, { field: 'year', type: 'quantitative' }, { field: 'value', type: 'quantitative', format: '.1f' }] },
      },
    ],
  } satisfies VegaLiteSpec;
}

function readTarget(value: unknown, path: 'linear' | 'compound'): Array<{ year: number; value: number | null; milestone: boolean }> {
  const at = ['options', 'target'];
  if (isRecord(value)) {
    return requireArray(value['points'], [...at, 'points']).map((p, i) => {
      const point = requireRecord(p, [...at, 'points', i]);
      const milestone = point['milestone'] === true;
      return { year: requireFinite(point['year'], [...at, 'points', i, 'year']), value: readMaybeNumber(point[path], [...at, 'points', i, path]), milestone };
    });
  }
  if (!Array.isArray(value)) throw new LantianError('INVALID_TYPE', at, `expected a trajectory or { year, value } points, received ${describe(value)}`);
  return value.map((p: unknown, i) => {
    const point = requireRecord(p, [...at, i]);
    return { year: requireFinite(point['year'], [...at, i, 'year']), value: requireFinite(point['value'], [...at, i, 'value']), milestone: true };
  });
}
