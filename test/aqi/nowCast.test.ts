import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOWCAST_POLLUTANTS, hourlyAqi, iaqi, nowCast } from '../../src/index.js';

/**
 * An independent NowCast for the tests, written from the EPA fact sheet's eight steps in floating point and with
 * the list read newest first: weight factor = 1 − (max − min)/max, floored at `floor`; each value weighted by
 * w^(hours ago); missing hours skipped.
 */
function referenceNowCast(oldestFirst: ReadonlyArray<number | null>, hours: number, floor: number): number {
  const newestFirst = [...oldestFirst].reverse().slice(0, hours);
  const valid = newestFirst.filter((c): c is number => c !== null);
  const max = Math.max(...valid);
  const min = Math.min(...valid);
  const w = Math.max(1 - (max - min) / max, floor);
  let top = 0;
  let bottom = 0;
  newestFirst.forEach((c, hoursAgo) => {
    if (c === null) return;
    top += c * w ** hoursAgo;
    bottom += w ** hoursAgo;
  });
  return top / bottom;
}

describe('nowCast: the check value of STANDARDS.md §4.1 (EPA PM NowCast example)', () => {
  // Hourly PM2.5 in µg/m³, oldest → newest: the current hour is 21, the hour before it is missing.
  const hourly = [34.9, 43, 50, 64.9, 69.2, 66.2, 53.7, 48.6, 49.2, 35, null, 21];

  it('gives 28.41 µg/m³, reported as 28.4', () => {
    // min 21, max 69.2: w = 21/69.2 = 0.303 → 0.5. Newest first, weights 0.5^(hours ago), hour 1 missing:
    // (21 + 35/4 + 49.2/8 + 48.6/16 + 53.7/32 + 66.2/64 + 69.2/128 + 64.9/256 + 50/512 + 43/1024 + 34.9/2048)
    // / (1 + 1/4 + 1/8 + … + 1/2048) = 42.6072…/1.49951… = 28.4098 → truncated to 0.1: 28.4.
    const r = nowCast('pm25', hourly);
    // Exactly 174493/6142 = 28.409801367632693… (python3 fractions).
    expect(r.raw).toBeCloseTo(28.409801367632692, 13);
    expect(r.raw).toBeCloseTo(referenceNowCast(hourly, 12, 0.5), 12);
    expect(r.concentration).toBe(28.4);
    expect(r.weightFactor).toBe(0.5);
    expect(r).toMatchObject({ pollutant: 'pm25', unit: 'ug/m3', hours: 12, validHours: 11, validRecentHours: 2 });
  });

  it('is oldest first: read the other way round the same list gives 42.5, not 28.41', () => {
    // Were 34.9 the current hour: (34.9 + 43/2 + 50/4 + 64.9/8 + …) / (1 + 1/2 + …) = 42.48.
    const reversed = [...hourly].reverse();
    // Exactly 869333/20465 = 42.479012948937210… (python3 fractions).
    expect(nowCast('pm25', reversed).raw).toBeCloseTo(42.47901294893721, 13);
    expect(nowCast('pm25', reversed).raw).toBeCloseTo(referenceNowCast(reversed, 12, 0.5), 12);
  });
});

describe('nowCast: the real-time US AQI is the NowCast looked up on the 24-hour PM / 8-hour O3 column', () => {
  it('gives the AQI of the check value under both US tables', () => {
    const pm = nowCast('pm25', [34.9, 43, 50, 64.9, 69.2, 66.2, 53.7, 48.6, 49.2, 35, null, 21]).concentration as number;
    // 28.4 on 12.1–35.4 → 51–100 (before 2024-05-06): 51 + 49 × 16.3/23.3 = 85.28 → 85;
    // on 9.1–35.4 → 51–100 (from 2024-05-06): 51 + 49 × 19.3/26.3 = 86.96 → 87.
    expect(iaqi('pm25_24h', pm, { edition: 'EPA-2012' })).toBe(85);
    expect(iaqi('pm25_24h', pm, { edition: 'EPA-2024' })).toBe(87);
    // O3 NowCast 0.065 ppm on 0.055–0.070 → 51–100: 51 + 49 × 0.010/0.015 = 83.67 → 84.
    const o3 = nowCast('o3', [0.022, 0.035, null, 0.06, 0.074, 0.08, 0.069, 0.063]).concentration as number;
    const r = hourlyAqi({ pm25_24h: pm, o3_8h: o3 }, { scheme: 'US', date: '2024-07-01' });
    expect(r.iaqi).toMatchObject({ pm25_24h: 87, o3_8h: 84 });
    expect(r.aqi).toBe(87);
    expect(r.primaryPollutants).toEqual(['pm25']);
  });
});

