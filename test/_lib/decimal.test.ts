import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  decimalString,
  floorDiv,
  parseDecimal,
  ratioToNumber,
  roundDecimal,
  shiftDecimal,
  toDecimal,
} from '../../src/_lib/decimal.js';
import { exactRatio } from '../../src/aqi/engine.js';
import { iaqi } from '../../src/index.js';

// The exact decimal code that replaced decimal.js on the AQI path, checked against decimal.js itself (an
// independent, well-tested implementation of decimal arithmetic) and against values worked by hand.

/** Doubles biased to decimal ties and steps: k·10^−n, k·10^−n ± 5·10^−(n+1), their neighbours, and any double. */
const doubles = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 8 })).map(([k, n]) => Number(`${k}e-${n}`)),
  fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 9 })).map(([k, n]) => Number(`${k}5e-${n}`)),
  fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(-1, 1)).map(([k, n, side]) => {
    const x = Number(`${k}5e-${n}`);
    return side < 0 ? x - Number.EPSILON * x : x + Number.EPSILON * x;
  }),
  fc.double({ min: 1e-12, max: 1e-6, noNaN: true }),
  fc.double({ min: 1e15, max: 1e25, noNaN: true }),
);

describe('toDecimal and decimalString', () => {
  it('read the shortest decimal, in plain and exponential notation', () => {
    expect(toDecimal(0.35)).toEqual({ digits: 35n, exponent: 2 });
    expect(toDecimal(2.2)).toEqual({ digits: 22n, exponent: 1 });
    expect(toDecimal(120)).toEqual({ digits: 120n, exponent: 0 });
    expect(toDecimal(1.5e-7)).toEqual({ digits: 15n, exponent: 8 });
    expect(toDecimal(1e21)).toEqual({ digits: 10n ** 21n, exponent: 0 });
    expect(toDecimal(-0.5)).toEqual({ digits: -5n, exponent: 1 });
    expect(decimalString(5n, 3)).toBe('0.005');
    expect(decimalString(1234n, 2)).toBe('12.34');
    expect(decimalString(7n, 0)).toBe('7');
  });
});

