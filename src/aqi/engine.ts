/**
 * The one breakpoint engine: linear interpolation on a scheme's column, in exact arithmetic, with the
 * scheme's concentration rounding, index rounding and rules outside the table (internal).
 */
import { floorDiv, toDecimal } from '../_lib/decimal.js';
import { roundStatisticUnchecked } from '../rounding/roundStatistic.js';
import { truncateUnchecked } from '../rounding/truncate.js';
import type { Indicator } from '../pollutants/index.js';
import type { AboveRule, AqiColumn, AqiScheme, Segment } from './types.js';

/**
 * How a sub-index came about:
 * - `ok`: interpolated in the table;
 * - `beyondScale`: above the highest breakpoint — capped at 500 (HJ 633) or extrapolated (US EPA), flagged;
 * - `fixedAbove`: a fixed value the standard sets above its last breakpoint (SO2 1h > 800 → 200, O3 8h > 800 → 300;
 *   US EPA SO2 1h > 304 ppb → 200);
 * - `noIndexAbove`: the standard gives no sub-index for this value (HJ 633-2012 O3 8h > 800; SO2 1h > 800 as written;
 *   US EPA O3 8h > 0.200 ppm);
 * - `belowTable`: below a table that starts above zero (US EPA O3 1h below 0.125 ppm, SO2 24h below 305 ppb) — no
 *   sub-index.
 */
export type SubIndexStatus = 'ok' | 'beyondScale' | 'fixedAbove' | 'noIndexAbove' | 'belowTable';

/** A computed sub-index. */
export interface SubIndex {
  readonly indicator: Indicator;
  /** The concentration as looked up (rounded or truncated unless raw values were asked for). */
  readonly concentration: number;
  /** The integer sub-index, or `null` when the standard defines none for this value. */
  readonly value: number | null;
  readonly status: SubIndexStatus;
  /** The fallback indicator when `status` is `noIndexAbove` and the standard names one. */
  readonly fallback: Indicator | undefined;
}

/** Brings a concentration to the table's precision per the scheme (or leaves it raw). */
export function prepareConcentration(scheme: AqiScheme, column: AqiColumn, c: number, round: boolean): number {
  if (!round) return c;
  return scheme.concentrationRounding === 'halfEven'
    ? roundStatisticUnchecked(c, column.decimals)
    : truncateUnchecked(c, column.decimals);
}

/**
 * The sub-index of a prepared concentration on `column`, with `above` the rule that applies above the
 * table. Exact: with a rounded concentration all quantities scale to integers and the division is
 * decided by integer remainder; a raw concentration is read as its shortest decimal and the ratio
 * decided exactly in BigInt arithmetic.
 */
export function subIndex(
  scheme: AqiScheme,
  column: AqiColumn,
  c: number,
  rounded: boolean,
  above: AboveRule,
): SubIndex {
  const value = subIndexValue(scheme, column, c, rounded, above);
  const segments = column.segments;
  if (c > (segments[segments.length - 1] as Segment).cHi) {
    switch (above.kind) {
      case 'cap':
      case 'extrapolate':
        return result(column, c, value, 'beyondScale', undefined);
      case 'fixed':
        return result(column, c, value, 'fixedAbove', undefined);
      case 'none':
        return result(column, c, null, 'noIndexAbove', above.fallback);
    }
  }
  if (value !== value) return result(column, c, null, 'belowTable', undefined);
  return result(column, c, value, 'ok', undefined);
}

/**
 * The value of {@link subIndex} alone, without allocating: the integer sub-index, or `NaN` where the standard
 * defines none (above a table without a rule, below a table that starts above zero). For columnar hot paths.
 */