describe('nowCast: O3 (AirNow-Tech, "AirNow Updates to Ozone Real-time Reporting", 2016-04-21)', () => {
  // The published example, newest first: 63, 69, 80, 74, 60, missing, 35, 22 ppb.
  const oldestFirst = [22, 35, null, 60, 74, 80, 69, 63];

  it('uses 8 hours and no 0.5 floor: w = 1 − 58/80 = 0.275', () => {
    // Published: range 80 − 22 = 58, scaled rate 0.725, w = 0.275, numerator 89.925.
    const r = nowCast('o3', oldestFirst, { unit: 'ppb' });
    expect(r.weightFactor).toBe(0.275);
    const denominator = 1 + 0.275 + 0.275 ** 2 + 0.275 ** 3 + 0.275 ** 4 + 0.275 ** 6 + 0.275 ** 7;
    // The published numerator is rounded to 0.001 (exactly 89.92487172…): it fixes the NowCast to 3 decimals.
    expect(r.raw).toBeCloseTo(89.925 / denominator, 3);
    // With w = 11/40 exactly: 14733290983162/225721133611 = 65.272093700153236… (python3 fractions).
    expect(r.raw).toBeCloseTo(65.27209370015323, 13);
    expect(r.concentration).toBe(65);
    expect(r).toMatchObject({ hours: 8, validHours: 7, validRecentHours: 3 });
  });

  it('takes ppm by default (the AQI table unit) and truncates to 0.001 ppm', () => {
    const ppm = oldestFirst.map((c) => (c === null ? null : c / 1000));
    const r = nowCast('o3', ppm);
    expect(r.unit).toBe('ppm');
    expect(r.concentration).toBe(0.065);
    expect(r.raw).toBeCloseTo(0.06527209370015323, 16); // 65.272093700153236… ppb / 1000 (python3 fractions)
  });

  it('reads only the last 8 hours', () => {
    expect(nowCast('o3', [500, 500, 500, ...oldestFirst], { unit: 'ppb' })).toEqual(nowCast('o3', oldestFirst, { unit: 'ppb' }));
  });
});

describe('nowCast: the data requirement (2 of the 3 most recent hours valid)', () => {
  const old = [20, 22, 25, 30, 28, 26, 24, 23, 21];
  it('holds with one of the three missing, wherever it is', () => {
    expect(nowCast('pm25', [...old, 20, 21, null]).concentration).not.toBeNull();
    expect(nowCast('pm25', [...old, 20, null, 21]).concentration).not.toBeNull();
    expect(nowCast('pm25', [...old, null, 20, 21]).concentration).not.toBeNull();
  });

  it('fails with two of the three missing, however full the rest', () => {
    for (const recent of [
      [20, null, null],
      [null, 20, null],
      [null, null, 20],
      [null, null, null],
    ]) {
      const r = nowCast('pm10', [...old, ...recent]);
      expect(r).toMatchObject({ concentration: null, raw: null, weightFactor: null });
      expect(r.validRecentHours).toBeLessThan(2);
    }
  });

  it('counts hours before a short array as missing', () => {
    expect(nowCast('pm25', [10, 20])).toMatchObject({ validHours: 2, validRecentHours: 2 });
    // 10 then 20: w = 0.5, (20 + 10/2)/(1 + 1/2) = 16.67 → 16.6.
    expect(nowCast('pm25', [10, 20]).concentration).toBe(16.6);
    expect(nowCast('pm25', [20]).concentration).toBeNull();
    expect(nowCast('pm25', []).concentration).toBeNull();
  });
});

