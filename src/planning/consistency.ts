import * as z from 'zod/mini';
import { LantianError } from '../errors.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import { parseWith, readOptions, requireFinite } from '../_lib/validate.js';
import { toDecimal } from '../_lib/decimal.js';

/**
 * A figure as a plan prints it: a number is exact (a count of days, a sum of money); a decimal string is a
 * rounded figure whose true value lies within half a unit of its last digit ('4.2' is 4.15…4.25, '17' is
 * 16.5…17.5).
 */
export const FigureSchema = z.union([z.number(), z.string().check(z.regex(/^\d+(\.\d+)?$/, 'a figure is a non-negative decimal such as "4.2"'))]);

/** A figure: an exact number, or a rounded one as a decimal string. */
export type Figure = z.infer<typeof FigureSchema>;

/**
 * A stated result as printed: a number or a decimal string; its decimals (from the string, or the shortest
 * form of the number, or the statement's `decimals`) set the default tolerance.
 */
export const StatedSchema = z.union([z.number(), z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'a stated figure is a decimal such as "-69.84"'))]);

const Label = z.optional(z.string().check(z.maxLength(500)));
const Decimals = z.optional(z.int().check(z.minimum(0), z.maximum(10)));

/** A stated change: `stated` % = (to − from)/from × 100, negative for a decrease ("下降了69.84%" is −69.84). */
export const ChangeStatementSchema = z.strictObject({
  kind: z.literal('change'),
  label: Label,
  from: FigureSchema,
  to: FigureSchema,
  stated: StatedSchema,
  decimals: Decimals,
});

/** A stated ratio: `stated` = part/whole × scale (scale 100 for a percentage, the default; 1 for e.g. t/km²). */
export const RatioStatementSchema = z.strictObject({
  kind: z.literal('ratio'),
  label: Label,
  part: FigureSchema,
  whole: FigureSchema,
  stated: StatedSchema,
  decimals: Decimals,
  scale: z.optional(z.number().check(z.positive())),
});

/**
 * Stated parts against a stated total: `'equal'` (shares of a whole add up to 100, sub-shares to their
 * category's share) or `'at-most'` (named parts of a category cannot exceed it).
 */
export const SumStatementSchema = z.strictObject({
  kind: z.literal('sum'),
  label: Label,
  parts: z.array(FigureSchema).check(z.minLength(1), z.maxLength(1000)),
  total: FigureSchema,
  relation: z.optional(z.enum(['equal', 'at-most'])),
});

/**
 * Stated percentages that must be shares of one count (days, stations): is there a count N ≤ `maxDenominator`
 * with whole numbers whose shares round to every stated one? With `complete`, the parts must also add up to N
 * (every item counted once, nothing left over); without it they may overlap or leave a remainder.
 */
export const CountsStatementSchema = z.strictObject({
  kind: z.literal('counts'),
  label: Label,
  shares: z.array(StatedSchema).check(z.minLength(1), z.maxLength(50)),
  decimals: Decimals,
  maxDenominator: z.int().check(z.minimum(1), z.maximum(100_000)),
  complete: z.optional(z.boolean()),
});

/** A statement of a plan to check against its figures. */
export const StatementSchema = z.discriminatedUnion('kind', [ChangeStatementSchema, RatioStatementSchema, SumStatementSchema, CountsStatementSchema]);

/** A statement of a plan to check. */
export type Statement = z.infer<typeof StatementSchema>;

/** Options of {@link checkConsistency}. */
export interface CheckConsistencyOptions {
  /**
   * The largest difference accepted between a computed and a stated figure (in the stated figure's unit);
   * default: half a unit of the stated figure's last digit — the computed value must round to the stated one.
   */
  readonly tolerance?: number;
}

/** How a statement fares: it follows from its figures, only within their rounding, or not at all. */
export type Verdict = 'consistent' | 'within-rounding' | 'inconsistent';

/** The check of one statement. */
export interface StatementCheck {
  /** The statement's index in the input. */
  readonly index: number;
  readonly kind: Statement['kind'];
  readonly label: string | undefined;
  /**
   * `'consistent'`: the figures as printed give the stated value (within the tolerance). `'within-rounding'`: they
   * do not, but true values within the rounding of the figures could. `'inconsistent'`: no reading of the figures
   * gives it.
   */
  readonly verdict: Verdict;
  /** The value the figures give (the sum of the parts for `'sum'`); `null` for `'counts'`. */
  readonly computed: number | null;
  /** The stated value (the total for `'sum'`); `null` for `'counts'`. */
  readonly stated: number | null;
  /** computed − stated; `null` for `'counts'`. */
  readonly difference: number | null;
  /** The tolerance applied; `null` for `'counts'`. */
  readonly tolerance: number | null;
  /** What the figures can give within their own rounding, `[low, high]`; `null` for `'counts'` or without a bound. */
  readonly range: readonly [number, number] | null;
  /** `'counts'`: the smallest count N that gives every share; else `null`. */
  readonly denominator: number | null;
  /** `'counts'`: whole numbers out of `denominator` that give the shares; else `null`. */
  readonly counts: ReadonlyArray<number> | null;
  /** A sentence saying what was computed and found. */
  readonly note: string;
}

