import { type ErrorPath, LantianError } from '../errors.js';
import { type DecimalParts, addDecimals, decimalString, parseDecimal, shiftDecimal } from '../_lib/decimal.js';
import { describe, readOptions, requireMember } from '../_lib/validate.js';

/**
 * An amount in yuan as an exact decimal (an integer of digits over a power of ten, in BigInt): sums of plan budgets
 * stay exact to the fen and far beyond, with no limit of digits.
 */
type Yuan = DecimalParts;

const ZERO: Yuan = { digits: 0n, exponent: 0 };

/** An amount in yuan as lantian writes it: a non-negative decimal string without exponent or trailing zeros. */
export const YUAN_PATTERN = /^(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** The unit a bare number (one without 元, 万 or 亿) is read in: a table header's unit such as "投资（万元）". */
export type CnyUnit = '元' | '万元' | '亿元';

/** The units {@link parseCnyAmount} reads a bare number in. */
export const CNY_UNITS: ReadonlyArray<CnyUnit> = Object.freeze(['元', '万元', '亿元']);

/** Options of {@link parseCnyAmount}. */
export interface ParseCnyAmountOptions {
  /** The unit of a bare number, e.g. `'万元'` when the table header says so. Without it a bare number is an error. */
  readonly unit?: CnyUnit;
}

/** Multipliers of the Chinese amount words, longest first. */
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12],
  ['千亿', 11],
  ['百亿', 10],
  ['十亿', 9],
  ['亿', 8],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['万', 4],
  ['千', 3],
  ['百', 2],
];

/** How plans write "no amount" in a table cell. */
const NONE = new Set(['—', '——', '–', '-', '－', '/', '／', '无']);

const FULL_WIDTH = /[０-９．]/g;