describe('nowCast: weights and truncation', () => {
  it('floors the PM weight factor at 0.5; O3 has no floor', () => {
    // 10 and 40: w = 10/40 = 0.25 → PM 0.5: (40 + 10/2)/1.5 = 30; O3 0.25: (40 + 10/4)/1.25 = 34.
    expect(nowCast('pm10', [10, 40])).toMatchObject({ weightFactor: 0.5, concentration: 30 });
    expect(nowCast('o3', [10, 40], { unit: 'ppb' })).toMatchObject({ weightFactor: 0.25, concentration: 34 });
    // 30 and 40: w = 0.75 for both: (40 + 0.75·30)/1.75 = 35.71.
    expect(nowCast('pm10', [30, 40])).toMatchObject({ weightFactor: 0.75, concentration: 35 });
    expect(nowCast('o3', [30, 40], { unit: 'ppb' })).toMatchObject({ weightFactor: 0.75, concentration: 35 });
  });

  it('is the plain mean when the hours do not vary (w = 1), exactly', () => {
    // Twelve hours of 9.1: 9.1 — in binary floating point the sum over 12 gives 9.099999999999998, truncated 9.0.
    let naive = 0;
    for (let i = 0; i < 12; i++) naive += 9.1;
    expect(Math.floor((naive / 12) * 10) / 10).toBe(9); // the trap
    expect(nowCast('pm25', Array(12).fill(9.1))).toMatchObject({ weightFactor: 1, concentration: 9.1, raw: 9.1 });
    expect(nowCast('pm25', Array(12).fill(35.5)).concentration).toBe(35.5);
    expect(nowCast('o3', Array(8).fill(0.071)).concentration).toBe(0.071);
    expect(nowCast('pm10', Array(12).fill(0))).toMatchObject({ weightFactor: 1, concentration: 0 });
  });

  it('decides a NowCast just below a step exactly', () => {
    // Eleven hours of 9.1 and one of 9.0999999999988: w ≈ 1, the mean is 1.2e-12/12 below 9.1 → 9.0, not 9.1.
    const r = nowCast('pm25', [...Array(11).fill(9.1), 9.0999999999988]);
    expect(r.concentration).toBe(9);
    expect(r.raw).toBeLessThan(9.1);
    // The same hours the other way round: the lower value carries less weight, still below 9.1.
    expect(nowCast('pm25', [9.0999999999988, ...Array(11).fill(9.1)]).concentration).toBe(9);
  });

  it('truncates, never rounds: PM2.5 to 0.1, PM10 to 1, O3 to 0.001 ppm', () => {
    // 35.49 and 35.49: 35.49 → 35.4; PM10 154.9 → 154; O3 0.0709 → 0.070.
    expect(nowCast('pm25', [35.49, 35.49]).concentration).toBe(35.4);
    expect(nowCast('pm10', [154.9, 154.9]).concentration).toBe(154);
    expect(nowCast('o3', [0.0709, 0.0709]).concentration).toBe(0.07);
    expect(nowCast('o3', [70.9, 70.9], { unit: 'ppb' }).concentration).toBe(70);
  });

  it('gives the most recent valid hour all the weight when an O3 hour is 0 (w = 0, the limit of the formula)', () => {
    // 0.05, 0, 0.04 (now): w = 0/0.05 = 0, weights 0⁰ = 1, 0¹, 0²: the NowCast is the current hour.
    expect(nowCast('o3', [0.05, 0, 0.04])).toMatchObject({ weightFactor: 0, concentration: 0.04 });
    // The current hour missing: the hour before (0) carries the weight.
    expect(nowCast('o3', [0.05, 0, null])).toMatchObject({ weightFactor: 0, concentration: 0 });
  });

  it('accepts a Float64Array with NaN for missing hours, and sparse arrays', () => {
    const typed = new Float64Array([34.9, 43, 50, 64.9, 69.2, 66.2, 53.7, 48.6, 49.2, 35, Number.NaN, 21]);
    expect(nowCast('pm25', typed).concentration).toBe(28.4);
    const sparse: Array<number | null> = [];
    sparse[0] = 10;
    sparse[2] = 20;
    // Hour 1 is a hole: (20 + 10/4)/(1 + 1/4) = 18.
    expect(nowCast('pm25', sparse).concentration).toBe(18);
  });
});

