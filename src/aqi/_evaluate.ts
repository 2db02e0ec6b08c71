/**
 * The one evaluator of AQI reports (internal): rows of concentrations by indicator in, per row the IAQI of each
 * indicator, each pollutant's IAQI, the AQI, withholding, primary and exceeding pollutants out — on typed arrays,
 * without allocation per value. `dailyAqi`/`hourlyAqi` evaluate one row; `aqiColumns` many.
 */
import { INDICATORS, type Indicator, POLLUTANTS, type Pollutant, indicatorPollutant } from '../pollutants/index.js';
import type { AqiMethod } from './_resolve.js';
import { aboveRule } from './_resolve.js';
import { prepareConcentration, subIndexValue } from './engine.js';
import { tableOf } from './_tables.js';
import type { AboveRule, AqiColumn, AqiScheme, Segment } from './types.js';

/** What an evaluation needs besides the data. */
export interface EvaluationPlan {
  readonly scheme: AqiScheme;
  readonly method: AqiMethod;
  readonly round: boolean;
  /** The report's indicators, in order. */
  readonly indicators: ReadonlyArray<Indicator>;
  /** Inputs used only as a fallback (HJ 633-2012 as written: SO2 24h). */
  readonly extras: ReadonlyArray<Indicator>;
  readonly allowMissing: ReadonlyArray<Pollutant>;
}

/** How an indicator's IAQI came about in a row. */
export const STATUS = { ok: 0, beyondScale: 1, fixedAbove: 2, noIndexAbove: 3, belowTable: 4, fallback: 5, missing: 6, unused: 7 } as const;
/** The statuses by code. */
export const STATUS_NAMES = ['ok', 'beyondScale', 'fixedAbove', 'noIndexAbove', 'belowTable', 'fallback', 'missing', 'unused'] as const;

/** A column of numbers: a Float64Array for many rows, a plain array for the one row of a report (cheaper to make). */
export type Floats = Float64Array | number[];
/** A column of small integers: a Uint8Array, or a plain array for one row. */
export type Bytes = Uint8Array | number[];

/** Per-row results. `NaN` marks "none". Masks have bit k for POLLUTANTS[k]. */
export interface Evaluation {
  readonly length: number;
  /** Concentrations as looked up, by indicator (report and extras). */
  readonly concentrations: Readonly<Partial<Record<Indicator, Floats>>>;
  readonly iaqi: Readonly<Partial<Record<Indicator, Floats>>>;
  readonly status: Readonly<Partial<Record<Indicator, Bytes>>>;
  /** Each pollutant's IAQI, row-major: `pollutantIaqi[6 * row + k]`. */
  readonly pollutantIaqi: Floats;
  readonly aqi: Floats;
  readonly withheld: Bytes;
  readonly primary: Bytes;
  readonly exceeding: Bytes;
  /** Bit k: the report has an indicator of POLLUTANTS[k]. */
  readonly seen: number;
}

/** The index in {@link POLLUTANTS} of each indicator's pollutant. */
export const POLLUTANT_INDEX: Readonly<Record<Indicator, number>> = Object.freeze(
  Object.fromEntries(INDICATORS.map((i) => [i, POLLUTANTS.indexOf(indicatorPollutant(i))])) as Record<Indicator, number>,
);

/**
 * Evaluates rows. `input(indicator)` gives the column of raw concentrations of an indicator (`NaN` missing), or
 * `undefined` when the indicator is not given at all. Values are valid concentrations already.
 */
