import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundConcentration, roundHalfEven } from '../../src/index.js';

/**
 * An independent reference: half-to-even on the decimal digits of a string (no floating point), as GB/T 8170
 * §3.2 describes it.
 */
function roundDecimalString(text: string, decimals: number): string {
  const negative = text.startsWith('-');
  const [intPart, fracPart = ''] = (negative ? text.slice(1) : text).split('.') as [string, string?];
  const kept = intPart + fracPart.padEnd(decimals, '0').slice(0, decimals);
  const rest = fracPart.slice(decimals);
  let digits = BigInt(kept);
  const first = rest[0] ?? '0';
  const tail = rest.slice(1).replace(/0+$/, '');
  if (first > '5' || (first === '5' && tail !== '') || (first === '5' && tail === '' && digits % 2n === 1n)) digits += 1n;
  const s = digits.toString().padStart(decimals + 1, '0');
  const out = decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
  return negative && digits !== 0n ? `-${out}` : out;
}

describe('roundHalfEven (GB/T 8170-2008 §3.2)', () => {
  it('reproduces the examples of STANDARDS.md §3', () => {
    expect(roundHalfEven(1.05, 1)).toBe(1);
    expect(roundHalfEven(1.050, 1)).toBe(1.0);
    expect(roundHalfEven(0.35, 1)).toBe(0.4);
    expect(roundHalfEven(10.5002)).toBe(11);
    expect(roundHalfEven(2.5)).toBe(2);
    expect(roundHalfEven(3.5)).toBe(4);
  });

  it('follows each branch of the rule of GB/T 8170-2008 §3.2 (values worked by hand)', () => {
    // Discarded part below 5 drops: 12.1498 → 12.1 at one decimal.
    expect(roundHalfEven(12.1498, 1)).toBe(12.1);
    // Discarded part 5 followed by non-zero digits rounds up.
    expect(roundHalfEven(10.5002, 0)).toBe(11);
    // Exactly 5: the kept digit goes to the even neighbour — 0.0325 → 0.032, 0.0335 → 0.034.
    expect(roundHalfEven(0.0325, 3)).toBe(0.032);
    expect(roundHalfEven(0.0335, 3)).toBe(0.034);
    // Negative numbers are rounded by magnitude and keep their sign.
    expect(roundHalfEven(-3.55, 1)).toBe(-3.6);
    expect(roundHalfEven(-0.0365, 3)).toBe(-0.036);
    expect(roundHalfEven(-2.5)).toBe(-2);
  });

  it('reads the decimal value, not the binary one', () => {
    // 2.675 is stored as 2.67499999…; on its decimal value it is a tie and rounds to the even 2.68.
    expect(roundHalfEven(2.675, 2)).toBe(2.68);
    // 1.005 is stored as 1.00499999…; decimal tie → 1.00.
    expect(roundHalfEven(1.005, 2)).toBe(1);
    expect(roundHalfEven(1.015, 2)).toBe(1.02);
  });

  it('never returns -0', () => {
    expect(Object.is(roundHalfEven(-0.4), 0)).toBe(true);
    expect(Object.is(roundHalfEven(-0), 0)).toBe(true);
  });

  it('rounds large values in decimal arithmetic', () => {
    expect(roundHalfEven(123456789.5)).toBe(123456790);
    expect(roundHalfEven(123456788.5)).toBe(123456788);
    expect(roundHalfEven(1e20)).toBe(1e20);
  });

  it('rejects bad arguments with LantianError codes', () => {
    expect(() => roundHalfEven(Number.NaN)).toThrow(expect.objectContaining({ code: 'NOT_FINITE', path: ['value'] }));
    expect(() => roundHalfEven(Infinity)).toThrow(expect.objectContaining({ code: 'NOT_FINITE' }));
    expect(() => roundHalfEven('1' as unknown as number)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    expect(() => roundHalfEven(1, 1.5)).toThrow(expect.objectContaining({ code: 'NOT_AN_INTEGER', path: ['decimals'] }));
    expect(() => roundHalfEven(1, 16)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => roundHalfEven(1, -1)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  it('agrees with digit-by-digit rounding of the decimal string (property)', () => {
    const decimalText = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 8n }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 999999 }))
      .map(([neg, i, fracLen, frac]) => {
        const f = String(frac).padStart(6, '0').slice(0, fracLen);
        return `${neg ? '-' : ''}${i}${fracLen > 0 ? `.${f}` : ''}`;
      });
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 5 }), (text, d) => {
        expect(roundHalfEven(Number(text), d)).toBe(Number(roundDecimalString(text, d)) + 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (v, d) => {
        const once = roundHalfEven(v, d);
        expect(roundHalfEven(once, d)).toBe(once);
      }),
    );
  });

  it('sends exact ties to the even neighbour (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => {
        const r = roundHalfEven(n + 0.5);
        expect(Math.abs(r) % 2).toBe(0);
        expect(Math.abs(r - (n + 0.5))).toBe(0.5);
      }),
    );
  });
});

describe('roundConcentration (HJ 633-2026 §4.2.2)', () => {
  it('rounds µg/m³ to integers and CO to one decimal, half to even', () => {
    expect(roundConcentration('pm25', 34.5)).toBe(34);
    expect(roundConcentration('pm25', 35.5)).toBe(36);
    expect(roundConcentration('o3', 159.5)).toBe(160);
    expect(roundConcentration('co', 1.25)).toBe(1.2);
    expect(roundConcentration('co', 1.35)).toBe(1.4);
    expect(roundConcentration('co', 1.2501)).toBe(1.3);
  });

  it('accepts an explicit number of decimals', () => {
    expect(roundConcentration('pm25', 34.56, { decimals: 1 })).toBe(34.6);
    expect(roundConcentration('pb', 0.125)).toBe(0.12);
  });

  it('rejects unknown pollutants, negative values and bad options', () => {
    expect(() => roundConcentration('pm1' as never, 1)).toThrow(expect.objectContaining({ code: 'UNKNOWN_POLLUTANT', path: ['pollutant'] }));
    expect(() => roundConcentration('pm25', -0.1)).toThrow(expect.objectContaining({ code: 'NEGATIVE_VALUE', path: ['value'] }));
    expect(() => roundConcentration('pm25', 1, { digits: 2 } as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPTION', path: ['options', 'digits'] }));
    expect(() => roundConcentration('pm25', 1, { decimals: 0.5 })).toThrow(expect.objectContaining({ code: 'NOT_AN_INTEGER' }));
  });
});
