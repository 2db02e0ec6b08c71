import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE_STATE, STANDARD_STATE, fromStandardState, roundConcentration, toStandardState } from '../../src/index.js';
import { cityAnnualMean } from '../_helpers/liuzhouCity.js';

describe('reference state (GB 3095-2026 §3.14, §4.3; the 2018 amendment of GB 3095-2012)', () => {
  it('states the two states of the standards', () => {
    expect(STANDARD_STATE).toEqual({ temperature: 273.15, pressure: 101.325 });
    expect(REFERENCE_STATE).toEqual({ temperature: 298.15, pressure: 101.325 });
    expect(Object.isFrozen(STANDARD_STATE)).toBe(true);
  });

  it('converts gases between the standard state (273.15 K) and the reference state (298.15 K)', () => {
    // STANDARDS.md §2.3: a gas value at 273.15 K converts to the reference state by × 273.15/298.15 = 0.91615.
    expect(fromStandardState('so2', 1)).toBeCloseTo(0.9161495891329867, 15); // 5463/5963 exactly
    // The same air is denser at 273.15 K: the standard-state value is the higher one. 100 × 298.15/273.15 = 109.1525.
    expect(toStandardState('no2', 100)).toBeCloseTo(109.1524803221673, 12); // 596300/5463 exactly
    for (const gas of ['so2', 'no2', 'co', 'o3', 'nox'] as const) {
      expect(toStandardState(gas, 10)).toBeGreaterThan(10);
    }
    // CO (mg/m³) converts alike: 1.0 × 298.15/273.15 = 1.0915.
    expect(toStandardState('co', 1)).toBeCloseTo(1.0915248032216731, 15); // 5963/5463 exactly
  });

  it('converts particles with the actual temperature and pressure', () => {
    // C_std = C_act × (T/273.15) × (101.325/P). At 30 °C (303.15 K) and 99.5 kPa:
    // 303.15/273.15 = 1.109830…, 101.325/99.5 = 1.018342…, product 1.130186… → 50 × 1.130186 = 56.509.
    // Exactly 13651855/241586 = 56.509296896343331… (python3 fractions).
    expect(toStandardState('pm25', 50, { temperature: 303.15, pressure: 99.5 })).toBeCloseTo(56.50929689634333, 12);
    // At the standard state itself the factor is 1.
    expect(toStandardState('pm10', 80, { temperature: 273.15, pressure: 101.325 })).toBeCloseTo(80, 12);
    // Cold, high air is denser than the standard state: at −10 °C and 103 kPa the standard-state value is lower.
    expect(toStandardState('tsp', 100, { temperature: 263.15, pressure: 103 })).toBeLessThan(100);
  });

  it('reproduces the order of Liuzhou 2019: raw PM2.5 near 34.6 µg/m³, published 38 at the standard state', () => {
    // The city's raw annual mean, computed independently from the published hourly data (mean over the six
    // stations of each hour, daily means with ≥ 20 hours, mean of the days; test/_helpers/liuzhouCity.ts).
    const raw = cityAnnualMean('PM2.5', 'hour').mean;
    expect(raw).toBeGreaterThan(34.5);
    expect(raw).toBeLessThan(34.8);
    // With air typical of Liuzhou (about 21 °C and 100.2 kPa: the city lies ~100 m above sea level; assumed
    // climate values, not measured ones) the factor is about 1.09 and the published 38 follows.
    const std = toStandardState('pm25', raw, { temperature: 294.15, pressure: 100.2 });
    // 294.15/273.15 × 101.325/100.2 = 2649311/2432856 = 1.088971562640781… (python3 fractions).
    expect(std / raw).toBeCloseTo(1.088971562640781, 14);
    expect(roundConcentration('pm25', std)).toBe(38);
  });

  it('uses per-value weather and keeps missing values missing', () => {
    const out = toStandardState('pm25', [10, null, 30, Number.NaN], {
      temperature: [273.15, 300, null, 280],
      pressure: 101.325,
    });
    expect(out).toBeInstanceOf(Float64Array);
    expect(out[0]).toBeCloseTo(10, 12);
    expect(Number.isNaN(out[1])).toBe(true);
    expect(Number.isNaN(out[2])).toBe(true); // temperature missing
    expect(Number.isNaN(out[3])).toBe(true);
  });

  it('converts a series and keeps its start and pollutant', () => {
    const series = Object.freeze({ start: '2019-01-01 01:00', values: Object.freeze([10, null]), pollutant: 'no2' as const });
    const out = toStandardState('no2', series);
    expect(out.start).toBe('2019-01-01 01:00');
    expect(out.pollutant).toBe('no2');
    expect(out.values[0]).toBeCloseTo(10.91524803221673, 13); // 10 × 298.15/273.15 = 59630/5463 (python3 fractions)
    expect(Number.isNaN(out.values[1])).toBe(true);
    expect(series.values).toEqual([10, null]);
  });

  it('is the identity at the standard state and before 2018-09-01', () => {
    expect(toStandardState('pm25', 34.6, { conditions: 'standard' })).toBe(34.6);
    // Data released before the 2018 amendment took effect were at the standard state already.
    expect(toStandardState('pm25', 34.6, { date: '2018-08-31' })).toBe(34.6);
    expect(toStandardState('so2', 20, { date: '2017-01-01' })).toBe(20);
    expect(toStandardState('so2', 20, { date: '2018-09-01' })).toBeCloseTo(21.83049606443346, 13); // 119260/5463 exactly
  });

  it('round-trips (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('so2', 'no2', 'co', 'o3', 'pm10', 'pm25', 'tsp', 'pb', 'bap', 'nox' as const),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 233.15, max: 323.15, noNaN: true }),
        fc.double({ min: 50, max: 110, noNaN: true }),
        (item, c, temperature, pressure) => {
          const options = { temperature, pressure };
          const back = fromStandardState(item, toStandardState(item, c, options), options);
          expect(back).toBeCloseTo(c, 9);
        },
      ),
    );
  });

  it('rejects what it cannot convert', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => toStandardState('pm25', 30), 'INVALID_OPTION', ['options', 'temperature']],
      [() => toStandardState('pm25', 30, { temperature: 293 }), 'INVALID_OPTION', ['options', 'pressure']],
      // °C and hPa given by mistake.
      [() => toStandardState('pm25', 30, { temperature: 25, pressure: 100 }), 'OUT_OF_RANGE', ['options', 'temperature']],
      [() => toStandardState('pm25', 30, { temperature: 298, pressure: 1005 }), 'OUT_OF_RANGE', ['options', 'pressure']],
      [() => toStandardState('pm25', [1, 2], { temperature: [298], pressure: 100 }), 'INVALID_INPUT', ['options', 'temperature']],
      [() => toStandardState('pm25', 1, { temperature: [298], pressure: 100 }), 'INVALID_TYPE', ['options', 'temperature']],
      [() => toStandardState('pm25', -1, { conditions: 'standard' }), 'NEGATIVE_VALUE', ['value']],
      [() => toStandardState('pm25', Number.POSITIVE_INFINITY, { conditions: 'standard' }), 'NOT_FINITE', ['value']],
      [() => toStandardState('pm25', [1, -1], { conditions: 'standard' }), 'NEGATIVE_VALUE', ['value', 1]],
      [() => toStandardState('pm25', { start: '2019-01-01', values: [1, 'x'] } as never, { conditions: 'standard' }), 'INVALID_TYPE', ['value', 'values', 1]],
      [() => toStandardState('no2', { start: '2019-01-01', values: [1], pollutant: 'so2' }), 'INVALID_INPUT', ['value', 'pollutant']],
      [() => toStandardState('pm1' as never, 1), 'UNKNOWN_POLLUTANT', ['item']],
      [() => toStandardState('so2', 1, { conditions: 'normal' as never }), 'INVALID_OPTION', ['options', 'conditions']],
      [() => toStandardState('so2', 1, { temprature: 300 } as never), 'UNKNOWN_OPTION', ['options', 'temprature']],
      [() => toStandardState('so2', '1' as never), 'INVALID_TYPE', ['value']],
      [() => toStandardState('so2', new Int32Array(2) as never), 'INVALID_TYPE', ['value']],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
    }
  });
});
