/**
 * The AQI of many rows, column by column (internal): the one columnar evaluator, behind {@link aqiColumns} and the
 * national engine's daily AQI. For reports whose concentrations are rounded to the table's precision before the
 * lookup (every HJ 633 report, and the default of the others) a rounded concentration takes one of a few thousand
 * values below the top breakpoint; the IAQI of each is computed once, by the evaluator's own {@link subIndexValue},
 * into a table (see `tableOf`), and each value then costs a rounding and a lookup. The combination of a row — each
 * pollutant's largest IAQI, the AQI, withholding, the primary and exceeding pollutants — is that of
 * {@link evaluate}, which serves what the table cannot (raw concentrations, fallback inputs).
 *
 * Each given indicator's pass writes the code of each row's value (see {@link halfEvenCodes}); one pass over the
 * rows takes the largest code of each as its AQI (see {@link combine}); the levels and the primary and exceeding
 * pollutants are read from the codes afterwards (see {@link details}), at once for the engine, on first access for
 * `aqiColumns`, which keeps the codes for its IAQI columns.
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

/** The most indicators a row is combined from in one pass (every report of the library has 6 to 8); more are evaluated by {@link evaluate}. */
const WIDTH = 8;
/**
 * The code of a value: below {@link IRREGULAR} its IAQI itself (an integer); {@link MISSING} the value is missing,
 * {@link NONE} there is no IAQI for it, {@link ASIDE} its IAQI is no integer below `IRREGULAR` (an extrapolation far
 * above a table: the rows are then evaluated by {@link evaluate}). A row's largest code is its AQI unless it is
 * `IRREGULAR` or more.
 */
const IRREGULAR = 0x8000;
const MISSING = 0x8000;
const NONE = 0x8001;
const ASIDE = 0xffff;

/** One report indicator given as a column, ready for its pass. */
interface Pass {
  readonly indicator: Indicator;
  readonly data: Float64Array;
  readonly scheme: AqiScheme;
  readonly column: AqiColumn;
  readonly above: AboveRule;
  /** The code of each rounded concentration up to the top breakpoint (see `tableOf` and {@link codeOf}). */
  readonly codeTable: Uint16Array;
  readonly scale: number;
  /** The codes of values near a half, decided by the exact rounding once each (values recur: daily means are few). */
  readonly ties: Map<number, number>;
  /** The pollutant's bit in the masks. */
  readonly bit: number;
  /** The code of each row. */
  readonly codes: Uint16Array;
}

/** What the AQI of a row is made with besides its codes. */
interface Rules {
  readonly scheme: AqiScheme;
  /** The pollutants whose absence withholds the AQI (HJ 633-2026 §5.3.1), those allowed to be missing aside. */
  readonly required: number;
  /** The pollutants of the indicators given as columns. */
  readonly given: number;
  readonly minAqi: number;
  /** The AQI up to which a missing required pollutant withholds it (HJ 633-2026 §5.3.1). */
  readonly withhold: number;
  /** The smallest exceeding IAQI ({@link IRREGULAR} when the scheme has no such rule). */
  readonly exceedingFrom: number;
}

/** The outputs made in the passes. */
interface Outputs {
  readonly aqi: Float64Array;
  readonly withheld: Uint8Array;
  readonly beyondScale: Uint8Array;
}

/** The outputs made from the codes once the AQI is known (see {@link details}). */
interface Details {
  readonly level: Uint8Array;
  readonly primary: Uint8Array;
  readonly exceeding: Uint8Array;
}

/** A list of rows that a pass sets apart, and whether some value has an IAQI that no code holds. */
interface Scratch {
  readonly odd: Int32Array;
  aside: boolean;
}

/**
 * The AQI of `length` rows; `input(indicator)` gives an indicator's column of concentrations (`NaN` missing) or
 * `undefined`. The columns are read, never written; a negative or infinite value throws `NEGATIVE_VALUE`/`NOT_FINITE`
 * at path `['columns', indicator, row]`. Without `withIaqi` the levels and masks are made at once; with it they and
 * each indicator's IAQI column are made on first access, from the codes kept.
 *
 * Each pass runs over all rows at once: blocks of a few thousand rows, which kept the codes in the fastest caches
 * between the passes and the combination, measured slower than whole columns (the processor's prefetching prefers
 * long runs).
 */
