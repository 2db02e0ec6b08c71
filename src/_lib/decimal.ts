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
  return parseDecimal(String(value));
}

/** A decimal numeral (`'2.15'`, `'-0.5'`, `'1e+21'`, as `String(x)` writes) as `digits × 10^−exponent`. */
export function parseDecimal(text: string): DecimalParts {
  const [mantissa, exp] = text.split('e') as [string, string | undefined];
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

/** `a + b`, exactly. */
export function addDecimals(a: DecimalParts, b: DecimalParts): DecimalParts {
  const exponent = Math.max(a.exponent, b.exponent);
  return { digits: a.digits * 10n ** BigInt(exponent - a.exponent) + b.digits * 10n ** BigInt(exponent - b.exponent), exponent };
}

/** `a × 10^power`, exactly (`power` may be negative). */
export function shiftDecimal(a: DecimalParts, power: number): DecimalParts {
  const exponent = a.exponent - power;
  return exponent >= 0 ? { digits: a.digits, exponent } : { digits: a.digits * 10n ** BigInt(-exponent), exponent: 0 };
}

/** The double nearest `num / den` (`num ≥ 0`, `den > 0`), from a quotient of at least 24 significant digits. */
export function ratioToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = Math.max(0, 25 - (num.toString().length - den.toString().length));
  return Number(`${(num * 10n ** BigInt(shift)) / den}e-${shift}`);
}

/** ⌊num/den⌋ for BigInts, `den > 0`. */
export function floorDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  return q * den > num ? q - 1n : q;
}
