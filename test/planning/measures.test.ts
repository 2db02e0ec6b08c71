import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../_helpers/errors.js';
import { type ControlMeasure, type Inventory, applyMeasures } from '../../src/index.js';

const inventory: Inventory = {
  region: 'X',
  year: 2014,
  totals: { so2: 1200, pm25: 1100 },
  entries: [
    { enterprise: 'Steelworks', sector: 'steel', emissions: { so2: 1000, pm25: 400 } },
    { category: 'dust', subcategory: 'road_dust', emissions: { pm25: 600 } },
  ],
};

describe('applyMeasures', () => {
  it('removes the fractions from the matching entries (worked by hand)', () => {
    const r = applyMeasures(inventory, [
      { name: 'desulphurisation', match: { enterprise: 'Steelworks' }, reductions: { so2: 0.8, pm25: 0.5 } },
      { name: 'sweeping', match: { subcategory: 'road_dust' }, reductions: { pm25: 0.25 } },
    ]);
    // SO2: 0.8 × 1000 = 800 t of the stated 1200 → 400, 66.67 %. PM2.5: 0.5 × 400 + 0.25 × 600 = 350 of 1100 → 750.
    expect(r.reductions.so2).toMatchObject({ before: 1200, after: 400, tonnes: 800 });
    expect(r.reductions.so2?.percent).toBeCloseTo(200 / 3, 12);
    expect(r.reductions.pm25).toMatchObject({ before: 1100, after: 750, tonnes: 350 });
    expect(r.inventory.totals).toEqual({ so2: 400, pm25: 750 });
    expect(r.inventory.entries.map((e) => e.emissions)).toEqual([{ so2: 200, pm25: 200 }, { pm25: 450 }]);
    expect(r.measures.map((m) => [m.name, m.entries, m.tonnes])).toEqual([
      ['desulphurisation', 1, { so2: 800, pm25: 200 }],
      ['sweeping', 1, { pm25: 150 }],
    ]);
    expect(r.concentration).toBeUndefined();
  });

  it('compounds measures on one entry: 80 % then 50 % removes 90 %, credited in order', () => {
    const r = applyMeasures(inventory, [
      { match: { sector: 'steel' }, reductions: { so2: 0.8 } },
      { match: { enterprise: 'Steelworks' }, reductions: { so2: 0.5 } },
    ]);
    // 1000 → 200 (800 removed) → 100 (100 removed).
    expect(r.measures.map((m) => m.tonnes.so2)).toEqual([800, 100]);
    expect(r.reductions.so2?.tonnes).toBe(900);
  });

  it('an empty match acts on every entry; a match naming nothing acts on none', () => {
    expect(applyMeasures(inventory, [{ match: {}, reductions: { pm25: 0.1 } }]).reductions.pm25?.tonnes).toBeCloseTo(100, 12);
    const none = applyMeasures(inventory, [{ match: { enterprise: 'Nowhere' }, reductions: { so2: 1 } }]);
    expect(none.measures[0]?.entries).toBe(0);
    expect(none.reductions.so2?.tonnes).toBe(0);
  });

  it('projects a concentration with a user-supplied linear response', () => {
    const r = applyMeasures(inventory, [{ match: { enterprise: 'Steelworks' }, reductions: { so2: 0.8, pm25: 0.5 } }], {
      response: { indicator: 'pm25', current: 45, perTonne: { pm25: 0.01, so2: 0.002 }, target: 43 },
    });
    // Δ = −(0.01 × 200 + 0.002 × 800) = −3.6 → 41.4 ≤ 43: met, 1.6 below.
    expect(r.concentration?.change).toBeCloseTo(-3.6, 12);
    expect(r.concentration?.projected).toBeCloseTo(41.4, 12);
    expect(r.concentration?.gap).toBeCloseTo(-1.6, 12);
    expect(r.concentration).toMatchObject({ indicator: 'pm25', current: 45, clamped: false, target: 43, met: true });
    // Without a target: no gap, no verdict. A response pushed below zero is floored and flagged.
    const floored = applyMeasures(inventory, [{ match: {}, reductions: { pm25: 1 } }], { response: { current: 5, perTonne: { pm25: 1 } } });
    expect(floored.concentration).toMatchObject({ projected: 0, clamped: true, gap: undefined, met: undefined });
  });

  it('the total removed does not depend on the order of the measures (property)', () => {
    const measure = fc.record({
      match: fc.constantFrom({}, { enterprise: 'Steelworks' }, { subcategory: 'road_dust' }, { sector: 'steel' }),
      reductions: fc.record({ so2: fc.double({ min: 0, max: 1, noNaN: true }), pm25: fc.double({ min: 0, max: 1, noNaN: true }) }),
    });
    fc.assert(
      fc.property(fc.array(measure, { maxLength: 5 }), (measures) => {
        const forward = applyMeasures(inventory, measures as ControlMeasure[]);
        const backward = applyMeasures(inventory, [...measures].reverse() as ControlMeasure[]);
        for (const p of ['so2', 'pm25'] as const) {
          expect(backward.reductions[p]?.tonnes).toBeCloseTo(forward.reductions[p]?.tonnes ?? 0, 6);
          expect(forward.reductions[p]!.after).toBeGreaterThanOrEqual(-1e-9);
        }
      }),
    );
  });

  it('does not mutate a frozen inventory or frozen measures', () => {
    const frozen = Object.freeze({ ...inventory, entries: Object.freeze(inventory.entries.map((e) => Object.freeze({ ...e, emissions: Object.freeze({ ...e.emissions }) }))) });
    const measures = Object.freeze([Object.freeze({ match: Object.freeze({}), reductions: Object.freeze({ so2: 0.5 }) })]);
    expect(applyMeasures(frozen, measures).reductions.so2?.tonnes).toBe(500);
    expect(frozen.entries[0]?.emissions.so2).toBe(1000);
  });

  it('rejects bad input', () => {
    expect(codeOf(() => applyMeasures(inventory, null as never))).toEqual(['INVALID_TYPE', ['measures']]);
    expect(codeOf(() => applyMeasures(inventory, [{ match: {}, reductions: { so2: 1.5 } }]))).toEqual([
      'OUT_OF_RANGE',
      ['measures', 0, 'reductions', 'so2'],
    ]);
    expect(codeOf(() => applyMeasures(inventory, [{ match: {}, reductions: { sox: 0.5 } }] as never))).toEqual([
      'UNKNOWN_POLLUTANT',
      ['measures', 0, 'reductions', 'sox'],
    ]);
    expect(codeOf(() => applyMeasures(inventory, [{ match: { county: 'A' }, reductions: {} }] as never))).toEqual([
      'UNKNOWN_OPTION',
      ['measures', 0, 'match', 'county'],
    ]);
    expect(codeOf(() => applyMeasures(inventory, [], { response: { current: -1, perTonne: {} } }))).toEqual([
      'NEGATIVE_VALUE',
      ['options', 'response', 'current'],
    ]);
    expect(codeOf(() => applyMeasures(inventory, [], { model: {} } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'model']]);
    expect(codeOf(() => applyMeasures({} as never, []))).toEqual(['INVALID_TYPE', ['inventory', 'region']]);
  });
});
