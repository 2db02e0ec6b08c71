import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONCENTRATION_UNITS,
  EPA_2024,
  HJ633_2026,
  type ConcentrationUnit,
  MOLAR_GAS_CONSTANT,
  convertConcentration,
  iaqi,
  molarVolume,
} from '../../src/index.js';

describe('molarVolume: Vm = R·T/P (STANDARDS.md §4.4)', () => {
  it('states R exactly: N_A·k of the 2019 SI', () => {
    // 6.02214076e23 × 1.380649e-23 = 8.31446261815324 (both factors exact by definition).
    expect(MOLAR_GAS_CONSTANT).toBe(8.31446261815324);
  });

  it('is 24.465 L/mol at 298.15 K, 24.055 at 293.15 K, 22.414 at 273.15 K (101.325 kPa)', () => {
    // 8.314462618 × 298.15 / 101.325 = 24.46540; × 293.15 → 24.05512; × 273.15 → 22.41397. The exact figures with
    // R = 8.31446261815324 (python3 fractions): 24.465403697038130…, 24.055116866633331…, 22.413969545014138….
    expect(molarVolume()).toBeCloseTo(24.46540369703813, 13);
    expect(molarVolume({ temperatureC: 25, pressureKPa: 101.325 })).toBeCloseTo(24.46540369703813, 13);
    expect(molarVolume({ temperatureC: 20 })).toBeCloseTo(24.05511686663333, 13);
    expect(molarVolume({ temperatureC: 0 })).toBeCloseTo(22.413969545014137, 13);
  });

  it('scales with T and 1/P', () => {
    // 50 kPa: 24.46540 × 101.325/50 = 49.57914.
    expect(molarVolume({ pressureKPa: 50 })).toBeCloseTo(49.57914059204777, 12); // exactly 49.57914059204777012
    // −40 °C = 233.15 K: 8.314462618 × 233.15 / 101.325 = 19.13167.
    expect(molarVolume({ temperatureC: -40 })).toBeCloseTo(19.13167490177575, 13); // exactly 19.131674901775750…
  });
});

