import { describe, expect, it } from 'vitest';
import { AQI_EDITIONS, US_AQI_EDITIONS, aqiColumns } from '../../src/index.js';
import { aqiRows } from '../../src/aqi/_rows.js';
import { reportPlan } from '../../src/aqi/reports.js';
import { rng } from '../frame/_random.js';

/** Random daily rows: values across each table (and beyond its top), ties of rounding, missing values. */
function rows(indicators: ReadonlyArray<string>, length: number, seed: number): Record<string, Float64Array> {
  const r = rng(seed);
  return Object.fromEntries(
    indicators.map((indicator) => {
      const v = new Float64Array(length);
      const top = indicator.startsWith('co') ? 70 : indicator.startsWith('o3') ? 1300 : indicator.startsWith('so2') ? 3000 : 700;
      for (let i = 0; i < length; i++) {
        const u = r();
        // A tenth missing, a third on rounding ties (x.5, x.05), the rest anywhere up to beyond the table.
        v[i] = u < 0.1 ? Number.NaN : u < 0.4 ? (Math.floor(r() * top) + 0.5) / (indicator.startsWith('co') ? 10 : 1) : r() * top;
      }
      return [indicator, v];
    }),
  );
}

describe('aqiRows (the table lookup of the daily AQI)', () => {
  it.each([...AQI_EDITIONS.flatMap((e) => [[e, {}], [e, { allowMissing: ['o3'] }], [e, { roundConcentrations: false }]] as const), ...US_AQI_EDITIONS.map((e) => [e, {}] as const)])(
    'gives what aqiColumns gives: %s %j',
    (edition, extra) => {
      const plan = reportPlan('daily', { edition, ...extra });
      const data = rows(plan.indicators, 4000, edition.length * 31 + Object.keys(extra).length);
      const expected = aqiColumns(data, { edition, kind: 'daily', ...extra });
      const r = aqiRows(plan, 4000, (indicator) => data[indicator]);
      expect(r.aqi).toEqual(expected.aqi);
      expect(r.level).toEqual(expected.level);
      expect(r.primary).toEqual(expected.primary);
    },
  );

  it.each([...AQI_EDITIONS, ...US_AQI_EDITIONS])('gives the same with and without kept IAQIs, an indicator left out: %s', (edition) => {
    const plan = reportPlan('daily', { edition });
    // One indicator left out: every row misses it.
    const data = rows(plan.indicators.slice(1), 2500, edition.length * 17);
    const input = (indicator: string): Float64Array | undefined => data[indicator];
    const whole = aqiRows(plan, 2500, input, true);
    for (const withIaqi of [false, true]) {
      const r = aqiRows(plan, 2500, input, withIaqi);
      for (const key of ['aqi', 'level', 'primary', 'exceeding', 'withheld', 'beyondScale'] as const) expect(r[key], `${key} ${withIaqi}`).toEqual(whole[key]);
      expect(r.missingRows).toBe(whole.missingRows);
      if (withIaqi) for (const indicator of plan.indicators) expect(r.iaqi[indicator]).toEqual(whole.iaqi[indicator]);
    }
  });
});
