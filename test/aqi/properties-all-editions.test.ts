/**
 * The laws of the index, shared by every edition of every scheme (HJ 633-2012, HJ 633-2026, EPA-2012, EPA-2024):
 * one engine, so one set of laws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_AQI_EDITIONS,
  AQI_SCHEMES,
  type AnyAqiEdition,
  type Indicator,
  US_AQI_SCHEMES,
  aqiCategory,
  dailyAqi,
  hourlyAqi,
  iaqi,
  indicatorPollutant,
} from '../../src/index.js';

const SCHEMES = { ...AQI_SCHEMES, ...US_AQI_SCHEMES };
const reportIndicators = (edition: AnyAqiEdition, kind: 'daily' | 'hourly'): ReadonlyArray<Indicator> => SCHEMES[edition].reports[kind];
const allIndicators = (edition: AnyAqiEdition): Indicator[] => [
  ...new Set([...reportIndicators(edition, 'daily'), ...reportIndicators(edition, 'hourly')]),
];

/** Concentrations on the scale of each unit: µg/m³ up to 4000, mg/m³ and ppm up to 60 (O3 up to 1), ppb up to 3000. */
function concentration(edition: AnyAqiEdition, indicator: Indicator): fc.Arbitrary<number> {
  const unit = SCHEMES[edition].columns[indicator]!.unit;
  const max = unit === 'ug/m3' ? 4000 : unit === 'ppb' ? 3000 : indicator.startsWith('o3') ? 1 : 60;
  return fc.oneof(fc.double({ min: 0, max, noNaN: true }), fc.integer({ min: 0, max: max * 1000 }).map((n) => n / 1000));
}

const editionAndIndicator = fc
  .constantFrom(...ALL_AQI_EDITIONS)
  .chain((edition) => fc.constantFrom(...allIndicators(edition)).map((indicator) => [edition, indicator] as const));

function reportInput(edition: AnyAqiEdition, kind: 'daily' | 'hourly'): fc.Arbitrary<Record<string, number | null>> {
  return fc.record(
    Object.fromEntries(reportIndicators(edition, kind).map((i) => [i, fc.option(concentration(edition, i), { nil: null })])),
  );
}

describe('laws of the index for every edition of every scheme (property tests)', () => {
  it('a sub-index never decreases as the concentration rises (raw or brought to the table precision)', () => {
    fc.assert(
      fc.property(
        editionAndIndicator.chain(([edition, indicator]) =>
          fc.tuple(fc.constant(edition), fc.constant(indicator), concentration(edition, indicator), concentration(edition, indicator), fc.boolean()),
        ),
        ([edition, indicator, a, b, round]) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const ia = iaqi(indicator, lo, { edition, roundConcentrations: round });
          const ib = iaqi(indicator, hi, { edition, roundConcentrations: round });
          // null only where a column defines nothing (below the US O3 1h and SO2 24h tables, above 8h O3).
          if (ia !== null && ib !== null) expect(ib).toBeGreaterThanOrEqual(ia);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a sub-index is a non-negative integer, at most 500 except US values beyond the AQI', () => {
    fc.assert(
      fc.property(
        editionAndIndicator.chain(([edition, indicator]) =>
          fc.tuple(fc.constant(edition), fc.constant(indicator), concentration(edition, indicator), fc.boolean()),
        ),
        ([edition, indicator, c, round]) => {
          const v = iaqi(indicator, c, { edition, roundConcentrations: round });
          if (v === null) return;
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          if (edition.startsWith('HJ633')) expect(v).toBeLessThanOrEqual(500);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the AQI is the largest sub-index, each pollutant holds the largest of its indicators, the primary pollutants hold the AQI', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_AQI_EDITIONS).chain((edition) => fc.tuple(fc.constant(edition), reportInput(edition, 'daily'))),
        ([edition, input]) => {
          const r = dailyAqi(input, { edition });
          const values = Object.values(r.iaqi).filter((v): v is number => v !== null);
          for (const [p, v] of Object.entries(r.pollutantIaqi)) {
            const own = (Object.keys(r.iaqi) as Indicator[])
              .filter((i) => indicatorPollutant(i) === p)
              .map((i) => r.iaqi[i])
              .filter((x): x is number => x !== null);
            expect(v).toBe(own.length > 0 ? Math.max(...own) : null);
          }
          if (r.withheld) return;
          if (values.length === 0) {
            expect(r.aqi).toBeNull();
            return;
          }
          expect(r.aqi).toBe(Math.max(SCHEMES[edition].aqiRange[0], ...values));
          expect(r.category).toEqual(aqiCategory(r.aqi!, { edition }));
          for (const p of r.primaryPollutants) expect(r.pollutantIaqi[p]).toBe(Math.max(...values));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reports are deterministic, serialisable and never mutate a frozen input', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...ALL_AQI_EDITIONS)
          .chain((edition) => fc.tuple(fc.constant(edition), fc.constantFrom('daily' as const, 'hourly' as const)))
          .chain(([edition, kind]) => fc.tuple(fc.constant(edition), fc.constant(kind), reportInput(edition, kind))),
        ([edition, kind, input]) => {
          const frozen = Object.freeze({ ...input });
          const copy = structuredClone(frozen);
          const run = kind === 'daily' ? dailyAqi : hourlyAqi;
          const a = run(frozen, { edition });
          const b = run(frozen, { edition });
          expect(frozen).toEqual(copy);
          expect(a).toEqual(b);
          expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
          if (a.aqi !== null) expect(Number.isFinite(a.aqi)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('every scheme is frozen data with a column for each report indicator, in a unit with recorded conditions', () => {
    for (const edition of ALL_AQI_EDITIONS) {
      const scheme = SCHEMES[edition];
      expect(scheme.edition).toBe(edition);
      expect(Object.isFrozen(scheme)).toBe(true);
      for (const indicator of allIndicators(edition)) {
        const column = scheme.columns[indicator]!;
        expect(Object.isFrozen(column.segments)).toBe(true);
        expect(scheme.conditions[indicatorPollutant(indicator)]).toBeDefined();
        column.segments.forEach((s, k) => {
          expect(s.cHi).toBeGreaterThan(s.cLo);
          expect(s.iHi).toBeGreaterThan(s.iLo);
          if (k > 0) expect(s.cLo).toBeGreaterThanOrEqual(column.segments[k - 1]!.cHi);
        });
      }
    }
  });
});