describe('nowCast: laws (property tests)', () => {
  // Realistic magnitudes (the float reference underflows on subnormal values, the exact NowCast does not).
  const value = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 5000 }).map((n) => n / 10));
  const hour = fc.option(value, {
    nil: null,
    freq: 4,
  });
  const series = fc.array(hour, { minLength: 0, maxLength: 20 });

  it('lies between the smallest and largest valid hour of the window and matches the float reference', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOWCAST_POLLUTANTS), series, (pollutant, values) => {
        const r = nowCast(pollutant, values, pollutant === 'o3' ? { unit: 'ppb' } : undefined);
        if (r.raw === null) return;
        const window = values.slice(-r.hours).filter((c): c is number => c !== null);
        expect(r.raw).toBeGreaterThanOrEqual(Math.min(...window) * (1 - 1e-12));
        expect(r.raw).toBeLessThanOrEqual(Math.max(...window) * (1 + 1e-12));
        expect(r.concentration).toBeLessThanOrEqual(r.raw);
        // The reference has no limit for w = 0 (an O3 hour of 0 with the current hour missing gives 0/0).
        if (Math.max(...window) > 0 && (pollutant !== 'o3' || Math.min(...window) > 0)) {
          const reference = referenceNowCast(values, r.hours, pollutant === 'o3' ? 0 : 0.5);
          expect(Math.abs(r.raw - reference)).toBeLessThanOrEqual(1e-9 * Math.max(1, reference));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('needs exactly 2 of the 3 most recent hours', () => {
    fc.assert(
      fc.property(series, (values) => {
        const recent = [-1, -2, -3].map((k) => values.length + k).filter((k) => k >= 0 && values[k] !== null).length;
        expect(nowCast('pm25', values).concentration === null).toBe(recent < 2);
      }),
    );
  });

  it('never mutates its input and is deterministic', () => {
    fc.assert(
      fc.property(series, (values) => {
        const frozen = Object.freeze([...values]);
        const a = nowCast('pm10', frozen);
        expect(nowCast('pm10', frozen)).toEqual(a);
        expect(frozen).toEqual(values);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
    );
  });
});

describe('nowCast: bad input', () => {
  it('throws LantianError with code and path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => nowCast('so2' as never, [1, 2]), 'UNKNOWN_POLLUTANT', ['pollutant']],
      [() => nowCast('pm25', '1,2,3' as never), 'INVALID_TYPE', ['hourlyValues']],
      [() => nowCast('pm25', { 0: 1, length: 1 } as never), 'INVALID_TYPE', ['hourlyValues']],
      [() => nowCast('pm25', [1, -2, 3]), 'NEGATIVE_VALUE', ['hourlyValues', 1]],
      [() => nowCast('pm25', [1, Infinity]), 'NOT_FINITE', ['hourlyValues', 1]],
      [() => nowCast('pm25', [1, '2' as never]), 'INVALID_TYPE', ['hourlyValues', 1]],
      [() => nowCast('pm25', [1, 2], { unit: 'ppb' }), 'INVALID_OPTION', ['options', 'unit']],
      [() => nowCast('o3', [1, 2], { unit: 'ug/m3' }), 'INVALID_OPTION', ['options', 'unit']],
      [() => nowCast('o3', [1, 2], { units: 'ppb' } as never), 'UNKNOWN_OPTION', ['options', 'units']],
      [() => nowCast('o3', [1, 2], 'ppb' as never), 'INVALID_TYPE', ['options']],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
    }
  });
});