export function evaluate(
  plan: EvaluationPlan,
  length: number,
  input: (indicator: Indicator) => ArrayLike<number> | undefined,
  typed: boolean,
): Evaluation {
  const floats = (n: number): Floats =>
    typed ? new Float64Array(n).fill(NaN) : n === 1 ? [NaN] : new Array<number>(n).fill(NaN);
  const bytes = (n: number, v = 0): Bytes => (typed ? new Uint8Array(n).fill(v) : n === 1 ? [v] : new Array<number>(n).fill(v));
  const { scheme, round } = plan;
  const compiled = compile(plan);
  const concentrations: Partial<Record<Indicator, Floats>> = {};
  const iaqi: Partial<Record<Indicator, Floats>> = {};
  const status: Partial<Record<Indicator, Bytes>> = {};
  const columns = compiled.columns;
  const data: Array<ArrayLike<number> | undefined> = [];
  // The same columns by position, for the per-value loop (no lookups by name there).
  const concOut: Floats[] = [];
  const iaqiOut: Floats[] = [];
  const statusOut: Bytes[] = [];
  for (const c of columns) {
    concOut.push((concentrations[c.indicator] = floats(length)));
    iaqiOut.push((iaqi[c.indicator] = floats(length)));
    statusOut.push((status[c.indicator] = bytes(length, c.inReport ? STATUS.missing : STATUS.unused)));
    data.push(input(c.indicator));
  }
  const { seen } = compiled;
  let allowMask = 0;
  for (const p of plan.allowMissing) allowMask |= 1 << POLLUTANTS.indexOf(p);

  const pollutantIaqi = floats(6 * length);
  const aqi = floats(length);
  const withheld = bytes(length);
  const primary = bytes(length);
  const exceeding = bytes(length);
  const best = new Float64Array(6);
  const [minAqi] = scheme.aqiRange;
  const withholdUpTo = scheme.missingWithholdsUpTo;
  const exceedingAbove = scheme.exceedingAbove;

  const one = (j: number, row: number): number => {
    const c = columns[j] as CompiledColumn;
    const d = data[j];
    const raw = d === undefined ? NaN : (d[row] as number);
    const statusColumn = statusOut[j] as Bytes;
    if (raw !== raw) {
      statusColumn[row] = STATUS.missing;
      return NaN;
    }
    const conc = prepareConcentration(scheme, c.column, raw, round);
    const above = c.above;
    // A rounded concentration within the table: its IAQI is looked up (computed once by subIndexValue itself).
    const index = round ? Math.round(conc * c.scale) : -1;
    const value = index >= 0 && index < c.table.length ? (c.table[index] as number) : subIndexValue(scheme, c.column, conc, round, above);
    (concOut[j] as Floats)[row] = conc;
    (iaqiOut[j] as Floats)[row] = value;
    let st: number = STATUS.ok;
    if (conc > c.top) {
      st = above.kind === 'fixed' ? STATUS.fixedAbove : above.kind === 'none' ? STATUS.noIndexAbove : STATUS.beyondScale;
    } else if (value !== value) st = STATUS.belowTable;
    statusColumn[row] = st;
    if (value === value && value > (best[c.k] as number)) best[c.k] = value;
    return value;
  };

  for (let row = 0; row < length; row++) {
    best.fill(-Infinity);
    for (let j = 0; j < columns.length; j++) {
      const c = columns[j] as CompiledColumn;
      if (!c.inReport) continue;
      one(j, row);
      // HJ 633-2012 Table 1 note 2 (as written): SO2 1h above 800 takes the SO2 24h IAQI, given as an extra input.
      if (c.fallback >= 0 && (statusOut[j] as Bytes)[row] === STATUS.noIndexAbove) {
        const v = one(c.fallback, row);
        if (v === v) (statusOut[c.fallback] as Bytes)[row] = STATUS.fallback;
      }
    }
    let max = -Infinity;
    let missingPollutant = false;
    for (let k = 0; k < 6; k++) {
      if ((seen & (1 << k)) === 0) continue;
      const v = best[k] as number;
      if (v !== -Infinity) pollutantIaqi[6 * row + k] = v;
      if (v > max) max = v;
      if (v === -Infinity && (allowMask & (1 << k)) === 0) missingPollutant = true;
    }
    if (max === -Infinity) continue;
    let value = Math.max(max, minAqi);
    if (withholdUpTo !== undefined && missingPollutant && value <= withholdUpTo) {
      withheld[row] = 1;
      value = NaN;
    }
    aqi[row] = value;
    let p = 0;
    let e = 0;
    for (let k = 0; k < 6; k++) {
      const v = best[k] as number;
      if (value === value && value > scheme.primaryAbove && v === max) p |= 1 << k;
      if (exceedingAbove !== undefined && v > exceedingAbove) e |= 1 << k;
    }
    primary[row] = p;
    exceeding[row] = e;
  }
  return { length, concentrations, iaqi, status, pollutantIaqi, aqi, withheld, primary, exceeding, seen };
}

interface CompiledColumn {
  readonly indicator: Indicator;
  readonly column: AqiColumn;
  readonly above: AboveRule;
  /** Index in {@link POLLUTANTS}. */
  readonly k: number;
  readonly inReport: boolean;
  /** Index of the fallback column, or −1. */
  readonly fallback: number;
  /** The highest breakpoint of the column. */
  readonly top: number;
  /** 10^decimals of the column, and its IAQI table (see `tableOf`). */
  readonly scale: number;
  readonly table: Float64Array;
}

interface Compiled {
  readonly columns: ReadonlyArray<CompiledColumn>;
  readonly seen: number;
  readonly scheme: AqiScheme;
  readonly extras: number;
  readonly method: AqiMethod;
}

/**
 * Compiled plans, keyed by the scheme's frozen list of report indicators (which fixes the report, the method and
 * the fallback inputs): derived once from immutable data — a memo, not state.
 */
const COMPILED = new WeakMap<object, Compiled>();

function compile(plan: EvaluationPlan): Compiled {
  const cached = COMPILED.get(plan.indicators);
  if (cached !== undefined && cached.scheme === plan.scheme && cached.extras === plan.extras.length && cached.method === plan.method) return cached;
  const all = [...plan.indicators, ...plan.extras];
  let seen = 0;
  const columns = all.map((indicator) => {
    const column = plan.scheme.columns[indicator] as AqiColumn;
    const above = aboveRule(plan.scheme, plan.method, column);
    const inReport = plan.indicators.includes(indicator);
    if (inReport) seen |= 1 << POLLUTANT_INDEX[indicator];
    const fallback = above.kind === 'none' && above.fallback !== undefined && plan.extras.includes(above.fallback) ? all.indexOf(above.fallback) : -1;
    const top = (column.segments[column.segments.length - 1] as Segment).cHi;
    return { indicator, column, above, k: POLLUTANT_INDEX[indicator], inReport, fallback, top, scale: 10 ** column.decimals, table: tableOf(plan.scheme, column, above) };
  });
  const compiled = { columns, seen, scheme: plan.scheme, extras: plan.extras.length, method: plan.method };
  COMPILED.set(plan.indicators, compiled);
  return compiled;
}

/** The pollutants of a mask, in the standard's order. */
export function pollutantsOf(mask: number): Pollutant[] {
  const out: Pollutant[] = [];
  for (let k = 0; k < 6; k++) if ((mask & (1 << k)) !== 0) out.push(POLLUTANTS[k] as Pollutant);
  return out;
}
