/**
 * The AQI of many rows, column by column (internal): the one columnar evaluator, behind {@link aqiColumns} and the
 * national engine's daily AQI. For reports whose concentrations are rounded to the table's precision before the
 * lookup (every HJ 633 report, and the default of the others) a rounded concentration takes one of a few thousand
 * values below the top breakpoint; the IAQI of each is computed once, by the evaluator's own {@link subIndexValue},
 * into a table (see `tableOf`), and each value then costs a rounding and a lookup. The combination of a row — each
 * pollutant's largest IAQI, the AQI, withholding, the primary and exceeding pollutants — is that of
 * {@link evaluate}, which serves what the table cannot (raw concentrations, fallback inputs).
 */
import { LantianError } from '../errors.js';
import { type Indicator, POLLUTANTS } from '../pollutants/index.js';
import { type Bytes, type EvaluationPlan, POLLUTANT_INDEX, STATUS, evaluate } from './_evaluate.js';
import { aboveRule } from './_resolve.js';
import { categoryOf } from './aqiCategory.js';
import { prepareConcentration, subIndexValue } from './engine.js';
import { tableOf } from './_tables.js';
import type { AboveRule, AqiColumn, AqiScheme } from './types.js';

/** Per row: the AQI (`NaN` none or withheld), its level (0 none), the primary pollutants' mask. */
export interface AqiRows {
  readonly aqi: Float64Array;
  readonly level: Uint8Array;
  readonly primary: Uint8Array;
}

/** All that {@link aqiRows} gives: besides {@link AqiRows}, the columns of `aqiColumns`. */
export interface AqiTable extends AqiRows {
  /** Each report indicator's IAQI (`NaN` none), each column made on first access; empty unless asked for. */
  readonly iaqi: Partial<Record<Indicator, Float64Array>>;
  readonly exceeding: Uint8Array;
  readonly withheld: Uint8Array;
  readonly beyondScale: Uint8Array;
  readonly missingRows: number;
}

/** Rows per block: a block's running state stays in the fastest cache while every column passes over it. */
const BLOCK = 2048;
/**
 * The code of an IAQI: `0` the value is missing, `1` there is no IAQI for it, `2 + v` the IAQI v (an integer up to
 * {@link LARGEST_IAQI}), {@link ASIDE} an IAQI kept aside (its row is evaluated on its own). Codes are ordered as their
 * IAQI, so that a row's largest IAQI is its largest code, found in integer arithmetic without branches.
 */
const ASIDE = 65535;
const LARGEST_IAQI = ASIDE - 3;
/** How far from one half the fraction of a scaled concentration is rounded without the exact rounding (see `runPass`). */
const NEAR_HALF = 0.5 - 1e-7;
/** A row's state besides its largest code, one integer: bits 0–5 the pollutants with the largest code, 8–13 those exceeding, 16–21 those with an IAQI, 24 a value missing. */
const EXCEEDING = 8;
const HAVE = 16;
const MISSING = 1 << 24;

/** One report indicator, ready for its passes. */
interface Pass {
  readonly indicator: Indicator;
  readonly data: Float64Array | undefined;
  readonly scheme: AqiScheme;
  readonly column: AqiColumn;
  readonly above: AboveRule;
  /** The code of each rounded concentration up to the top breakpoint (see `tableOf`). */
  readonly codeTable: Uint16Array;
  /** The flags of each of those codes (see {@link flagsOf}). */
  readonly flagTable: Int32Array;
  readonly scale: number;
  readonly halfEven: boolean;
  readonly bit: number;
  /** The smallest code of an exceeding IAQI. */
  readonly exceedingCode: number;
  /** The code of each row (or of the block's rows), and the IAQI kept aside by row. */
  readonly codes: Uint16Array;
  readonly aside: Map<number, number>;
}

/** A block's running state: per row, the largest code and the masks (see {@link MISSING}). */
interface Block {
  readonly max: Int32Array;
  readonly state: Int32Array;
  readonly beyondScale: Uint8Array;
  /** Rows with an IAQI kept aside. */
  readonly aside: Set<number>;
}

/**
 * The AQI of `length` rows; `input(indicator)` gives an indicator's column of concentrations (`NaN` missing) or
 * `undefined`. The columns are read, never written; a negative or infinite value throws `NEGATIVE_VALUE`/`NOT_FINITE`
 * at path `['columns', indicator, row]`. `withIaqi` keeps each indicator's IAQI.
 */