describe('convertConcentration: hand-worked values (µg/m³ = ppb × M / Vm)', () => {
  it('converts 1 ppb of each gas at 25 °C', () => {
    // SO2 64.064/24.46540 = 2.61855; NO2 46.0055/24.46540 = 1.88043; O3 47.9982/24.46540 = 1.96188;
    // CO 28.0101/24.46540 = 1.14489 (µg/m³ per ppb = mg/m³ per ppm).
    // Exactly, with R = 8.31446261815324 (python3 fractions): 2.6185547883583797…, 1.8804308553293806…,
    // 1.9618805638515107…, 1.1448860745098191….
    expect(convertConcentration('so2', 1, 'ppb', 'ug/m3')).toBeCloseTo(2.6185547883583795, 14);
    expect(convertConcentration('no2', 1, 'ppb', 'ug/m3')).toBeCloseTo(1.8804308553293805, 14);
    expect(convertConcentration('o3', 1, 'ppb', 'ug/m3')).toBeCloseTo(1.9618805638515107, 14);
    expect(convertConcentration('co', 1, 'ppm', 'mg/m3')).toBeCloseTo(1.144886074509819, 14);
    expect(convertConcentration('nox', 1, 'ppb', 'ug/m3')).toBe(convertConcentration('no2', 1, 'ppb', 'ug/m3'));
  });

  it('agrees with the conventional factors at 20 °C (EU reference, 24.055 L/mol)', () => {
    // NO2 46.0055/24.05512 = 1.91250 (commonly 1.91); SO2 64.064/24.05512 = 2.66322 (commonly 2.66).
    // Exactly (python3 fractions): 1.9125036995273915…, 2.6632171589597507….
    expect(convertConcentration('no2', 1, 'ppb', 'ug/m3', { temperatureC: 20 })).toBeCloseTo(1.9125036995273914, 14);
    expect(convertConcentration('so2', 1, 'ppb', 'ug/m3', { temperatureC: 20 })).toBeCloseTo(2.6632171589597506, 14);
  });

  it('converts Chinese limits into the US units', () => {
    // GB 3095 SO2 1h Grade II 500 µg/m³ at 298.15 K: 500 × 24.46540/64.064 = 190.945 ppb.
    expect(convertConcentration('so2', 500, 'ug/m3', 'ppb')).toBeCloseTo(190.94502136174864, 12); // exactly 190.945021361748640…
    // The same figure at 273.15 K (GB 3095-2012 before its 2018 amendment): 500 × 22.41397/64.064 = 174.934 ppb.
    expect(convertConcentration('so2', 500, 'ug/m3', 'ppb', { temperatureC: 0 })).toBeCloseTo(174.9342028675554, 12); // exactly 174.934202867555395…
    // O3 8h 160 µg/m³: 160 × 24.46540/47.9982 / 1000 = 0.081554 ppm; CO 24h 4 mg/m³: 4 × 24.46540/28.0101 = 3.49380 ppm.
    // Exactly (python3 fractions): 0.081554403946941776…, 3.4937974083688569….
    expect(convertConcentration('o3', 160, 'ug/m3', 'ppm')).toBeCloseTo(0.08155440394694177, 16);
    expect(convertConcentration('co', 4, 'mg/m3', 'ppm')).toBeCloseTo(3.4937974083688568, 14);
  });

  it('puts a Chinese reading on the US AQI through the conditions each scheme records', () => {
    // HJ 633-2026 gases are mass concentrations at 298.15 K, 101.325 kPa; the EPA's SO2 column is in ppb.
    const cn = HJ633_2026.conditions.so2;
    expect(cn).toEqual({ kind: 'reference', temperatureK: 298.15, pressureKPa: 101.325 });
    expect(EPA_2024.conditions.so2).toEqual({ kind: 'mixingRatio' });
    expect(EPA_2024.columns.so2_1h?.unit).toBe('ppb');
    if (cn.kind !== 'reference') return;
    const ppb = convertConcentration('so2', 500, 'ug/m3', 'ppb', { temperatureC: cn.temperatureK - 273.15, pressureKPa: cn.pressureKPa });
    // 190.945 ppb, truncated 190, on 186–304 → 151–200: 151 + 49 × 4/118 = 152.66 → 153.
    expect(ppb).toBeCloseTo(190.94502136174864, 12); // exactly 190.945021361748640… (python3 fractions)
    expect(iaqi('so2_1h', ppb, { edition: 'EPA-2024' })).toBe(153);
  });

  it('converts within a dimension by powers of ten, exactly and without conditions', () => {
    expect(convertConcentration('o3', 0.07, 'ppm', 'ppb')).toBe(70);
    expect(convertConcentration('o3', 70, 'ppb', 'ppm')).toBe(0.07);
    expect(convertConcentration('so2', 75, 'ppb', 'ppm')).toBe(0.075);
    expect(convertConcentration('co', 4, 'mg/m3', 'ug/m3')).toBe(4000);
    expect(convertConcentration('pm25', 35, 'ug/m3', 'mg/m3')).toBe(0.035);
    expect(convertConcentration('no2', 40, 'ug/m3', 'ug/m3')).toBe(40);
    // The air's conditions do not enter: same result at −50 °C and 50 kPa.
    expect(convertConcentration('so2', 75, 'ppb', 'ppm', { temperatureC: -50, pressureKPa: 50 })).toBe(0.075);
  });

  it('depends on temperature and pressure as the ideal gas law says', () => {
    // Twice the pressure: twice the mass per volume; from 25 °C to 0 °C: × 298.15/273.15.
    const base = convertConcentration('no2', 100, 'ppb', 'ug/m3');
    expect(convertConcentration('no2', 100, 'ppb', 'ug/m3', { pressureKPa: 202.65 })).toBeCloseTo(2 * base, 10);
    expect(convertConcentration('no2', 100, 'ppb', 'ug/m3', { temperatureC: 0 })).toBeCloseTo((base * 298.15) / 273.15, 10);
  });
});