describe('roundDecimal', () => {
  it('rounds half to even and truncates on the decimal digits (worked by hand)', () => {
    expect(roundDecimal(0.35, 1, 'halfEven')).toBe(0.4);
    expect(roundDecimal(0.45, 1, 'halfEven')).toBe(0.4);
    expect(roundDecimal(1.05, 1, 'halfEven')).toBe(1);
    expect(roundDecimal(2.5, 0, 'halfEven')).toBe(2);
    expect(roundDecimal(3.5, 0, 'halfEven')).toBe(4);
    expect(roundDecimal(10.5002, 0, 'halfEven')).toBe(11);
    expect(roundDecimal(0.5, 0, 'halfEven')).toBe(0);
    expect(roundDecimal(1.25e-7, 7, 'halfEven')).toBe(1e-7);
    expect(roundDecimal(1.25e-7, 8, 'halfEven')).toBe(1.2e-7);
    expect(roundDecimal(1.35e-7, 8, 'halfEven')).toBe(1.4e-7);
    expect(roundDecimal(2.2, 3, 'halfEven')).toBe(2.2);
    expect(roundDecimal(9.09, 1, 'down')).toBe(9);
    expect(roundDecimal(0.029, 3, 'down')).toBe(0.029);
    expect(roundDecimal(0.0299999, 3, 'down')).toBe(0.029);
    expect(roundDecimal(35.99999999, 0, 'down')).toBe(35);
  });

  it('agrees with decimal.js, half to even and down, near ties and far from them', () => {
    fc.assert(
      fc.property(doubles, fc.integer({ min: 0, max: 15 }), (x, d) => {
        expect(roundDecimal(x, d, 'halfEven')).toBe(new Decimal(x).toDecimalPlaces(d, Decimal.ROUND_HALF_EVEN).toNumber());
        expect(roundDecimal(x, d, 'down')).toBe(new Decimal(x).toDecimalPlaces(d, Decimal.ROUND_DOWN).toNumber());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('addDecimals, shiftDecimal and ratioToNumber', () => {
  it('add, shift and divide exactly (worked by hand)', () => {
    expect(parseDecimal('2.15')).toEqual({ digits: 215n, exponent: 2 });
    expect(addDecimals(parseDecimal('0.1'), parseDecimal('0.2'))).toEqual({ digits: 3n, exponent: 1 });
    expect(addDecimals(parseDecimal('120000000'), parseDecimal('0.05'))).toEqual({ digits: 12000000005n, exponent: 2 });
    expect(shiftDecimal(parseDecimal('2.15'), 8)).toEqual({ digits: 215000000n, exponent: 0 });
    expect(shiftDecimal(parseDecimal('327700000'), -8)).toEqual({ digits: 327700000n, exponent: 8 });
    expect(ratioToNumber(22n, 80n)).toBe(0.275);
    expect(ratioToNumber(1n, 3n)).toBe(1 / 3);
    expect(ratioToNumber(0n, 7n)).toBe(0);
    expect(ratioToNumber(10n ** 30n, 1n)).toBe(1e30);
  });

  it('agree with decimal.js', () => {
    const WIDE = Decimal.clone({ precision: 200 });
    const decimal = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(decimal, decimal, fc.integer({ min: -12, max: 12 }), ([da, ea], [db, eb], p) => {
        const a = { digits: da, exponent: ea };
        const b = { digits: db, exponent: eb };
        const x = new WIDE(`${da}e-${ea}`);
        const y = new WIDE(`${db}e-${eb}`);
        const sum = addDecimals(a, b);
        expect(new WIDE(`${sum.digits}e-${sum.exponent}`).eq(x.plus(y))).toBe(true);
        const shifted = shiftDecimal(a, p);
        expect(new WIDE(`${shifted.digits}e-${shifted.exponent}`).eq(x.times(new WIDE(10).pow(p)))).toBe(true);
        if (db > 0n) expect(ratioToNumber(da, db)).toBe(new WIDE(da.toString()).div(db.toString()).toNumber());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('floorDiv', () => {
  it('floors toward −∞ for either sign of the numerator', () => {
    expect(floorDiv(7n, 2n)).toBe(3n);
    expect(floorDiv(-7n, 2n)).toBe(-4n);
    expect(floorDiv(-6n, 2n)).toBe(-3n);
    expect(floorDiv(0n, 5n)).toBe(0n);
  });
});

describe('exactRatio (the IAQI of a raw concentration)', () => {
  it('decides the ceiling exactly where binary floating point would not (worked by hand)', () => {
    // CO 24h, HJ 633: 2 → 50, 4 → 100; 2.2: 50·0.2/2 = 5 exactly, so 50 + 5 = 55, never 56.
    expect(exactRatio(50, 2.2, 2, 4, 'ceil')).toBe(5n);
    expect(exactRatio(50, 2.2000001, 2, 4, 'ceil')).toBe(6n);
    // US EPA PM2.5 (2024): 9.1 → 51, 35.4 → 100: 49·(35.4 − 9.1)/26.3 = 49 exactly; half up at .5.
    expect(exactRatio(49, 35.4, 9.1, 35.4, 'halfUp')).toBe(49n);
    expect(exactRatio(1, 0.25, 0, 0.5, 'halfUp')).toBe(1n);
    expect(exactRatio(1, 0.2499, 0, 0.5, 'halfUp')).toBe(0n);
    expect(exactRatio(0.5, 1, 0, 1, 'ceil')).toBe(1n);
  });

  it('agrees with 80-digit decimal.js, ceiling and half up', () => {
    const HIGH = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_EVEN });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.oneof(doubles, fc.integer({ min: 0, max: 300_000 }).map((k) => k / 1000)),
        (di, loUnits, width, n, c) => {
          const lo = loUnits / 10 ** n;
          const hi = (loUnits + width) / 10 ** n;
          if (c < lo) return;
          const ratio = new HIGH(di).times(new HIGH(c).minus(lo)).div(new HIGH(hi).minus(lo));
          expect(exactRatio(di, c, lo, hi, 'ceil')).toBe(BigInt(ratio.ceil().toFixed()));
          expect(exactRatio(di, c, lo, hi, 'halfUp')).toBe(BigInt(ratio.plus(0.5).floor().toFixed()));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives through iaqi what 80-digit decimal.js gives on the table (HJ 633-2012 Table 1, PM2.5 24h)', () => {
    // HJ 633-2012 Table 1: PM2.5 24h breakpoints (µg/m³) and their IAQI.
    const c = [0, 35, 75, 115, 150, 250, 350, 500];
    const i = [0, 50, 100, 150, 200, 300, 400, 500];
    const HIGH = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_EVEN });
    const reference = (x: number): number => {
      let k = 0;
      while (k < c.length - 2 && x >= (c[k + 1] as number)) k++;
      const [cLo, cHi, iLo, iHi] = [c[k] as number, c[k + 1] as number, i[k] as number, i[k + 1] as number];
      return iLo + new HIGH(iHi - iLo).times(new HIGH(x).minus(cLo)).div(new HIGH(cHi).minus(cLo)).ceil().toNumber();
    };
    const values = fc.oneof(
      fc.double({ min: 0, max: 500, noNaN: true }),
      fc.integer({ min: 0, max: 500_000 }).map((k) => k / 1000),
      fc.integer({ min: 0, max: 5000 }).map((k) => k / 10),
    );
    fc.assert(
      fc.property(values, (x) => {
        expect(iaqi('pm25_24h', x, { edition: 'HJ633-2012', roundConcentrations: false })).toBe(reference(x));
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds half up through iaqi as 80-digit decimal.js does (US EPA 2024, PM2.5 9.1–35.4 µg/m³ → 51–100)', () => {
    // 40 CFR Part 58 Appendix G Table 6 (2024): PM2.5 9.1–35.4 µg/m³ is AQI 51–100, rounded to the nearest integer.
    const HIGH = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_EVEN });
    const values = fc.oneof(fc.double({ min: 9.1, max: 35.4, noNaN: true }), fc.integer({ min: 9100, max: 35_400 }).map((k) => k / 1000));
    fc.assert(
      fc.property(values, (x) => {
        const expected = 51 + new HIGH(49).times(new HIGH(x).minus(9.1)).div(26.3).plus(0.5).floor().toNumber();
        expect(iaqi('pm25_24h', x, { edition: 'EPA-2024', roundConcentrations: false })).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the published IAQI of raw concentrations through iaqi', () => {
    // PM2.5 24h, HJ 633-2012: 75 → 100, 115 → 150. 75.000000001 raw lies above 100: 101.
    expect(iaqi('pm25_24h', 75.000000001, { edition: 'HJ633-2012', roundConcentrations: false })).toBe(101);
    // 100.3 raw: 100 + 50·25.3/40 = 131.625 → 132.
    expect(iaqi('pm25_24h', 100.3, { edition: 'HJ633-2012', roundConcentrations: false })).toBe(132);
  });
});