export function aqiRows(
  plan: EvaluationPlan,
  length: number,
  input: (indicator: Indicator) => Float64Array | undefined,
  withIaqi = false,
): AqiTable {
  if (!plan.round || plan.extras.length > 0 || plan.indicators.length > WIDTH) return evaluated(plan, length, input);
  const { scheme } = plan;
  const out: Outputs = { aqi: new Float64Array(length), withheld: new Uint8Array(length), beyondScale: new Uint8Array(length) };
  const iaqi: Partial<Record<Indicator, Float64Array>> = {};
  const passes: Pass[] = [];
  let seen = 0;
  let given = 0;
  for (const indicator of plan.indicators) {
    const bit = 1 << POLLUTANT_INDEX[indicator];
    seen |= bit;
    const data = input(indicator);
    if (data === undefined) {
      // An indicator not given at all: every row misses it, and its IAQI column is all NaN.
      if (withIaqi) lazy(iaqi, indicator, () => new Float64Array(length).fill(NaN));
      continue;
    }
    given |= bit;
    const column = scheme.columns[indicator] as AqiColumn;
    const above = aboveRule(scheme, plan.method, column);
    const codes = new Uint16Array(length);
    if (withIaqi) lazy(iaqi, indicator, () => decode(codes));
    passes.push({ indicator, data, scheme, column, above, codeTable: Uint16Array.from(tableOf(scheme, column, above), codeOf), scale: 10 ** column.decimals, ties: new Map(), bit, codes });
  }
  let allowMask = 0;
  for (const p of plan.allowMissing) allowMask |= 1 << POLLUTANTS.indexOf(p);
  const [minAqi] = scheme.aqiRange;
  const rules: Rules = {
    scheme,
    required: seen & ~allowMask,
    given,
    minAqi,
    withhold: scheme.missingWithholdsUpTo ?? -Infinity,
    exceedingFrom: scheme.exceedingAbove === undefined ? IRREGULAR : Math.floor(scheme.exceedingAbove) + 1,
  };
  const lanes = passes.length === 0 ? undefined : lanesOf(passes);
  const scratch: Scratch = { odd: new Int32Array(length), aside: false };
  for (const pass of passes) runPass(pass, scratch, out.beyondScale);
  // An IAQI that no code holds (an extrapolation far above a table): the general evaluator, for every row.
  if (scratch.aside) return evaluated(plan, length, input);
  // The rows set apart by the combination, listed where the passes listed theirs.
  const irregular = lanes === undefined ? length : combine(lanes, length, rules, out, scratch.odd);
  let missingRows = 0;
  for (let j = 0; j < irregular; j++) missingRows += combineOne(passes, lanes === undefined ? j : (scratch.odd[j] as number), rules, out);
  const table = { ...out, iaqi, missingRows: passes.length < plan.indicators.length ? length : missingRows } as AqiTable;
  const made = (): Details => {
    const d = { level: new Uint8Array(length), primary: new Uint8Array(length), exceeding: new Uint8Array(length) };
    details(passes, length, rules, out.aqi, d);
    return d;
  };
  if (!withIaqi) return Object.assign(table, made());
  let d: Details | undefined;
  for (const key of ['level', 'primary', 'exceeding'] as const) Object.defineProperty(table, key, { enumerable: true, get: () => (d ??= made())[key] });
  return table;
}

/** Defines `key` on `target` as a value made on first access. */
function lazy<T>(target: object, key: string, make: () => T): void {
  let made: T | undefined;
  Object.defineProperty(target, key, { enumerable: true, get: () => (made ??= make()) });
}

/**
 * One indicator over all rows: the code of each value by a lookup in the code table, and then the values the table
 * does not serve at once (see {@link slowCode}).
 */
function runPass(pass: Pass, scratch: Scratch, beyondScale: Uint8Array): void {
  const { codeTable, scale, data, codes } = pass;
  const { odd } = scratch;
  const count = pass.scheme.concentrationRounding === 'halfEven' ? halfEvenCodes(codeTable, scale, data, codes, odd) : truncatedCodes(codeTable, scale, data, codes, odd);
  for (let j = 0; j < count; j++) {
    const row = odd[j] as number;
    codes[row] = slowCode(pass, data[row] as number, row, scratch, beyondScale);
  }
}

/** 1.5 × 2⁵²: `(s + ROUNDER) − ROUNDER` is s rounded to an integer, half to even, for 0 ≤ s < 2⁵¹ (IEEE 754 round to nearest). */
const ROUNDER = 6755399441055744;

