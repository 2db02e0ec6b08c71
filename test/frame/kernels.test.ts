import { describe, expect, it } from 'vitest';
import { dailyMax1h, dailyMax8h, dailyMeans, percentile, stationFrame } from '../../src/index.js';
import { frameDaily, readYearPlan } from '../../src/frame/_engine.js';
import { frameAxis } from '../../src/frame/stationFrame.js';
import { percentileBySelection } from '../../src/stats/percentile.js';
import { randomValues, rng } from './_random.js';

/** The values of a daily result on the days of `year` (NaN outside it), as the engine lays them out. */
function onYear(start: string, values: Float64Array, year: number): Float64Array {
  const first = Date.UTC(year, 0, 1) / 86_400_000;
  const nDays = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  const offset = Date.parse(`${start}T00:00Z`) / 86_400_000 - first;
  const out = new Float64Array(nDays).fill(Number.NaN);
  values.forEach((v, i) => {
    if (i + offset >= 0 && i + offset < nDays) out[i + offset] = v;
  });
  return out;
}

describe('the per-station kernels', () => {
  it.each([
    ['Beijing time, hour-end labels', undefined, 'end', '2025-01-01 01:00', 365 * 24, 2025, 1],
    ['a frame starting mid-day and ending early', undefined, 'end', '2024-12-30 17:00', 300 * 24 + 5, 2025, 1],
    ['hour-start labels, UTC', 'UTC', 'start', '2025-01-01 00:00', 365 * 24, 2025, 1],
    ['an IANA zone with daylight saving (23- and 25-hour days)', 'Europe/Berlin', 'end', '2025-01-01 01:00', 365 * 24, 2025, 1],
    ['whole numbers (as published), whose 8-hour sums slide', undefined, 'end', '2025-01-01 01:00', 365 * 24, 2025, 0],
    ['whole numbers with a daylight-saving zone', 'America/New_York', 'start', '2025-01-01 00:00', 365 * 24, 2025, 0],
  ] as const)('give exactly the daily values of dailyMeans, dailyMax8h and dailyMax1h: %s', (_, timeZone, label, start, hours, year, decimals) => {
    const stations = ['A', 'B', 'C'];
    // Unrounded values too (two decimals), so that sums carry rounding error.
    const pm25 = randomValues('pm25', 3, hours, 1, 0.1, decimals === 0 ? 0 : 2);
    const o3 = randomValues('o3', 3, hours, 2, 0.12, decimals);
    const frame = stationFrame({ start, hours, stations, values: { pm25, o3 }, label, ...(timeZone === undefined ? {} : { timeZone }) });
    const plan = readYearPlan({ year });
    const block = frameDaily(frame, frameAxis(frame), plan, 0, 3);
    const time = { label, ...(timeZone === undefined ? {} : { timeZone }) };
    for (let s = 0; s < 3; s++) {
      const slice = (v: Float64Array) => ({ start, values: v.subarray(s * hours, (s + 1) * hours) });
      const at = (indicator: 'pm25_24h' | 'o3_8h' | 'o3_1h') => (block.daily.get(indicator) as Float64Array).subarray(s * plan.nDays, (s + 1) * plan.nDays);
      const means = dailyMeans(slice(pm25), time);
      expect(at('pm25_24h')).toEqual(onYear(means.start, means.values, year));
      const mda8 = dailyMax8h(slice(o3), { ...time, pollutant: 'o3', limit: 160 });
      expect(at('o3_8h')).toEqual(onYear(mda8.start, mda8.values, year));
      const max1h = dailyMax1h(slice(o3), { ...time, pollutant: 'o3', limit: 200 });
      expect(at('o3_1h')).toEqual(onYear(max1h.start, max1h.values, year));
    }
  });

  it('apply the incomplete-day exception against each day’s own limit, rounded or raw', () => {
    // Day 1: hours 1…18 only, 40 then 160.4 from 11:00: 13 valid windows (ending 8…20), too few; the MDA8 is
    // 160.4, which rounds to 160 — not above the 8h limit of 160 when rounded, above it raw.
    // Day 2: hours 1…15 only (too few for a daily maximum 1h value), the largest 200.4 against the 1h limit of 200.
    const hours = 366 * 24;
    const o3 = new Float64Array(hours).fill(Number.NaN);
    o3.set([...Array(10).fill(40), ...Array(8).fill(160.4)], 0);
    o3.set([...Array(14).fill(90), 200.4], 24);
    const frame = stationFrame({ start: '2024-01-01 01:00', hours, stations: ['A'], values: { o3 } });
    const rounded = frameDaily(frame, frameAxis(frame), readYearPlan({ year: 2024 }), 0, 1);
    expect(rounded.daily.get('o3_8h')?.[0]).toBeNaN();
    expect(rounded.daily.get('o3_1h')?.[1]).toBeNaN();
    const raw = frameDaily(frame, frameAxis(frame), readYearPlan({ year: 2024, compare: 'raw' }), 0, 1);
    expect(raw.daily.get('o3_8h')?.[0]).toBeCloseTo(160.4, 10);
    expect(raw.daily.get('o3_1h')?.[1]).toBe(200.4);
    // Grade I (8h limit 100, 1h limit 160): both days count by exception, rounded.
    const strict = frameDaily(frame, frameAxis(frame), readYearPlan({ year: 2024, grade: 1 }), 0, 1);
    expect(strict.daily.get('o3_8h')?.[0]).toBeCloseTo(160.4, 10);
    expect(strict.daily.get('o3_1h')?.[1]).toBe(200.4);
  });
});

describe('percentileBySelection', () => {
  it('equals the sorted percentile (HJ 663) for every p on random sets with ties', () => {
    const r = rng(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(r() * 370);
      const values = Array.from({ length: n }, () => Math.round(r() * 60) / (trial % 2 === 0 ? 1 : 7));
      for (const p of [0, 1, 50, 90, 95, 98, 99.5, 100]) {
        const scratch = Float64Array.from(values);
        expect(percentileBySelection(scratch, n, p)).toBe(percentile(values, p));
      }
    }
  });

  it('on HJ 663’s worked example and sorted, reversed and constant input', () => {
    // HJ 663-2013 Annex A: 2, 3, 4, 4, 5, 8; the 90th percentile is 6.5.
    expect(percentileBySelection(Float64Array.from([3, 4, 8, 2, 5, 4]), 6, 90)).toBe(6.5);
    const up = Float64Array.from({ length: 365 }, (_, i) => i);
    expect(percentileBySelection(up, 365, 95)).toBe(345.8);
    const down = Float64Array.from({ length: 365 }, (_, i) => 364 - i);
    expect(percentileBySelection(down, 365, 98)).toBe(356.72);
    expect(percentileBySelection(new Float64Array(10).fill(7), 10, 90)).toBe(7);
    expect(percentileBySelection(Float64Array.from([4]), 1, 98)).toBe(4);
  });
});
