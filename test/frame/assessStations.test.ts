import { describe, expect, it } from 'vitest';
import { POLLUTANTS, type Pollutant, assessStations, assessYear, stationFrame } from '../../src/index.js';
import { randomValues } from './_random.js';

/** The hourly input of station `i` of a frame, as assessYear takes it. */
function stationInput(values: Partial<Record<Pollutant, Float64Array>>, start: string, hours: number, i: number) {
  const hourly: Partial<Record<Pollutant, { start: string; values: Float64Array }>> = {};
  for (const p of POLLUTANTS) {
    const v = values[p];
    if (v !== undefined) hourly[p] = { start, values: v.slice(i * hours, (i + 1) * hours) };
  }
  return { hourly };
}

describe('assessStations', () => {
  it.each([
    ['2025, a whole year', 2025, '2025-01-01 01:00', 365 * 24, 0.03, {}],
    ['2026, two AQI editions, dust days', 2026, '2026-01-01 01:00', 365 * 24, 0.05, { dustDays: ['2026-03-14', '2026-04-02'] }],
    ['2024 (leap) from a frame that starts early and ends short', 2024, '2023-12-30 05:00', 340 * 24, 0.02, { compare: 'raw', roundDaily: true }],
    ['2025, sparse data (many invalid years)', 2025, '2025-01-01 01:00', 365 * 24, 0.2, { indexFrom: 'raw' }],
  ] as const)('report(i) equals assessYear on the station: %s', (_, year, start, hours, missing, extra) => {
    const stations = ['A', 'B', 'C', 'D', 'E'];
    const values: Partial<Record<Pollutant, Float64Array>> = {};
    POLLUTANTS.forEach((p, k) => (values[p] = randomValues(p, stations.length, hours, 100 * year + k, missing)));
    const frame = stationFrame({ start, hours, stations, values });
    const options = { year, ...extra };
    const r = assessStations(frame, options);
    for (let i = 0; i < stations.length; i++) {
      expect(r.report(i)).toEqual(assessYear(stationInput(values, start, hours, i), options));
    }
  });
});
