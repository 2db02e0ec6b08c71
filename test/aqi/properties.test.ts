import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AQI_EDITIONS,
  type AqiConcentrations,
  AqiConcentrationsSchema,
  type Indicator,
  dailyAqi,
  hourlyAqi,
  iaqi,
  indicatorPollutant,
} from '../../src/index.js';
import { outcome } from '../_helpers/errors.js';

const edition = fc.constantFrom(...AQI_EDITIONS);
const dailyIndicators = ['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm25_24h'] as const;
const hourlyIndicators = ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'] as const;
const concentration = fc.oneof(
  fc.double({ min: 0, max: 4000, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
);

describe('laws of the index (property tests)', () => {
  it('an IAQI never decreases as the concentration rises', () => {
    fc.assert(
      fc.property(edition, fc.constantFrom(...dailyIndicators, ...hourlyIndicators), concentration, concentration, (e, ind, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const ia = iaqi(ind, lo, { edition: e });
        const ib = iaqi(ind, hi, { edition: e });
        // Only HJ 633-2012's O3 8h above 800 has no IAQI (null) — the law holds where both exist.
        if (ia !== null && ib !== null) expect(ib).toBeGreaterThanOrEqual(ia);
      }),
      { numRuns: 2000 },
    );
  });

  it('an IAQI is an integer in 0…500', () => {
    fc.assert(
      fc.property(edition, fc.constantFrom(...dailyIndicators), concentration, fc.boolean(), (e, ind, c, round) => {
        const v = iaqi(ind, c, { edition: e, roundConcentrations: round });
        if (v !== null) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(500);
        }
      }),
    );
  });

  it('the AQI is the largest IAQI, and the primary pollutants hold it', () => {
    const day = fc.record(Object.fromEntries(dailyIndicators.map((i) => [i, concentration])) as Record<(typeof dailyIndicators)[number], fc.Arbitrary<number>>);
    fc.assert(
      fc.property(day, (c) => {
        const r = dailyAqi(c, { edition: 'HJ633-2026' });
        const values = Object.values(r.iaqi).filter((v): v is number => v !== null);
        expect(r.aqi).toBe(Math.max(1, ...values));
        for (const p of r.primaryPollutants) expect(r.pollutantIaqi[p]).toBe(Math.max(...values));
        if (r.aqi! > 50) expect(r.primaryPollutants.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('reports never mutate their input (frozen) and are deterministic', () => {
    const hour = fc.record(
      Object.fromEntries(hourlyIndicators.map((i) => [i, fc.option(concentration, { nil: null })])) as Record<(typeof hourlyIndicators)[number], fc.Arbitrary<number | null>>,
    );
    fc.assert(
      fc.property(edition, hour, (e, c) => {
        const frozen = Object.freeze({ ...c });
        const copy = structuredClone(frozen);
        const a = hourlyAqi(frozen, { edition: e });
        const b = hourlyAqi(frozen, { edition: e });
        expect(frozen).toEqual(copy);
        expect(a).toEqual(b);
        expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
      }),
    );
  });

  it('each pollutant IAQI is the largest of its indicators', () => {
    fc.assert(
      fc.property(concentration, concentration, (o1, o8) => {
        const r = dailyAqi({ o3_1h: o1, o3_8h: o8 }, { edition: 'HJ633-2012' });
        const values = (['o3_1h', 'o3_8h'] as Indicator[]).map((i) => r.iaqi[i]).filter((v): v is number => v !== null);
        expect(r.pollutantIaqi.o3).toBe(values.length ? Math.max(...values) : null);
        expect(indicatorPollutant('o3_8h')).toBe('o3');
      }),
    );
  });

  it('AqiConcentrationsSchema accepts exactly what the reports accept', () => {
    const value = fc.oneof(concentration, fc.constant(null), fc.constant(Number.NaN), fc.constant(-1), fc.constant(Infinity), fc.constant('3'));
    const key = fc.constantFrom(...dailyIndicators, 'pm1_24h', '__proto__');
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 4 }), (input) => {
        const schemaOk = AqiConcentrationsSchema.safeParse(input).success;
        const result = outcome(() => dailyAqi(input as AqiConcentrations, { edition: 'HJ633-2026' }));
        expect(result.ok).toBe(schemaOk);
        // Each offending entry names its fault (HJ 633 indicators, non-negative finite numbers, `null`/`NaN` missing);
        // the report throws for one of them, at its key.
        const faults = Object.entries(input).flatMap(([k, v]): string[] => {
          if (!(dailyIndicators as readonly string[]).includes(k)) return [`UNKNOWN_INDICATOR ${k}`];
          if (v === null || Number.isNaN(v)) return [];
          if (typeof v !== 'number') return [`INVALID_TYPE ${k}`];
          if (v === Infinity) return [`NOT_FINITE ${k}`];
          return v < 0 ? [`NEGATIVE_VALUE ${k}`] : [];
        });
        expect(result.ok).toBe(faults.length === 0);
        if (!result.ok) {
          expect(result.path).toHaveLength(2);
          expect(result.path[0]).toBe('concentrations');
          expect(faults).toContain(`${result.code} ${String(result.path[1])}`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