describe('convertConcentration: laws (property tests)', () => {
  const gas = fc.constantFrom('so2', 'no2', 'co', 'o3', 'nox') as fc.Arbitrary<'so2' | 'no2' | 'co' | 'o3' | 'nox'>;
  const unit = fc.constantFrom(...CONCENTRATION_UNITS);
  const conditions = fc.record({
    temperatureC: fc.double({ min: -60, max: 60, noNaN: true }),
    pressureKPa: fc.double({ min: 50, max: 110, noNaN: true }),
  });

  it('round-trips between any two units', () => {
    fc.assert(
      fc.property(gas, unit, unit, fc.double({ min: 0, max: 1e6, noNaN: true }), conditions, (p, from, to, value, air) => {
        const there = convertConcentration(p, value, from, to, air);
        const back = convertConcentration(p, there, to, from, air);
        expect(Math.abs(back - value)).toBeLessThanOrEqual(1e-12 * value + 1e-300);
      }),
      { numRuns: 1000 },
    );
  });

  it('is linear in the value and composes through an intermediate unit', () => {
    fc.assert(
      fc.property(gas, unit, unit, unit, fc.double({ min: 1e-3, max: 1e4, noNaN: true }), conditions, (p, a, b, c, value, air) => {
        const direct = convertConcentration(p, value, a, c, air);
        const via = convertConcentration(p, convertConcentration(p, value, a, b, air), b, c, air);
        // Relative: the values reach 1e7 and more (1e4 ppm at low pressure), where an absolute 5e-9 is below one ulp.
        expect(Math.abs(via - direct)).toBeLessThanOrEqual(1e-13 * direct);
        expect(Math.abs(convertConcentration(p, 2 * value, a, c, air) - 2 * direct)).toBeLessThanOrEqual(1e-13 * direct);
      }),
    );
  });

  it('never converts particles between a volume and a mass unit', () => {
    fc.assert(
      fc.property(fc.constantFrom('pm25', 'pm10', 'tsp', 'pb', 'bap') as fc.Arbitrary<'pm25'>, unit, unit, (p, from, to) => {
        const crosses = (['ppb', 'ppm'] as ConcentrationUnit[]).includes(from) !== (['ppb', 'ppm'] as ConcentrationUnit[]).includes(to);
        if (crosses) expect(() => convertConcentration(p, 10, from, to)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
        else expect(Number.isFinite(convertConcentration(p, 10, from, to))).toBe(true);
      }),
    );
  });
});

describe('convertConcentration: bad input', () => {
  it('throws LantianError with code and path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => convertConcentration('pm25', 35, 'ug/m3', 'ppb'), 'INVALID_INPUT', ['to']],
      [() => convertConcentration('pm10', 35, 'ppm', 'ug/m3'), 'INVALID_INPUT', ['from']],
      [() => convertConcentration('pm1' as never, 1, 'ppb', 'ug/m3'), 'UNKNOWN_POLLUTANT', ['pollutant']],
      [() => convertConcentration('so2', -1, 'ppb', 'ug/m3'), 'NEGATIVE_VALUE', ['value']],
      [() => convertConcentration('so2', Number.NEGATIVE_INFINITY, 'ppb', 'ug/m3'), 'NOT_FINITE', ['value']],
      [() => convertConcentration('so2', '1' as never, 'ppb', 'ug/m3'), 'INVALID_TYPE', ['value']],
      [() => convertConcentration('so2', 1e308, 'ppb', 'ug/m3'), 'OUT_OF_RANGE', ['value']],
      [() => convertConcentration('so2', 1, 'µg/m³' as never, 'ppb'), 'INVALID_INPUT', ['from']],
      [() => convertConcentration('so2', 1, 'ppb', 'ppt' as never), 'INVALID_INPUT', ['to']],
      [() => convertConcentration('so2', 1, 'ppb', 'ug/m3', { temperatureC: -273.15 }), 'OUT_OF_RANGE', ['options', 'temperatureC']],
      [() => convertConcentration('so2', 1, 'ppb', 'ug/m3', { pressureKPa: 0 }), 'OUT_OF_RANGE', ['options', 'pressureKPa']],
      [() => convertConcentration('so2', 1, 'ppb', 'ug/m3', { pressureKPa: Infinity }), 'NOT_FINITE', ['options', 'pressureKPa']],
      [() => convertConcentration('so2', 1, 'ppb', 'ug/m3', { temperatureC: '25' as never }), 'INVALID_TYPE', ['options', 'temperatureC']],
      [() => convertConcentration('so2', 1, 'ppb', 'ug/m3', { temperatureK: 298 } as never), 'UNKNOWN_OPTION', ['options', 'temperatureK']],
      [() => molarVolume({ temperatureC: -300 }), 'OUT_OF_RANGE', ['options', 'temperatureC']],
      [() => convertConcentration('co', 1e308, 'mg/m3', 'ug/m3'), 'OUT_OF_RANGE', ['value']],
      [() => molarVolume({ temperatureC: 1e308, pressureKPa: 1e-300 }), 'OUT_OF_RANGE', ['options']],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
    }
  });

  it('does not mutate its options', () => {
    const air = Object.freeze({ temperatureC: 20, pressureKPa: 100 });
    expect(convertConcentration('o3', 100, 'ug/m3', 'ppb', air)).toBeCloseTo((100 * molarVolume(air)) / 47.9982, 10);
    expect(air).toEqual({ temperatureC: 20, pressureKPa: 100 });
  });
});