export function aqiRows(
  plan: EvaluationPlan,
  length: number,
  input: (indicator: Indicator) => Float64Array | undefined,
  withIaqi = false,
): AqiTable {
  if (!plan.round || plan.extras.length > 0) return evaluated(plan, length, input);
  const { scheme } = plan;
  const out = {
    aqi: new Float64Array(length),
    level: new Uint8Array(length),
    primary: new Uint8Array(length),
    exceeding: new Uint8Array(length),
    withheld: new Uint8Array(length),
  };
  const iaqi: Partial<Record<Indicator, Float64Array>> = {};
  const halfEven = scheme.concentrationRounding === 'halfEven';
  const exceedingCode = scheme.exceedingAbove === undefined ? ASIDE : Math.floor(scheme.exceedingAbove) + 3;
  let seen = 0;
  const passes = plan.indicators.map((indicator): Pass => {
    const column = scheme.columns[indicator] as AqiColumn;
    const above = aboveRule(scheme, plan.method, column);
    const bit = 1 << POLLUTANT_INDEX[indicator];
    seen |= bit;
    const table = tableOf(scheme, column, above);
    const codeTable = new Uint16Array(table.length);
    const flagTable = new Int32Array(table.length);
    for (let k = 0; k < table.length; k++) {
      codeTable[k] = codeOf(table[k] as number);
      flagTable[k] = flagsOf(codeTable[k] as number, bit, exceedingCode);
    }
    const data = input(indicator);
    // An indicator not given at all: every row misses it, and its IAQI column is all NaN.
    const codes = new Uint16Array(data === undefined ? 0 : withIaqi ? length : BLOCK);
    const aside = new Map<number, number>();
    if (withIaqi) {
      let made: Float64Array | undefined;
      Object.defineProperty(iaqi, indicator, { enumerable: true, get: () => (made ??= data === undefined ? new Float64Array(length).fill(Number.NaN) : decode(codes, aside)) });
    }
    return { indicator, data, scheme, column, above, codeTable, flagTable, scale: 10 ** column.decimals, halfEven, bit, exceedingCode, codes, aside };
  });
  let allowMask = 0;
  for (const p of plan.allowMissing) allowMask |= 1 << POLLUTANTS.indexOf(p);
  const [minAqi, topAqi] = scheme.aqiRange;
  const levels = new Uint8Array(topAqi + 1);
  for (let v = 0; v <= topAqi; v++) levels[v] = categoryOf(scheme.categories, v).level;
  const rules: Rules = { scheme, required: seen & ~allowMask, minAqi, withholdUpTo: scheme.missingWithholdsUpTo ?? -Infinity, levels };
  const block: Block = { max: new Int32Array(BLOCK), state: new Int32Array(BLOCK), beyondScale: new Uint8Array(length), aside: new Set() };
  const absent = passes.some((pass) => pass.data === undefined) ? MISSING : 0;
  let missingRows = 0;
  for (let from = 0; from < length; from += BLOCK) {
    const to = Math.min(from + BLOCK, length);
    block.max.fill(0);
    block.state.fill(absent);
    for (const pass of passes) if (pass.data !== undefined) runPass(pass, pass.data, from, to, withIaqi ? from : 0, block);
    missingRows += finish(from, to, block, rules, out);
  }
  // A row with an IAQI that no code holds (an extrapolation far above a table) is evaluated on its own.
  for (const row of block.aside) {
    const one = evaluated(plan, 1, (indicator) => input(indicator)?.subarray(row, row + 1));
    for (const key of ['aqi', 'level', 'primary', 'exceeding', 'withheld'] as const) out[key][row] = one[key][0] as number;
  }
  return { ...out, iaqi, beyondScale: block.beyondScale, missingRows };
}

/**
 * One indicator over the rows `from…to` (its codes written from `codes[at]`): the code of each value, and the row's
 * running state — the largest code so far with the pollutants that reach it (a larger code replaces them, an equal one
 * joins them) and the flags of the value (see {@link flagsOf}). Integer arithmetic without branches: `(a − b) >> 31`
 * is −1 when a < b, else 0 (codes and masks are far below 2³¹).
 */
