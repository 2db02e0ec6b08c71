/**
 * Exact decimal arithmetic on doubles without a library (internal). A double is read as its shortest decimal — the
 * digits `String(x)` prints, which identify it (0.35 is 0.35, not the binary 0.34999…) — as an integer of digits
 * over a power of ten, in BigInt; roundings and ratios on those integers are exact.
 */

/** A decimal as `digits × 10^−exponent`, with `exponent ≥ 0`. */
export interface DecimalParts {
  readonly digits: bigint;
  readonly exponent: number;
}

/** The shortest decimal of a finite double as `digits × 10^−exponent` (`digits` negative for a negative value). */
export function toDecimal(value: number): DecimalParts {
  const [mantissa, exp] = String(value).split('e') as [string, string | undefined];
  const [whole, fraction = ''] = mantissa.split('.') as [string, string | undefined];
  const exponent = fraction.length - (exp === undefined ? 0 : Number(exp));
  const digits = BigInt(whole + fraction);
  return exponent >= 0 ? { digits, exponent } : { digits: digits * 10n ** BigInt(-exponent), exponent: 0 };
}

/** `units` × 10^−decimals (units ≥ 0) written as a decimal string. */
export function decimalString(units: bigint, decimals: number): string {
  if (decimals === 0) return units.toString();
  const text = units.toString().padStart(decimals + 1, '0');
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/**
 * Rounds a finite non-negative double to `decimals` places on its shortest decimal: `'halfEven'` (GB/T 8170-2008
 * §3.2) or `'down'` (truncation). The result is the double nearest the rounded decimal.
 */
export function roundDecimal(magnitude: number, decimals: number, mode: 'halfEven' | 'down'): number {
  const { digits, exponent } = toDecimal(magnitude);
  if (exponent <= decimals) return magnitude;
  const unit = 10n ** BigInt(exponent - decimals);
  let kept = digits / unit;
  if (mode === 'halfEven') {
    const twice = 2n * (digits - kept * unit);
    if (twice > unit || (twice === unit && kept % 2n === 1n)) kept += 1n;
  }
  return Number(decimalString(kept, decimals));
}

/** ⌊num/den⌋ for BigInts, `den > 0`. */
export function floorDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  return q * den > num ? q - 1n : q;
}