/**
 * The codes of all rows under half-to-even rounding: the table index round(c × 10^decimals), decided as
 * roundStatisticUnchecked decides it, without calling it where it decides in floating point.
 *
 * It scales by the same 10^decimals (the same product s) and rounds s to its nearest integer wherever the fraction of s
 * lies farther than 10⁻⁹ + 10⁻¹¹·s from one half. Here r is s rounded half to even by the floating-point unit and
 * h = 0.5 − |s − r| the distance of s from the nearest half. Where h ≥ 2·band (at least 10⁻⁷, and beyond that band
 * for every s within the table) r is its decision. Where h = 0, s is exactly half-way: a tie of c's 12-digit reading
 * too (s is c itself, or c × 10^d within an ulp of the tie, and c < 10⁴), which it decides half to even, as r is (a
 * mean of 24 whole hours is such a tie once in 24 days). One test, |h − band| ≥ band, takes both without a branch for
 * the tie, which the processor would mispredict (MDA8 values are ties one day in ten). h is 0 or at least 5·10⁻¹⁷ (a
 * multiple of the ulp of one half), far from the test's rounding. Values between, missing (NaN fails the test),
 * negative or above the table are listed in `odd` (their code is written later); returns how many.
 */
function halfEvenCodes(codeTable: Uint16Array, scale: number, data: Float64Array, codes: Uint16Array, odd: Int32Array): number {
  const n = codeTable.length;
  // roundStatisticUnchecked decides s in floating point outside 10⁻⁹ + 10⁻¹¹·s of one half, s < n here.
  const band = Math.max(5e-8, 1e-9 + n * 1e-11);
  let count = 0;
  for (let row = 0; row < codes.length; row++) {
    const c = data[row] as number;
    const s = c * scale;
    const r = s + ROUNDER - ROUNDER;
    const h = 0.5 - Math.abs(s - r);
    // r < n: r is an integer in 0…n − 1 (c ≥ 0), and `r | 0` is r.
    if (Math.abs(h - band) >= band && r < n && c >= 0) codes[row] = codeTable[r | 0] as number;
    else odd[count++] = row;
  }
  return count;
}

/**
 * The codes of all rows under truncation, as truncateUnchecked decides it: a fraction of s = c × 10^decimals
 * farther than 10⁻⁷ from an integer truncates to ⌊s⌋; nearer, a value on the grid (k / 10^decimals is c itself) is its
 * own truncation. Other values are listed in `odd`, as in {@link halfEvenCodes}.
 */
function truncatedCodes(codeTable: Uint16Array, scale: number, data: Float64Array, codes: Uint16Array, odd: Int32Array): number {
  const n = codeTable.length;
  let count = 0;
  for (let row = 0; row < codes.length; row++) {
    const c = data[row] as number;
    const s = c * scale;
    let k = s | 0;
    const f = s - k;
    if (!(f > 1e-7 && f < 1 - 1e-7)) k = k / scale === c ? k : (k + 1) / scale === c ? k + 1 : -1;
    if (k >= 0 && k < n && c >= 0) codes[row] = codeTable[k] as number;
    else odd[count++] = row;
  }
  return count;
}

/**
 * The codes of {@link WIDTH} lanes, read by name in {@link combine}: the passes', and for fewer the first's again (the
 * same code again changes no row's largest).
 */
type Lanes = readonly [Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array];

function lanesOf(passes: ReadonlyArray<Pass>): Lanes {
  return Array.from({ length: WIDTH }, (_, j) => ((passes[j] ?? passes[0]) as Pass).codes) as unknown as Lanes;
}

/**
 * The AQI of each row: the largest IAQI, at least the scale's lowest, withheld when an indicator
 * is not given at all (HJ 633-2026 §5.3.1). A row whose largest code is {@link IRREGULAR} or more (a value missing,
 * without IAQI or kept aside) is listed in `irregular`; returns how many.
 */
function combine(lanes: Lanes, length: number, rules: Rules, out: Outputs, irregular: Int32Array): number {
  const [o0, o1, o2, o3, o4, o5, o6, o7] = lanes;
  const { minAqi } = rules;
  // With every required indicator given, a row of codes below IRREGULAR withholds nothing; and m ≤ withhold is
  // the AQI's own test (m or the lowest) whenever the lowest AQI could be withheld at all.
  const withhold = (rules.required & ~rules.given) === 0 || minAqi > rules.withhold ? -Infinity : rules.withhold;
  const { aqi, withheld } = out;
  let count = 0;
  for (let row = 0; row < length; row++) {
    const m = max(max(max(o0[row] as number, o1[row] as number), max(o2[row] as number, o3[row] as number)), max(max(o4[row] as number, o5[row] as number), max(o6[row] as number, o7[row] as number)));
    if (m >= IRREGULAR) irregular[count++] = row;
    else if (m <= withhold) {
      withheld[row] = 1;
      aqi[row] = NaN;
    } else aqi[row] = m < minAqi ? minAqi : m;
  }
  return count;
}

/**
 * The larger of two codes without a branch, which the processor would mispredict on rows whose largest pollutant
 * varies: a − ((a − b) & ((a − b) >> 31)) (codes are far below 2³¹).
 */