function runPass(pass: Pass, data: Float64Array, from: number, to: number, at: number, block: Block): void {
  const { codeTable, flagTable, scale, halfEven, codes, bit } = pass;
  const { max, state } = block;
  const n = codeTable.length;
  for (let row = from; row < to; row++) {
    const c = data[row] as number;
    // The table index round(c × 10^decimals), decided as roundStatisticUnchecked (half to even) and truncateUnchecked
    // decide it, without calling them where they decide in floating point. Half to even: they scale by the same
    // 10^decimals (the same product s) and round s to its nearest integer k wherever the fraction of s lies farther
    // than 10⁻⁹ + 10⁻¹¹·s from one half — below 10⁻⁷ for every s within a table (s < 10⁴) — so |s − k| < 0.5 − 10⁻⁷
    // is their own decision, and so is k; only values within 10⁻⁷ of a half (a float error from a tie), or above the
    // table, are rounded by them. Truncation: a fraction of s farther than 10⁻⁷ from an integer truncates to ⌊s⌋ (as in
    // truncateUnchecked); nearer, a value on the grid (k / 10^decimals is c itself) is its own truncation. (`x | 0`
    // truncates toward zero; where it wraps, far above a table, no test passes.)
    const s = c * scale;
    let k: number;
    if (halfEven) {
      k = (s + 0.5) | 0;
      const f = s - k;
      // s exactly half-way (f = −0.5: s = k − 0.5) is a tie of c's 12-digit reading too — s is c itself, or c × 10^d within
      // an ulp of the tie, and c < 10⁴ — so, half to even, the even one of k − 1 and k. (A mean of 24 whole hours is
      // such a tie once in 24 days.)
      if (!(f < NEAR_HALF && f > -NEAR_HALF)) k = f === -0.5 ? k - (k & 1) : -1;
    } else {
      k = s | 0;
      const f = s - k;
      if (!(f > 1e-7 && f < 1 - 1e-7)) k = k / scale === c ? k : (k + 1) / scale === c ? k + 1 : -1;
    }
    let code: number;
    let flags: number;
    if (k >= 0 && k < n && c >= 0) {
      code = codeTable[k] as number;
      flags = flagTable[k] as number;
    } else {
      code = slowCode(pass, c, row, block);
      flags = flagsOf(code, bit, pass.exceedingCode);
    }
    codes[at + row - from] = code;
    const i = row - from;
    const m = max[i] as number;
    const d = m - code;
    const larger = d >> 31;
    max[i] = m - (d & larger);
    const st = state[i] as number;
    state[i] = (st & ~(larger & 63)) | (bit & (larger | (((code ^ m) - 1) >> 31))) | flags;
  }
}

/** The flags of a code of pollutant `bit`: exceeding, with an IAQI, missing (see {@link MISSING}). */
function flagsOf(code: number, bit: number, exceedingCode: number): number {
  return (code >= exceedingCode ? bit << EXCEEDING : 0) | (code >= 2 ? bit << HAVE : 0) | (code === 0 ? MISSING : 0);
}

/** What the AQI of a row is made with besides its state. */
interface Rules {
  readonly scheme: AqiScheme;
  /** The pollutants whose absence withholds the AQI (HJ 633-2026 §5.3.1), those allowed to be missing aside. */
  readonly required: number;
  readonly minAqi: number;
  readonly withholdUpTo: number;
  /** The level of each integer AQI up to the top of the scale. */
  readonly levels: Uint8Array;
}

/** The outputs of {@link finish}. */
interface Outputs {
  readonly aqi: Float64Array;
  readonly level: Uint8Array;
  readonly primary: Uint8Array;
  readonly exceeding: Uint8Array;
  readonly withheld: Uint8Array;
}

/**
 * Each row of a block: the AQI from its largest IAQI (at least the scale's lowest), withholding (HJ 633-2026 §5.3.1),
 * the level, primary pollutants above the scheme's threshold, exceeding pollutants. Returns how many rows miss a value.
 */
