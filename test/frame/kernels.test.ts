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

describe('the per-station kernels on edge days (values worked by hand)', () => {
  const HOURS = 365 * 24;
  /** A one-station frame of 2025 (hour-end labels: index 24·d + h is hour h + 1 of day d) and its daily values. */
  function daily(values: Record<string, Float64Array | Float32Array>, hours = HOURS, opts: Record<string, unknown> = {}) {
    const frame = stationFrame({ start: '2025-01-01 01:00', hours, stations: ['A'], values });
    const block = frameDaily(frame, frameAxis(frame), readYearPlan({ year: 2025, ...opts }), 0, 1);
    return (indicator: string, day: number) => block.daily.get(indicator as never)?.[day];
  }
  /** `hours` NaN hours with `set(h)` (hour h of the year, 0-based) where it gives a number. */
  function hoursOf(set: (h: number) => number | undefined, hours = HOURS, f32 = false): Float64Array | Float32Array {
    const v = f32 ? new Float32Array(hours) : new Float64Array(hours);
    for (let h = 0; h < hours; h++) v[h] = set(h) ?? Number.NaN;
    return v;
  }

  it('count a window with exactly 6 hours, and a day whose 17 windows all have 6', () => {
    // Day 0: hour h valid unless h % 4 = 3, value 10·h: every 8-hour window misses exactly 2 hours. The largest mean
    // is the last window's, hours 16, 17, 18, 20, 21, 22: (160 + 170 + 180 + 200 + 210 + 220) / 6 = 1140 / 6 = 190.
    // 18 valid hours are too few for a daily maximum 1h value, but 220 exceeds the 1h limit of 200: it counts.
    const at = daily({ o3: hoursOf((h) => (h < 24 && h % 4 !== 3 ? 10 * h : undefined)) });
    expect(at('o3_8h', 0)).toBe(190);
    expect(at('o3_1h', 0)).toBe(220);
  });

  it('compare windows by their means, not their sums (6 hours at 100 beat 8 at 99)', () => {
    // Hours 0–5 at 100, 6–7 missing, 8–23 at 99: the window ending at hour 7 has mean 600 / 6 = 100; the full
    // windows have sum 792 but mean 99.
    const at = daily({ o3: hoursOf((h) => (h < 6 ? 100 : h < 8 ? undefined : h < 24 ? 99 : undefined)) });
    expect(at('o3_8h', 0)).toBe(100);
    expect(at('o3_1h', 0)).toBe(100);
  });

  it('need 14 valid windows: 13 make no MDA8, 14 do', () => {
    // Hours 0–17 valid: windows ending at hours 7…19 have ≥ 6 hours (13 windows); hours 0–18: 7…20 (14 windows).
    const at = daily({ o3: hoursOf((h) => (h < 18 || (h >= 24 && h < 24 + 19) ? 50 : undefined)) });
    expect(at('o3_8h', 0)).toBeNaN();
    expect(at('o3_8h', 1)).toBe(50);
  });

  it('count a day of too few windows when its MDA8 exceeds the limit (HJ 663-2013 exception)', () => {
    // Hours 0–9 at 40, 10–17 at 170, the rest missing: 13 windows, the largest (hours 10–17) 170 > 160.
    const at = daily({ o3: hoursOf((h) => (h < 10 ? 40 : h < 18 ? 170 : undefined)) });
    expect(at('o3_8h', 0)).toBe(170);
    // 18 hours: no daily maximum 1h value, and 170 is within the 1h limit of 200.
    expect(at('o3_1h', 0)).toBeNaN();
  });

  it('count the windows that end after the frame’s last hour (a frame that stops within the day)', () => {
    // The frame stops after hour 20 of 31 December (day 364): hours 0–13 at 60, 14–19 at 90. Windows ending at
    // hours 20 and 21 (00:00-based) still have 7 and 6 valid hours: 15 windows; the one ending at hour 21 holds
    // hours 14–19 only, mean 90 — the MDA8, larger than any window inside the frame (hours 12–19: 660 / 8 = 82.5).
    const hours = 364 * 24 + 20;
    const o3 = hoursOf((h) => (h < 364 * 24 ? 50 : h < 364 * 24 + 14 ? 60 : 90), hours);
    const at = daily({ o3 }, hours);
    expect(at('o3_8h', 364)).toBe(90);
    expect(at('o3_1h', 364)).toBe(90);
    expect(at('o3_8h', 363)).toBe(50);
  });

  it('keep the windows and the means of a day apart from the next day across a run of missing hours at midnight', () => {
    // Day 0: hours 0–11 at 40, 12–19 at 150, 20–23 missing; day 1: hours 0–5 missing, 6–23 at 50.
    const set = (h: number) => (h < 12 ? 40 : h < 20 ? 150 : h < 30 ? undefined : h < 48 ? 50 : undefined);
    const at = daily({ o3: hoursOf(set), pm25: hoursOf(set) });
    // Day 0: 15 windows, the largest hours 12–19 at 150; 20 valid hours, the largest 150; mean (480 + 1200) / 20.
    expect(at('o3_8h', 0)).toBe(150);
    expect(at('o3_1h', 0)).toBe(150);
    expect(at('pm25_24h', 0)).toBe(84);
    // Day 1: windows ending at hours 11…23 have ≥ 6 hours — 13, too few — and 18 hours, all below the limits.
    expect(at('o3_8h', 1)).toBeNaN();
    expect(at('o3_1h', 1)).toBeNaN();
    expect(at('pm25_24h', 1)).toBeNaN();
  });

  it('give the mean of equal values as that value, where summing them in floating point overshoots', () => {
    // 24 × 0.1 sums to 2.4000000000000004, whose 24th is 0.10000000000000002: the mean of equal values is the value.
    const co = hoursOf((h) => (h < 24 ? 0.1 : h < 48 ? (h % 2 === 0 ? 0.1 : 0.2) : undefined));
    const at = daily({ co });
    expect(at('co_24h', 0)).toBe(0.1);
    // Day 1: 0.1, 0.2, 0.1, … summed in time order is 3.600000000000002, divided by 24 0.15000000000000008 (Python's
    // floats, the same IEEE doubles), within 0.1 … 0.2: kept as it is.
    expect(at('co_24h', 1)).toBe(0.15000000000000008);
  });

  it('read Float32 input as the float values it holds', () => {
    // Float32 0.1 is 0.10000000149011612 (numpy: float(np.float32(0.1))): 24 of them average to that very value; whole numbers stay exact.
    const co = hoursOf((h) => (h < 24 ? 0.1 : undefined), HOURS, true);
    const o3 = hoursOf((h) => (h < 6 ? 100 : h < 8 ? undefined : h < 24 ? 99 : undefined), HOURS, true);
    const at = daily({ co, o3 });
    expect(at('co_24h', 0)).toBe(0.10000000149011612);
    expect(at('o3_8h', 0)).toBe(100);
  });
});
