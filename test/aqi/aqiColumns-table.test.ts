/**
 * The table path of aqiColumns (concentrations rounded to the table's precision, no fallback inputs): every field of
 * every row against the one-row reports dailyAqi/hourlyAqi, on many random rows built to hit the places where a fast
 * path could go wrong — ties of the rounding and values a float error away from them, values on and above the top
 * breakpoint, gaps — and a few rows worked by hand from the standards' tables.
 */
import { describe, expect, it } from 'vitest';
import { ALL_AQI_EDITIONS, type Indicator, aqiColumns, dailyAqi, hourlyAqi, primaryPollutantsOf } from '../../src/index.js';
import { reportPlan } from '../../src/aqi/reports.js';
import { rng } from '../frame/_random.js';

/** Top of each pollutant's tables with room above (µg/m³, CO mg/m³; ppb/ppm for the US EPA). */
function topOf(indicator: string, edition: string): number {
  const us = edition.startsWith('EPA');
  if (indicator.startsWith('co')) return us ? 60 : 180;
  if (indicator.startsWith('o3')) return us ? 0.7 : 1400;
  if (indicator.startsWith('so2')) return us ? 1200 : 3000;
  if (indicator.startsWith('no2')) return us ? 2300 : 4000;
  return 700;
}

/** Random values of one indicator: on the grid, on ties and a float error off them, anywhere, above the top, gaps. */
function values(indicator: string, edition: string, length: number, r: () => number): Float64Array {
  const decimals = edition.startsWith('EPA') ? (indicator.startsWith('o3') ? 3 : indicator.startsWith('pm25') || indicator.startsWith('co') ? 1 : 0) : indicator.startsWith('co') ? 1 : 0;
  const scale = 10 ** decimals;
  const top = topOf(indicator, edition);
  const v = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const u = r();
    const grid = Math.floor(r() * top * scale);
    if (u < 0.08) v[i] = Number.NaN;
    else if (u < 0.35) v[i] = grid / scale; // on the grid
    else if (u < 0.55) v[i] = (grid + 0.5) / scale; // a tie
    else if (u < 0.65) v[i] = ((grid + 0.5) / scale) * (1 + (r() < 0.5 ? -1 : 1) * 2 ** -50); // a few ulps off a tie
    else if (u < 0.72) v[i] = Math.max(0, grid / scale + (r() < 0.5 ? -1 : 1) * 1e-9); // a hair off the grid
    else if (u < 0.74) v[i] = (grid + 0.5 + (r() - 0.5) * 4e-7) / scale; // around the edge of the fast rounding
    else if (u < 0.77) v[i] = top * (1 + r() * 1e3); // far above the top
    else v[i] = r() * top;
  }
  return v;
}

/** Compares each row of aqiColumns with the one-row report, field by field. */
function compare(edition: (typeof ALL_AQI_EDITIONS)[number], kind: 'hourly' | 'daily', extra: Record<string, unknown>, length: number, seed: number): number {
  const plan = reportPlan(kind, { edition, ...extra });
  const r = rng(seed);
  const indicators = plan.indicators as ReadonlyArray<Indicator>;
  // One indicator left out entirely now and then: every row misses it.
  const given = seed % 3 === 0 ? indicators.slice(1) : indicators;
  const columns = Object.fromEntries(given.map((ind) => [ind, values(ind, edition, length, r)]));
  const out = aqiColumns(columns, { edition, kind, ...extra });
  let missing = 0;
  for (let i = 0; i < length; i++) {
    const one = Object.fromEntries(given.map((ind) => [ind, (columns[ind] as Float64Array)[i] as number]));
    const report = kind === 'hourly' ? hourlyAqi(one, { edition, ...extra }) : dailyAqi(one, { edition, ...extra });
    const row = `${edition} ${kind} row ${i}: ${JSON.stringify(one)}`;
    expect(Number.isNaN(out.aqi[i]) ? null : out.aqi[i], row).toBe(report.aqi);
    expect(out.level[i], row).toBe(report.category?.level ?? 0);
    expect(primaryPollutantsOf(out.primary[i] as number), row).toEqual(report.primaryPollutants);
    expect(primaryPollutantsOf(out.exceeding[i] as number), row).toEqual(report.exceedingPollutants);
    expect(out.withheld[i] === 1, row).toBe(report.withheld);
    expect(out.beyondScale[i] === 1, row).toBe(report.beyondScale.length > 0);
    for (const ind of indicators) {
      const v = (out.iaqi[ind] as Float64Array)[i] as number;
      expect(Number.isNaN(v) ? null : v, `${row} ${ind}`).toBe(report.iaqi[ind] ?? null);
    }
    if (indicators.some((ind) => !given.includes(ind) || Number.isNaN((columns[ind] as Float64Array)[i]))) missing++;
  }
  expect(out.missingRows).toBe(missing);
  return length;
}