function finish(from: number, to: number, block: Block, rules: Rules, out: Outputs): number {
  const { max, state } = block;
  const { levels, minAqi, withholdUpTo, required } = rules;
  const { categories, primaryAbove } = rules.scheme;
  const { aqi, level, primary, exceeding, withheld } = out;
  let missingRows = 0;
  for (let row = from; row < to; row++) {
    const st = state[row - from] as number;
    missingRows += st >>> 24;
    exceeding[row] = (st >> EXCEEDING) & 63;
    const m = (max[row - from] as number) - 2;
    const value = m < minAqi ? minAqi : m;
    if (m < 0 || (value <= withholdUpTo && (required & ~(st >> HAVE)) !== 0)) {
      if (m >= 0) withheld[row] = 1;
      aqi[row] = Number.NaN;
      continue;
    }
    aqi[row] = value;
    const l = levels[value];
    level[row] = l === undefined ? categoryOf(categories, value).level : l;
    if (value > primaryAbove) primary[row] = st & 63;
  }
  return missingRows;
}

/** The code of an IAQI (see {@link ASIDE}). */
function codeOf(v: number): number {
  if (v !== v) return 1;
  return Number.isInteger(v) && v >= 0 && v <= LARGEST_IAQI ? v + 2 : ASIDE;
}

/** An IAQI column from its codes and the values kept aside. */
function decode(codes: Uint16Array, aside: ReadonlyMap<number, number>): Float64Array {
  const out = new Float64Array(codes.length);
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row] as number;
    out[row] = code < 2 ? Number.NaN : code - 2;
  }
  for (const [row, v] of aside) out[row] = v;
  return out;
}

/**
 * The code of a value the table does not serve at once: missing, invalid (thrown), near a half, or above the table
 * (flagged beyond scale when capped or extrapolated).
 */
function slowCode(pass: Pass, c: number, row: number, block: Block): number {
  if (c !== c) return 0;
  if (c < 0 || c === Infinity) throw badValue(c, pass.indicator, row);
  const { scheme, column, above, codeTable } = pass;
  const conc = prepareConcentration(scheme, column, c, true);
  const k = Math.round(conc * pass.scale);
  if (k < codeTable.length) return codeTable[k] as number;
  if (above.kind === 'cap' || above.kind === 'extrapolate') block.beyondScale[row] = 1;
  const v = subIndexValue(scheme, column, conc, true, above);
  const code = codeOf(v);
  if (code === ASIDE) {
    pass.aside.set(row, v);
    block.aside.add(row);
  }
  return code;
}

/** The error for a concentration that is a number but not a valid one. */
function badValue(v: number, indicator: Indicator, row: number): LantianError {
  return new LantianError(v < 0 ? 'NEGATIVE_VALUE' : 'NOT_FINITE', ['columns', indicator, row], `received ${v}`);
}

/** Rows the table cannot serve, by {@link evaluate} (the values checked first). */
function evaluated(plan: EvaluationPlan, length: number, input: (indicator: Indicator) => Float64Array | undefined): AqiTable {
  const all = [...plan.indicators, ...plan.extras];
  for (const indicator of all) {
    const d = input(indicator);
    if (d === undefined) continue;
    for (let row = 0; row < length; row++) {
      const c = d[row] as number;
      if (c < 0 || c === Infinity) throw badValue(c, indicator, row);
    }
  }
  const r = evaluate(plan, length, input, true);
  const aqi = r.aqi as Float64Array;
  const level = new Uint8Array(length);
  const beyondScale = new Uint8Array(length);
  const missing = new Uint8Array(length);
  for (let row = 0; row < length; row++) {
    const v = aqi[row] as number;
    if (v === v) level[row] = categoryOf(plan.scheme.categories, v).level;
  }
  for (const indicator of all) {
    const status = r.status[indicator] as Bytes;
    const inReport = plan.indicators.includes(indicator);
    for (let row = 0; row < length; row++) {
      const s = status[row] as number;
      if (s === STATUS.beyondScale) beyondScale[row] = 1;
      if (inReport && s === STATUS.missing) missing[row] = 1;
    }
  }
  let missingRows = 0;
  for (let row = 0; row < length; row++) missingRows += missing[row] as number;
  return {
    aqi,
    level,
    primary: r.primary as Uint8Array,
    iaqi: r.iaqi as Partial<Record<Indicator, Float64Array>>,
    exceeding: r.exceeding as Uint8Array,
    withheld: r.withheld as Uint8Array,
    beyondScale,
    missingRows,
  };
}