export function subIndexValue(scheme: AqiScheme, column: AqiColumn, c: number, rounded: boolean, above: AboveRule): number {
  const segments = column.segments;
  const last = segments[segments.length - 1] as Segment;
  if (c > last.cHi) {
    switch (above.kind) {
      case 'cap':
      case 'fixed':
        return above.value;
      case 'none':
        return NaN;
      case 'extrapolate':
        return interpolate(scheme, column, last, c, rounded);
    }
  }
  if (column.startsAbove && c < (segments[0] as Segment).cLo) return NaN;
  let k = 0;
  while (k < segments.length - 1 && c >= (segments[k + 1] as Segment).cLo) k++;
  const segment = segments[k] as Segment;
  // Only a raw value can fall in the gap between two rows of a band table (US EPA: 9.0 < 9.05 < 9.1): it is
  // read as the row below would read it at the table's precision, its top. Continuous tables have no gaps.
  if (c > segment.cHi) return segment.iHi;
  return interpolate(scheme, column, segment, c, rounded);
}

function result(
  column: AqiColumn,
  concentration: number,
  value: number | null,
  status: SubIndexStatus,
  fallback: Indicator | undefined,
): SubIndex {
  return { indicator: column.indicator, concentration, value, status, fallback };
}

function interpolate(scheme: AqiScheme, column: AqiColumn, s: Segment, c: number, rounded: boolean): number {
  if (rounded && column.decimals <= 6) {
    const scale = 10 ** column.decimals;
    const cs = Math.round(c * scale);
    const lo = Math.round(s.cLo * scale);
    const den = Math.round(s.cHi * scale) - lo;
    const num = (s.iHi - s.iLo) * (cs - lo);
    if (Number.isSafeInteger(num) && Number.isSafeInteger(cs) && cs / scale === c) {
      return s.iLo + roundRatio(num, den, scheme.indexRounding);
    }
  }
  // In floating point the ratio errs by a few units in the last place (below 1e-9 while it is below 1e6): farther
  // than that from the rounding step, the direction is certain; nearer, it is decided exactly.
  const ratio = ((s.iHi - s.iLo) * (c - s.cLo)) / (s.cHi - s.cLo);
  const ceil = scheme.indexRounding === 'ceil';
  const shifted = ceil ? ratio : ratio + 0.5;
  const fraction = shifted - Math.floor(shifted);
  if (ratio >= 0 && ratio < 1e6 && fraction > 1e-9 && fraction < 1 - 1e-9) return s.iLo + (ceil ? Math.ceil(ratio) : Math.floor(shifted));
  return s.iLo + Number(exactRatio(s.iHi - s.iLo, c, s.cLo, s.cHi, scheme.indexRounding));
}

/**
 * ⌈di·(c − lo)/(hi − lo)⌉ or ⌊di·(c − lo)/(hi − lo) + 1/2⌋ with every number read as its shortest decimal (2.2 is
 * 2.2, not the binary 2.2000000000000002), exactly: the decimals as integers over one power of ten, then BigInt.
 */
export function exactRatio(di: number, c: number, lo: number, hi: number, mode: 'ceil' | 'halfUp'): bigint {
  const parts = [toDecimal(c), toDecimal(lo), toDecimal(hi)];
  const exponent = Math.max(...parts.map((p) => p.exponent));
  const [cs, los, his] = parts.map((p) => p.digits * 10n ** BigInt(exponent - p.exponent)) as [bigint, bigint, bigint];
  const d = toDecimal(di);
  // di = d.digits / 10^d.exponent: the ratio is d.digits·(cs − los) / (10^d.exponent·(his − los)).
  const num = d.digits * (cs - los);
  const den = 10n ** BigInt(d.exponent) * (his - los);
  if (mode === 'ceil') return -floorDiv(-num, den);
  return floorDiv(2n * num + den, 2n * den);
}

/** ⌈num/den⌉ or ⌊num/den + 1/2⌋ for integers (num may be negative only when extrapolating below). */
function roundRatio(num: number, den: number, mode: 'ceil' | 'halfUp'): number {
  if (mode === 'ceil') {
    const floor = fixFloor(num, den, Math.floor(num / den));
    return floor * den === num ? floor : floor + 1;
  }
  // floor((2·num + den) / (2·den))
  const n2 = 2 * num + den;
  const d2 = 2 * den;
  return fixFloor(n2, d2, Math.floor(n2 / d2));
}

/** Corrects a floating-point floor of num/den by ±1 using exact integer products. */
function fixFloor(num: number, den: number, q: number): number {
  if (q * den > num) return q - 1;
  if ((q + 1) * den <= num) return q + 1;
  return q;
}