describe('aqiColumns on the table path', () => {
  const cases = ALL_AQI_EDITIONS.flatMap((edition) =>
    (['daily', 'hourly'] as const).flatMap((kind) => [
      [edition, kind, {}] as const,
      [edition, kind, { allowMissing: ['o3', 'co'] }] as const,
    ]),
  );
  // HJ 633-2012 as written: its daily report on the table path (O3 8h above 800 has no IAQI), its real-time report with
  // the SO2 24h fallback through the general evaluator.
  cases.push(['HJ633-2012', 'daily', { method: 'text' }] as never, ['HJ633-2012', 'hourly', { method: 'text' }] as never);
  it.each(cases)('gives what the one-row report gives, field by field: %s %s %j', (edition, kind, extra) => {
    expect(compare(edition, kind, extra, 1500, edition.length * 7 + kind.length + Object.keys(extra).length)).toBe(1500);
  });

  it('gives it with an indicator left out', () => {
    expect(compare('HJ633-2026', 'daily', {}, 5000, 3)).toBe(5000);
    expect(compare('HJ633-2012', 'daily', {}, 5000, 6)).toBe(5000);
  });

  it('rounds half to even before the lookup, and reads a statistic a float error off a tie as the tie', () => {
    // HJ 633-2012 Table 1, PM2.5 24h: 35 → 50, 75 → 100; IAQI = 50 + 50 × (C − 35) / 40, rounded up (§4.2 note).
    // 35.5 → 36 (to even) → 51.25 → 52; 34.5 → 34 → 48.57… → 49; 36.5 → 36 → 52; 35.4999 → 35 → 50;
    // 0.575 × 100 = 57.49999999999999 is the float of 57.5 → 58 → 78.75 → 79 (57 would give 78).
    const pm = [35.5, 34.5, 36.5, 35.4999, 0.575 * 100, 35.50000001, 35.49999995, 35.4999999];
    const r = aqiColumns({ pm25_24h: Float64Array.from(pm) }, { edition: 'HJ633-2012', kind: 'daily' });
    // 35.50000001 → 36 → 52; 35.49999995 and 35.4999999 → 35 → 50.
    expect(Array.from(r.iaqi.pm25_24h as Float64Array)).toEqual([52, 49, 52, 50, 79, 52, 50, 50]);
    // CO 24h at 0.1 mg/m³: 2 → 50, 4 → 100; IAQI = 50 + 25 × (C − 2). 2.05 → 2.0 → 50; 2.15 → 2.2 → 55; 2.25 → 2.2 → 55.
    const co = aqiColumns({ co_24h: [2.05, 2.15, 2.25, 2.35] }, { edition: 'HJ633-2012', kind: 'daily' });
    expect(Array.from(co.iaqi.co_24h as Float64Array)).toEqual([50, 55, 55, 60]);
  });

  it('gives a daily row worked by hand from HJ 633-2012 Table 1', () => {
    // SO2 10 → 10; NO2 45 → 50 + 50 × 5/40 = 56.25 → 57; CO 1.2 → 30; O3 1h 210 → 100 + 50 × 10/100 = 105;
    // O3 8h 170 → 100 + 50 × 10/55 = 109.09 → 110; PM10 120 → 50 + 50 × 70/100 = 85; PM2.5 80 → 100 + 50 × 5/40 = 106.25 → 107.
    // AQI 110 (level 3, 101–150), primary O3; exceeding (IAQI above 100): O3 and PM2.5.
    const r = aqiColumns(
      { so2_24h: [10], no2_24h: [45], co_24h: [1.2], o3_1h: [210], o3_8h: [170], pm10_24h: [120], pm25_24h: [80] },
      { edition: 'HJ633-2012', kind: 'daily' },
    );
    expect(Array.from(r.aqi)).toEqual([110]);
    expect(Array.from(r.level)).toEqual([3]);
    expect(primaryPollutantsOf(r.primary[0] as number)).toEqual(['o3']);
    expect(primaryPollutantsOf(r.exceeding[0] as number)).toEqual(['o3', 'pm25']);
    expect([r.iaqi.so2_24h?.[0], r.iaqi.no2_24h?.[0], r.iaqi.co_24h?.[0], r.iaqi.o3_1h?.[0], r.iaqi.o3_8h?.[0], r.iaqi.pm10_24h?.[0], r.iaqi.pm25_24h?.[0]]).toEqual([
      10, 57, 30, 105, 110, 85, 107,
    ]);
  });

  it('caps and flags values above the top breakpoint (HJ 633-2012), and withholds as HJ 633-2026 §5.3.1 says', () => {
    const capped = aqiColumns({ pm25_24h: [500, 500.4, 600], pm10_24h: [50, 50, 50] }, { edition: 'HJ633-2012', kind: 'daily' });
    expect(Array.from(capped.iaqi.pm25_24h as Float64Array)).toEqual([500, 500, 500]);
    expect(Array.from(capped.beyondScale)).toEqual([0, 0, 1]);
    // HJ 633-2026 PM2.5 24h: 35 → 50, 60 → 100, 115 → 150. PM2.5 50 → 50 + 50 × 15/25 = 80; 80 → 100 + 50 × 20/55 =
    // 118.18… → 119. With O3 missing, an AQI of 80 could be exceeded by it: withheld; 119 above 100 stands.
    const day = { so2_24h: [5, 5], no2_24h: [10, 10], co_24h: [0.4, 0.4], o3_8h: [Number.NaN, Number.NaN], pm10_24h: [20, 20], pm25_24h: [50, 80] };
    const r = aqiColumns(day, { edition: 'HJ633-2026', kind: 'daily' });
    expect(Array.from(r.aqi)).toEqual([Number.NaN, 119]);
    expect(Array.from(r.withheld)).toEqual([1, 0]);
    expect(Array.from(r.level)).toEqual([0, 3]);
    expect(primaryPollutantsOf(r.primary[1] as number)).toEqual(['pm25']);
    expect(r.missingRows).toBe(2);
    // Allowed to be missing, O3 withholds nothing.
    expect(Array.from(aqiColumns(day, { edition: 'HJ633-2026', kind: 'daily', allowMissing: ['o3'] }).aqi)).toEqual([80, 119]);
  });

  it('keeps an IAQI far beyond a code (US EPA extrapolation) and evaluates its row on its own', () => {
    const pm = [1e7, 12, Number.NaN];
    const r = aqiColumns({ pm25_24h: pm, pm10_24h: [30, 1e9, 40] }, { edition: 'EPA-2024', kind: 'daily' });
    for (let i = 0; i < 3; i++) {
      const one = dailyAqi({ pm25_24h: pm[i] as number, pm10_24h: [30, 1e9, 40][i] as number }, { edition: 'EPA-2024' });
      expect(r.aqi[i]).toBe(one.aqi ?? Number.NaN);
      expect(r.iaqi.pm25_24h?.[i]).toBe(one.iaqi.pm25_24h ?? Number.NaN);
      expect(r.iaqi.pm10_24h?.[i]).toBe(one.iaqi.pm10_24h ?? Number.NaN);
      expect(r.level[i]).toBe(one.category?.level ?? 0);
      expect(primaryPollutantsOf(r.primary[i] as number)).toEqual(one.primaryPollutants);
    }
    expect(r.aqi[0]).toBeGreaterThan(65535);
  });

  it('reads a Float64Array in place, never writing it, and makes each IAQI column once', () => {
    const pm = Float64Array.from([30, -0, 80]);
    const r = aqiColumns({ pm25_24h: pm }, { edition: 'HJ633-2012', kind: 'daily' });
    expect(Array.from(pm)).toEqual([30, -0, 80]);
    expect(r.iaqi.pm25_24h).toBe(r.iaqi.pm25_24h);
    expect(Array.from(r.iaqi.pm25_24h as Float64Array)).toEqual([43, 0, 107]);
    expect(Array.from(r.iaqi.pm10_24h as Float64Array)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(Object.keys(r.iaqi)).toEqual(['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h']);
  });

  it('makes levels and masks on first access from the codes it kept, not from the input read again', () => {
    // HJ 633-2012 Table 1, PM2.5 24h 80 → 107 (level 3, primary and exceeding PM2.5); 10 → 15 (level 1, no primary).
    const pm = Float64Array.from([80, 10]);
    const r = aqiColumns({ pm25_24h: pm }, { edition: 'HJ633-2012', kind: 'daily' });
    pm[0] = 10;
    pm[1] = 300;
    expect(Array.from(r.aqi)).toEqual([107, 15]);
    expect(Array.from(r.level)).toEqual([3, 1]);
    expect(r.level).toBe(r.level);
    expect(primaryPollutantsOf(r.primary[0] as number)).toEqual(['pm25']);
    expect(Array.from(r.primary.subarray(1))).toEqual([0]);
    expect(primaryPollutantsOf(r.exceeding[0] as number)).toEqual(['pm25']);
    expect(Array.from(r.iaqi.pm25_24h as Float64Array)).toEqual([107, 15]);
    // Spread and compared as a plain object, it has every column.
    expect({ ...r }).toEqual(expect.objectContaining({ level: r.level, primary: r.primary, exceeding: r.exceeding, length: 2 }));
  });

  it('sets apart values far above a table, wherever the fast rounding would wrap, and reads −0 as 0', () => {
    // HJ 633-2012 caps PM2.5 24h at IAQI 500 above 500 µg/m³ and flags it beyond the scale; 2³² + 80 would wrap to 80
    // in 32-bit integer arithmetic (IAQI 107), 2³¹ + 80 to a negative index.
    const pm = [2 ** 32 + 80, 2 ** 31 + 80, 2 ** 52 + 1, 1e300, -0, 80];
    const r = aqiColumns({ pm25_24h: pm }, { edition: 'HJ633-2012', kind: 'daily' });
    expect(Array.from(r.iaqi.pm25_24h as Float64Array)).toEqual([500, 500, 500, 500, 0, 107]);
    expect(Array.from(r.beyondScale)).toEqual([1, 1, 1, 1, 0, 0]);
    // A negative value a hair below zero, which the fast rounding would take for 0.
    expect(() => aqiColumns({ pm25_24h: [1, -0.3] }, { edition: 'HJ633-2012', kind: 'daily' })).toThrow(
      expect.objectContaining({ code: 'NEGATIVE_VALUE', path: ['columns', 'pm25_24h', 1] }),
    );
  });

  it('rejects a bad value of a Float64Array with its path', () => {
    const cases: Array<[Float64Array, string, number]> = [
      [Float64Array.from([1, 2, -0.1]), 'NEGATIVE_VALUE', 2],
      [Float64Array.from([Number.NaN, -1e-9]), 'NEGATIVE_VALUE', 1],
      [Float64Array.from([1, -Infinity]), 'NEGATIVE_VALUE', 1],
      [Float64Array.from([Infinity]), 'NOT_FINITE', 0],
    ];
    for (const [column, code, row] of cases) {
      for (const options of [{ edition: 'HJ633-2012' as const }, { edition: 'HJ633-2012' as const, roundConcentrations: false }, { edition: 'EPA-2024' as const }]) {
        const indicator = options.edition === 'EPA-2024' ? 'pm25_24h' : 'pm25_1h';
        expect(() => aqiColumns({ [indicator]: column }, { ...options, kind: options.edition === 'EPA-2024' ? 'daily' : 'hourly' })).toThrow(
          expect.objectContaining({ code, path: ['columns', indicator, row] }),
        );
      }
    }
  });
});