function normalise(text: string): string {
  return text
    .trim()
    .replace(FULL_WIDTH, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
    .replace(/(\d)[,，](?=\d{3}(\D|$))/g, '$1')
    .replace(/\s+/g, '');
}

function invalid(text: string, path: ErrorPath, why: string): LantianError {
  return new LantianError('INVALID_AMOUNT', path, `${describe(text)}: ${why}`);
}

/** The canonical string of a non-negative decimal: no exponent, no trailing zeros. */
function canonical(value: Yuan): string {
  const text = decimalString(value.digits, value.exponent);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * Reads a Chinese amount of money as attainment plans and budgets write it, exactly, in yuan.
 *
 * Accepted: a decimal number followed by amount words — 元, 百, 千, 万, 十万, 百万, 千万, 亿, 十亿, 百亿, 千亿,
 * 万亿, optionally ending in 元 (`'7000万'`, `'2.15亿'`, `'3.277亿元'`, `'400万元'`, `'1200元'`) — or several such
 * terms with falling units (`'1亿2000万'`); full-width digits and thousands separators are read. A dash
 * (`'—'`, `'——'`, `'-'`, `'－'`, `'/'`) or `'无'` is a cell without an amount and gives `null`. A bare number
 * is read in `options.unit` (the table header's unit) and is an error without it; so is a bare number after other
 * terms (`'1亿2000'` may mean 1亿2000万): write its unit or end the amount in 元.
 *
 * The result is a string, not a number: the exact amount in yuan as a decimal (`'327700000'`), so budgets add
 * up without floating-point drift. Add and compare such strings with a decimal library (e.g. decimal.js) or
 * with the portfolio functions ({@link investmentTotals}); show them with {@link formatCnyAmount}.
 *
 * @param text - The amount as written.
 * @param options - `unit` for a bare number.
 * @returns The amount in yuan as an exact decimal string, or `null` for a dash (no amount stated).
 * @throws {LantianError} `INVALID_TYPE` when `text` is not a string.
 * @throws {LantianError} `INVALID_AMOUNT` when the text is not an amount (empty, approximate "约…", words
 * out of order, a bare number without `options.unit`).
 * @throws {LantianError} `UNKNOWN_OPTION` or `INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * parseCnyAmount('7000万'); //=> '70000000'
 * parseCnyAmount('2.15亿'); //=> '215000000'
 * parseCnyAmount('3.277亿'); //=> '327700000'
 * parseCnyAmount('1亿2000万元'); //=> '120000000'
 * parseCnyAmount('—'); //=> null
 * parseCnyAmount('450', { unit: '万元' }); //=> '4500000'
 * ```
 */
export function parseCnyAmount(text: string, options?: ParseCnyAmountOptions): string | null {
  if (typeof text !== 'string') throw new LantianError('INVALID_TYPE', ['text'], `expected a string, received ${describe(text)}`);
  const opts = readOptions(options, ['unit']);
  const unit = opts['unit'] === undefined ? undefined : requireMember(opts['unit'], CNY_UNITS, ['options', 'unit'], 'INVALID_OPTION');
  const value = parseYuan(text, ['text'], unit);
  return value === null ? null : canonical(value);
}

/** {@link parseCnyAmount} returning the exact value. Internal. */
function parseYuan(text: string, path: ErrorPath, unit: CnyUnit | undefined): Yuan | null {
  const s = normalise(text);
  if (NONE.has(s)) return null;
  if (s === '') throw invalid(text, path, 'empty');
  let rest = s.endsWith('元') ? s.slice(0, -1) : s;
  const withYuan = rest !== s;
  let total = ZERO;
  let lastExponent = Number.POSITIVE_INFINITY;
  let terms = 0;
  while (rest !== '') {
    const number = /^\d+(\.\d+)?/.exec(rest);
    if (number === null) throw invalid(text, path, 'expected a number');
    rest = rest.slice(number[0].length);
    const word = MULTIPLIERS.find(([w]) => rest.startsWith(w));
    let exponent: number;
    if (word !== undefined) {
      exponent = word[1];
      rest = rest.slice(word[0].length);
    } else if (rest !== '') {
      throw invalid(text, path, `unexpected ${describe(rest)}`);
    } else if (withYuan) {
      exponent = 0;
    } else if (unit !== undefined && terms === 0) {
      exponent = unit === '元' ? 0 : unit === '万元' ? 4 : 8;
    } else {
      throw invalid(text, path, terms === 0 ? 'a bare number needs options.unit (元, 万元 or 亿元)' : 'a trailing bare number is ambiguous: write its unit');
    }
    if (exponent >= lastExponent) throw invalid(text, path, 'amount words must fall from left to right');
    lastExponent = exponent;
    total = addDecimals(total, shiftDecimal(parseDecimal(number[0]), exponent));
    terms++;
  }
  if (terms === 0) throw invalid(text, path, 'expected a number');
  return total;
}

/** Options of {@link formatCnyAmount}. */
export interface FormatCnyAmountOptions {
  /**
   * `'auto'` (default): 亿 from 1亿 up, 万 from 1万 up, else 元 — as plans write amounts; or one fixed unit.
   */
  readonly unit?: 'auto' | '元' | '万' | '亿';
  /** Append 元 after 万 and 亿 (`'7000万元'`); default `false`, as the plan's tables write `'7000万'`. */
  readonly yuan?: boolean;
}

const FORMAT_UNITS = ['auto', '元', '万', '亿'] as const;

/** Reads an exact yuan string (as {@link parseCnyAmount} returns). Internal. */
function readYuan(value: unknown, path: ErrorPath): Yuan {
  if (typeof value !== 'string') {
    throw new LantianError('INVALID_TYPE', path, `expected an amount in yuan as a decimal string, received ${describe(value)}`);
  }
  if (!YUAN_PATTERN.test(value)) {
    throw new LantianError('INVALID_AMOUNT', path, `expected a decimal string such as '70000000', received ${describe(value)}`);
  }
  return parseDecimal(value);
}

/** Adds exact yuan strings (validated by the caller). Internal. */
export function addYuan(a: string, b: string): string {
  return canonical(addDecimals(parseDecimal(a), parseDecimal(b)));
}

/**
 * Writes an exact amount in yuan the way plans do: `'70000000'` → `'7000万'`, `'327700000'` → `'3.277亿'`.
 * Exact (no rounding): every digit of the amount is kept, so {@link parseCnyAmount} reads the text back to
 * the same amount.
 *
 * @param yuan - The amount in yuan as an exact decimal string (as {@link parseCnyAmount} returns), or `null`.
 * @param options - `unit` (`'auto'`, `'元'`, `'万'`, `'亿'`) and `yuan` (append 元).
 * @returns The display text; `'—'` for `null` (no amount).
 * @throws {LantianError} `INVALID_TYPE` when `yuan` is not a string or `null`.
 * @throws {LantianError} `INVALID_AMOUNT` when it is not a non-negative decimal string.
 * @throws {LantianError} `UNKNOWN_OPTION`, `INVALID_OPTION` or `INVALID_TYPE` for bad options.
 * @example
 * ```ts
 * formatCnyAmount('70000000'); //=> '7000万'
 * formatCnyAmount('327700000'); //=> '3.277亿'
 * formatCnyAmount('1463700000', { yuan: true }); //=> '14.637亿元'
 * formatCnyAmount('4000000', { unit: '亿' }); //=> '0.04亿'
 * formatCnyAmount('2900'); //=> '2900元'
 * formatCnyAmount(null); //=> '—'
 * ```
 */
export function formatCnyAmount(yuan: string | null, options?: FormatCnyAmountOptions): string {
  const opts = readOptions(options, ['unit', 'yuan']);
  const unit = opts['unit'] === undefined ? 'auto' : requireMember(opts['unit'], FORMAT_UNITS, ['options', 'unit'], 'INVALID_OPTION');
  const suffix = opts['yuan'];
  if (suffix !== undefined && typeof suffix !== 'boolean') {
    throw new LantianError('INVALID_TYPE', ['options', 'yuan'], `expected a boolean, received ${describe(suffix)}`);
  }
  if (yuan === null) return '—';
  const value = readYuan(yuan, ['yuan']);
  const atLeast = (power: number): boolean => value.digits >= 10n ** BigInt(power + value.exponent);
  const chosen = unit !== 'auto' ? unit : atLeast(8) ? '亿' : atLeast(4) ? '万' : '元';
  if (chosen === '元') return `${canonical(value)}元`;
  const scaled = canonical(shiftDecimal(value, chosen === '亿' ? -8 : -4));
  return `${scaled}${chosen}${suffix === true ? '元' : ''}`;
}