/** The result of {@link checkConsistency}. */
export interface ConsistencyReport {
  readonly checks: ReadonlyArray<StatementCheck>;
  readonly consistent: number;
  readonly withinRounding: number;
  readonly inconsistent: number;
}

interface Read {
  readonly value: number;
  /** Half a unit of the last digit: 0 for an exact figure. */
  readonly half: number;
  readonly decimals: number;
}

function readFigure(f: Figure): Read {
  if (typeof f === 'number') return { value: f, half: 0, decimals: decimalsOf(f) };
  const decimals = f.includes('.') ? f.length - f.indexOf('.') - 1 : 0;
  return { value: Number(f), half: 0.5 * 10 ** -decimals, decimals };
}

function readStated(s: number | string, decimals: number | undefined): Read {
  const d = decimals ?? (typeof s === 'number' ? decimalsOf(s) : s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
  return { value: Number(s), half: 0.5 * 10 ** -d, decimals: d };
}

function decimalsOf(n: number): number {
  return Math.min(toDecimal(n).exponent, 15);
}

/** A short display of a number at `d` decimals (GB/T 8170 rounding; trailing zeros dropped). */
function show(v: number, d: number): string {
  return String(roundStatisticUnchecked(v, Math.min(Math.max(d, 0), 15)));
}

const EPS = 1e-9;

function within(diff: number, tolerance: number, scale: number): boolean {
  return Math.abs(diff) <= tolerance + EPS * Math.max(1, Math.abs(scale));
}

/**
 * Checks a plan's stated figures against the figures they are computed from, and reports which statements do
 * not follow. Four kinds of statement:
 *
 * - `'change'`: a percentage change (to − from)/from × 100 ("相比2009年下降了69.84%": from 63, to 19, stated
 *   −69.84);
 * - `'ratio'`: part/whole × scale (a good-days ratio: 240 of 365 days = 65.8 %; an emission intensity with
 *   scale 1);
 * - `'sum'`: stated parts against a stated total (`'equal'`: shares add up; `'at-most'`: named parts of a
 *   category stay within it);
 * - `'counts'`: stated percentages that must all be shares of one whole count (days), the smallest such count.
 *
 * Figures are exact numbers or rounded decimal strings ('4.2'万吨 is 4.15…4.25). A statement is `'consistent'`
 * when the figures as printed give the stated value within the tolerance (default: it rounds to the stated
 * figure); `'within-rounding'` when only true values inside the figures' rounding could give it; else
 * `'inconsistent'`. The tolerance comparison allows 1e-9 relative slack for binary arithmetic.
 *
 * @param statements - The statements (see {@link StatementSchema}).
 * @param options - `tolerance`.
 * @returns A check per statement, in input order, and the counts of each verdict.
 * @throws {LantianError} `INVALID_TYPE` when `statements` is not an array; the codes of the schema (`INVALID_INPUT`,
 *   `INVALID_TYPE`, `OUT_OF_RANGE`, `UNKNOWN_OPTION` …) with the path of the bad field under `statements`;
 *   `OUT_OF_RANGE` for a `from` or `whole` of 0; `SERIES_TOO_LONG` above 10,000 statements; `NEGATIVE_VALUE` or
 *   `NOT_FINITE` for a bad tolerance; `UNKNOWN_OPTION` for a misspelt option.
 * @example
 * ```ts
 * const report = checkConsistency([
 *   { kind: 'change', label: 'SO2 2009→2017', from: 63, to: 19, stated: '-69.84' },
 *   { kind: 'change', label: 'PM10 2014→2017', from: 92, to: 66, stated: '-27.08' },
 *   { kind: 'ratio', label: 'good days 2014', part: 240, whole: 365, stated: '65.8' },
 * ]);
 * report.checks.map((c) => c.verdict); //=> ['consistent', 'inconsistent', 'consistent']
 * report.checks[1].computed; //=> -28.26086956521739
 * ```
 */
export function checkConsistency(statements: ReadonlyArray<Statement>, options?: CheckConsistencyOptions): ConsistencyReport {
  if (!Array.isArray(statements)) throw new LantianError('INVALID_TYPE', ['statements'], 'expected an array of statements');
  if (statements.length > 10_000) throw new LantianError('SERIES_TOO_LONG', ['statements'], `${statements.length} statements, at most 10000`);
  const opts = readOptions(options, ['tolerance']);
  let tolerance: number | undefined;
  if (opts['tolerance'] !== undefined) {
    tolerance = requireFinite(opts['tolerance'], ['options', 'tolerance']);
    if (tolerance < 0) throw new LantianError('NEGATIVE_VALUE', ['options', 'tolerance'], `received ${tolerance}`);
  }
  const checks = statements.map((raw, index) => {
    const statement = parseWith(StatementSchema, raw, ['statements', index]);
    switch (statement.kind) {
      case 'change':
        return checkChange(statement, index, tolerance);
      case 'ratio':
        return checkRatio(statement, index, tolerance);
      case 'sum':
        return checkSum(statement, index, tolerance);
      case 'counts':
        return checkCounts(statement, index);
    }
  });
  return {
    checks,
    consistent: checks.filter((c) => c.verdict === 'consistent').length,
    withinRounding: checks.filter((c) => c.verdict === 'within-rounding').length,
    inconsistent: checks.filter((c) => c.verdict === 'inconsistent').length,
  };
}

function base(index: number, kind: Statement['kind'], label: string | undefined) {
  return { index, kind, label, denominator: null, counts: null } as const;
}

function verdictOf(computed: number, stated: Read, tol: number, range: readonly [number, number] | null): Verdict {
  if (within(computed - stated.value, tol, stated.value)) return 'consistent';
  if (range !== null && range[0] <= stated.value + tol + EPS * Math.max(1, Math.abs(stated.value)) && range[1] >= stated.value - tol - EPS * Math.max(1, Math.abs(stated.value))) {
    return 'within-rounding';
  }
  return 'inconsistent';
}

function rangeNote(range: readonly [number, number] | null, computed: number, d: number): string {
  return range === null || range[0] === range[1] || (range[0] === computed && range[1] === computed) ? '' : `; within the figures' rounding ${show(range[0], d)}…${show(range[1], d)}`;
}

function checkChange(s: z.infer<typeof ChangeStatementSchema>, index: number, tolerance: number | undefined): StatementCheck {
  const from = readFigure(s.from);
  const to = readFigure(s.to);
  if (from.value === 0) throw new LantianError('OUT_OF_RANGE', ['statements', index, 'from'], 'a change from 0 has no percentage');
  const stated = readStated(s.stated, s.decimals);
  const tol = tolerance ?? stated.half;
  const computed = ((to.value - from.value) / from.value) * 100;
  const fromLow = from.value - from.half;
  const range: readonly [number, number] | null =
    fromLow <= 0 ? null : [((to.value - to.half - (from.value + from.half)) / (from.value + from.half)) * 100, ((to.value + to.half - fromLow) / fromLow) * 100];
  const verdict = verdictOf(computed, stated, tol, range);
  const d = stated.decimals + 2;
  let note = `(${s.to} − ${s.from})/${s.from} × 100 = ${show(computed, d)} %, stated ${show(stated.value, stated.decimals)} %${rangeNote(range, computed, d)}`;
  if (verdict === 'inconsistent') {
    if (within(computed + stated.value, tol, stated.value)) note += '; the stated figure has the wrong sign';
    else if (stated.value !== -100) {
      // The reference value the stated change would imply for the same end value.
      const implied = to.value / (1 + stated.value / 100);
      note += `; the stated change would need a starting value of ${show(implied, 2)}`;
    }
  }
  return { ...base(index, 'change', s.label), verdict, computed, stated: stated.value, difference: computed - stated.value, tolerance: tol, range, note };
}

function checkRatio(s: z.infer<typeof RatioStatementSchema>, index: number, tolerance: number | undefined): StatementCheck {
  const part = readFigure(s.part);
  const whole = readFigure(s.whole);
  if (whole.value === 0) throw new LantianError('OUT_OF_RANGE', ['statements', index, 'whole'], 'a ratio to 0 is undefined');
  const scale = s.scale ?? 100;
  const stated = readStated(s.stated, s.decimals);
  const tol = tolerance ?? stated.half;
  const computed = (part.value / whole.value) * scale;
  const wholeLow = whole.value - whole.half;
  const range: readonly [number, number] | null =
    wholeLow <= 0 ? null : [((part.value - part.half) / (whole.value + whole.half)) * scale, ((part.value + part.half) / wholeLow) * scale];
  const verdict = verdictOf(computed, stated, tol, range);
  const d = stated.decimals + 2;
  let note = `${s.part}/${s.whole}${scale === 1 ? '' : ` × ${scale}`} = ${show(computed, d)}, stated ${show(stated.value, stated.decimals)}${rangeNote(range, computed, d)}`;
  if (verdict !== 'consistent' && stated.value > 0) note += `; the stated figure implies a whole of ${show((part.value / stated.value) * scale, 2)}`;
  return { ...base(index, 'ratio', s.label), verdict, computed, stated: stated.value, difference: computed - stated.value, tolerance: tol, range, note };
}

function checkSum(s: z.infer<typeof SumStatementSchema>, index: number, tolerance: number | undefined): StatementCheck {
  const parts = s.parts.map(readFigure);
  const total = readFigure(s.total);
  const relation = s.relation ?? 'equal';
  const computed = parts.reduce((sum, p) => sum + p.value, 0);
  const partsHalf = parts.reduce((sum, p) => sum + p.half, 0);
  const tol = tolerance ?? total.half;
  const d = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const range: readonly [number, number] = [computed - partsHalf, computed + partsHalf];
  let verdict: Verdict;
  if (relation === 'equal') verdict = verdictOf(computed, total, tol, range);
  else verdict = computed <= total.value + tol + EPS * Math.max(1, total.value) ? 'consistent' : range[0] <= total.value + tol + EPS * Math.max(1, total.value) ? 'within-rounding' : 'inconsistent';
  const sign = relation === 'equal' ? '=' : '≤';
  const note = `${s.parts.join(' + ')} = ${show(computed, d)}, stated ${sign} ${show(total.value, d)}${partsHalf > 0 ? `; the parts' rounding allows ${show(range[0], d + 1)}…${show(range[1], d + 1)}` : ''}`;
  return { ...base(index, 'sum', s.label), verdict, computed, stated: total.value, difference: computed - total.value, tolerance: tol, range: partsHalf > 0 ? range : null, note };
}

function checkCounts(s: z.infer<typeof CountsStatementSchema>, index: number): StatementCheck {
  const shares = s.shares.map((v) => readStated(v, s.decimals));
  const complete = s.complete ?? false;
  for (let n = 1; n <= s.maxDenominator; n++) {
    const lows: number[] = [];
    const highs: number[] = [];
    let feasible = true;
    for (const share of shares) {
      const low = Math.max(0, Math.ceil((n * (share.value - share.half)) / 100 - EPS));
      const high = Math.min(n, Math.floor((n * (share.value + share.half)) / 100 + EPS));
      if (low > high) {
        feasible = false;
        break;
      }
      lows.push(low);
      highs.push(high);
    }
    if (!feasible) continue;
    const sumLow = lows.reduce((a, b) => a + b, 0);
    const sumHigh = highs.reduce((a, b) => a + b, 0);
    if (complete && (sumLow > n || sumHigh < n)) continue;
    const counts = complete ? fill(lows, highs, n) : shares.map((share, i) => clamp(roundStatisticUnchecked((n * share.value) / 100, 0), lows[i] as number, highs[i] as number));
    const note = `the smallest whole that gives every share is ${n}: ${counts.join(', ')}${complete ? '' : ` (adding up to ${counts.reduce((a, b) => a + b, 0)})`}`;
    return countsCheck(index, s.label, n, counts, note);
  }
  const statedSum = shares.reduce((a, b) => a + b.value, 0);
  const note = `no whole of at most ${s.maxDenominator} gives ${complete ? 'parts adding up to it with ' : ''}every share (the shares add up to ${show(statedSum, 4)} %)`;
  return countsCheck(index, s.label, null, null, note);
}

function countsCheck(index: number, label: string | undefined, denominator: number | null, counts: ReadonlyArray<number> | null, note: string): StatementCheck {
  return {
    ...base(index, 'counts', label),
    verdict: denominator === null ? 'inconsistent' : 'consistent',
    computed: null,
    stated: null,
    difference: null,
    tolerance: null,
    range: null,
    denominator,
    counts,
    note,
  };
}

function clamp(v: number, low: number, high: number): number {
  return Math.min(Math.max(v, low), high);
}

/** Whole numbers within [lows, highs] adding up to n (greedy from the lows). */
function fill(lows: ReadonlyArray<number>, highs: ReadonlyArray<number>, n: number): number[] {
  const out = [...lows];
  let rest = n - out.reduce((a, b) => a + b, 0);
  for (let i = 0; i < out.length && rest > 0; i++) {
    const add = Math.min(rest, (highs[i] as number) - (out[i] as number));
    out[i] = (out[i] as number) + add;
    rest -= add;
  }
  return out;
}