function max(a: number, b: number): number {
  const d = a - b;
  return a - (d & (d >> 31));
}

/**
 * The AQI of a row that {@link combine} set apart, by the same rules, its IAQIs read pass by pass. Returns 1 when the
 * row misses a value.
 */
function combineOne(passes: ReadonlyArray<Pass>, row: number, rules: Rules, out: Outputs): number {
  let m = -1;
  let have = 0;
  let missing = 0;
  for (const pass of passes) {
    const code = pass.codes[row] as number;
    if (code < IRREGULAR) {
      if (code > m) m = code;
      have |= pass.bit;
    } else if (code === MISSING) missing = 1;
  }
  const value = m < rules.minAqi ? rules.minAqi : m;
  if (m < 0 || (value <= rules.withhold && (rules.required & ~have) !== 0)) {
    if (m >= 0) out.withheld[row] = 1;
    out.aqi[row] = NaN;
  } else out.aqi[row] = value;
  return missing;
}

/**
 * Each row once its AQI is known: the level of the AQI, the primary pollutants — those with the largest IAQI
 * when the AQI is above the scheme's threshold (HJ 633-2012 §5.2; HJ 633-2026 §5.2) — and the exceeding pollutants
 * (HJ 633-2012 §5.2, IAQI above 100), from the rows' codes.
 */
function details(passes: ReadonlyArray<Pass>, length: number, rules: Rules, aqi: Float64Array, out: Details): void {
  const { exceedingFrom } = rules;
  const { primaryAbove, categories, aqiRange } = rules.scheme;
  const { level, primary, exceeding } = out;
  // Column by column (each a tight loop): each row's largest IAQI, then the pollutants that reach it and those that
  // exceed. A code IRREGULAR or more (bit 15 set) counts as −1 (code | −1), below every IAQI.
  const largest = new Int32Array(length).fill(-1);
  for (const { codes } of passes) {
    for (let row = 0; row < length; row++) {
      const code = codes[row] as number;
      largest[row] = max(largest[row] as number, code | -(code >> 15));
    }
  }
  for (const { codes, bit } of passes) {
    for (let row = 0; row < length; row++) {
      const code = codes[row] as number;
      const r = code | -(code >> 15);
      if (r === largest[row]) primary[row] = (primary[row] as number) | bit;
      if (r >= exceedingFrom) exceeding[row] = (exceeding[row] as number) | bit;
    }
  }
  // The level of each integer AQI up to the top of the scale.
  const levels = Uint8Array.from({ length: aqiRange[1] + 1 }, (_, v) => categoryOf(categories, v).level);
  for (let row = 0; row < length; row++) {
    const value = aqi[row] as number;
    if (value >= 0) level[row] = levels[value] ?? categoryOf(categories, value).level;
    if (!(value > primaryAbove)) primary[row] = 0;
  }
}

/** The code of an IAQI (see {@link IRREGULAR}). */
function codeOf(v: number): number {
  if (v !== v) return NONE;
  return Number.isInteger(v) && v >= 0 && v < IRREGULAR ? v : ASIDE;
}

/** An IAQI column from its codes. */
function decode(codes: Uint16Array): Float64Array {
  const out = new Float64Array(codes);
  for (let row = 0; row < out.length; row++) if ((out[row] as number) >= IRREGULAR) out[row] = NaN;
  return out;
}

/**
 * The code of a value the table does not serve at once: missing, invalid (thrown), near a half, or above the table
 * (flagged beyond scale when capped or extrapolated).
 */
function slowCode(pass: Pass, c: number, row: number, scratch: Scratch, beyondScale: Uint8Array): number {
  if (c !== c) return MISSING;
  if (c < 0 || c === Infinity) throw badValue(c, pass.indicator, row);
  const { scheme, column, above, codeTable, ties } = pass;
  const known = ties.get(c);
  if (known !== undefined) return known;
  const conc = prepareConcentration(scheme, column, c, true);
  const k = Math.round(conc * pass.scale);
  if (k < codeTable.length) {
    const code = codeTable[k] as number;
    ties.set(c, code);
    return code;
  }
  if (above.kind === 'cap' || above.kind === 'extrapolate') beyondScale[row] = 1;
  const v = subIndexValue(scheme, column, conc, true, above);
  const code = codeOf(v);
  if (code === ASIDE) scratch.aside = true;
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
  for (let row = 0; row < length; row++) {
    const v = aqi[row] as number;
    if (v === v) level[row] = categoryOf(plan.scheme.categories, v).level;
    missingRows += missing[row] as number;
  }
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
