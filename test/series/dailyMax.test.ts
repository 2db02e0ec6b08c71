import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyMax1h, dailyMax8h, limitOf, movingAverage8h } from '../../src/index.js';

const START = '2024-07-01 01:00';
const H = 3_600_000;
const tenTimesHour = (n: number) => Array.from({ length: n }, (_, i) => 10 * (i + 1));

describe('movingAverage8h (hours t−7 … t, ≥ 6 valid: GB 3095 Table 4)', () => {
  it('averages the window ending at each hour (worked by hand)', () => {
    // Values 10, 20, …, 100 at hours 1…10. Hour 8: (10 + … + 80) / 8 = 360 / 8 = 45; hour 10: (30 + … + 100) / 8 = 520 / 8 = 65.
    // Hour 6 holds 6 values: 210 / 6 = 35 (valid); hour 5 holds 5: 150 / 5 = 30 (observed only).
    const r = movingAverage8h({ start: START, values: tenTimesHour(10) });
    expect(Array.from(r.values)).toEqual([NaN, NaN, NaN, NaN, NaN, 35, 40, 45, 55, 65]);
    expect(r.observed[4]).toBe(30);
    // With hour 9 missing, the window ending at 10 has 7 values: (30 + … + 80 + 100) / 7 = 430 / 7.
    const gap = tenTimesHour(10).map((v, i) => (i === 8 ? null : v));
    expect(movingAverage8h({ start: START, values: gap }).values[9]).toBeCloseTo(430 / 7, 12);
  });

  it('lies within the range of its window, and the mean of one value is that value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }), { maxLength: 60 }), (values) => {
        const r = movingAverage8h({ start: START, values: Object.freeze(values) });
        r.values.forEach((m, t) => {
          const window = values.slice(Math.max(0, t - 7), t + 1).filter((v): v is number => v !== null);
          expect(r.validHours[t]).toBe(window.length);
          if (window.length === 1) expect(r.observed[t]).toBe(window[0]);
          if (Number.isNaN(m)) return expect(window.length).toBeLessThan(6);
          // Up to the rounding of a floating-point sum of 8 values (a few units in the last place).
          const slack = 8 * Number.EPSILON * Math.max(...window);
          expect(m).toBeGreaterThanOrEqual(Math.min(...window) - slack);
          expect(m).toBeLessThanOrEqual(Math.max(...window) + slack);
        });
      }),
    );
  });
});

describe('dailyMax8h (MDA8: windows ending at hours 8…24, ≥ 14 valid; HJ 663-2013)', () => {
  it('is valid with 14 valid windows and not with 13 (worked by hand)', () => {
    // O3 = 10·h at hours h = 1…19, hours 20…24 missing. A window ending at e holds the hours e−7…min(e, 19):
    // e = 8…19 hold 8 values, e = 20 holds 7, e = 21 holds 6, e = 22 holds 5 → valid windows e = 8…21: 14.
    // Their means: e ≤ 19: 10·(e − 3.5); e = 20: 10·(13 + … + 19)/7 = 160; e = 21: 10·(14 + … + 19)/6 = 165.
    const fourteen = dailyMax8h({ start: START, values: tenTimesHour(19), pollutant: 'o3' });
    expect(Array.from(fourteen.validWindows)).toEqual([14]);
    expect(Array.from(fourteen.values)).toEqual([165]);
    expect(Array.from(fourteen.valid)).toEqual([1]);
    // Hours 1…18 only: valid windows e = 8…20 (e = 20 holds 13…18, six values): 13. Max at e = 20:
    // 10·(13 + … + 18)/6 = 155. Not valid; the maximum stays in `observed`.
    const thirteen = dailyMax8h({ start: START, values: tenTimesHour(18), pollutant: 'o3' });
    expect(Array.from(thirteen.validWindows)).toEqual([13]);
    expect(Array.from(thirteen.values)).toEqual([NaN]);
    expect(Array.from(thirteen.observed)).toEqual([155]);
    expect(Array.from(thirteen.windows)).toEqual([17]);
  });

  it('counts an incomplete day whose maximum exceeds the limit (the exception of HJ 663-2013)', () => {
    const short = { start: START, values: tenTimesHour(18), pollutant: 'o3' } as const;
    // 155 > 150: valid by exception. 155 ≤ 160 (the Grade II 8h limit): not valid.
    expect(dailyMax8h(short, { limit: 150 })).toMatchObject({ values: new Float64Array([155]), byException: new Uint8Array([1]), limit: 150 });
    expect(Array.from(dailyMax8h(short, { limit: limitOf('o3', '8h') }).valid)).toEqual([0]);
    // A complete day is never "by exception".
    expect(Array.from(dailyMax8h({ ...short, values: tenTimesHour(24) }, { limit: 150 }).byException)).toEqual([0]);
  });

  it('compares the maximum rounded as published, unless told to compare it raw', () => {
    // 160 at hours 1…17 and 162.4 at hour 18: the window ending at 20 (hours 13…18) is (5 × 160 + 162.4)/6 = 160.4,
    // the largest. Rounded (GB/T 8170) it is 160, which does not exceed 160; raw, 160.4 does.
    const values = [...Array(17).fill(160), 162.4];
    const day = { start: START, values, pollutant: 'o3' } as const;
    expect(dailyMax8h(day).observed[0]).toBeCloseTo(160.4, 12);
    expect(Array.from(dailyMax8h(day, { limit: 160 }).valid)).toEqual([0]);
    expect(Array.from(dailyMax8h(day, { limit: 160, compare: 'raw' }).valid)).toEqual([1]);
    // Rounding needs the pollutant's decimals: a rounded comparison without a pollutant is refused.
    expect(() => dailyMax8h({ start: START, values }, { limit: 160 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'pollutant'] }),
    );
    expect(Array.from(dailyMax8h({ start: START, values }, { limit: 160, compare: 'raw' }).valid)).toEqual([1]);
    expect(() => dailyMax8h(day, { limit: -1 })).toThrow(expect.objectContaining({ code: 'NEGATIVE_VALUE', path: ['options', 'limit'] }));
    expect(() => dailyMax8h(day, { limit: 160, compare: 'exact' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('takes only the windows inside the day, never those reaching into the day before', () => {
    // Day 1: 20 at hours 1…16, 500 at hours 17…24 → MDA8 500 (window ending 24). Day 2: 20 all day. The window
    // ending at 01:00 of day 2 would be (7 × 500 + 20)/8 = 440, but it reaches into day 1: day 2's MDA8 is 20.
    const values = [...Array(16).fill(20), ...Array(8).fill(500), ...Array(24).fill(20)];
    const r = dailyMax8h({ start: START, values });
    expect(r.start).toBe('2024-07-01');
    expect(Array.from(r.values)).toEqual([500, 20]);
    expect(Array.from(r.validWindows)).toEqual([17, 17]);
  });

  /** An independent MDA8: the windows of each Beijing day looked up by label in a Map, written from the clause. */
  function referenceMda8(startMs: number, values: ReadonlyArray<number | null>): number[] {
    const byLabel = new Map(values.map((v, i) => [startMs + i * H, v]));
    const firstDayStart = Math.floor((startMs - H + 8 * H) / (24 * H)) * 24 * H - 8 * H; // Beijing midnight, UTC ms
    const out: number[] = [];
    for (let day = firstDayStart; day <= startMs + (values.length - 1) * H - H; day += 24 * H) {
      let max = -Infinity;
      let windows = 0;
      for (let end = 8; end <= 24; end++) {
        const window = [];
        for (let h = end - 7; h <= end; h++) {
          const v = byLabel.get(day + h * H);
          if (v !== undefined && v !== null) window.push(v);
        }
        if (window.length < 6) continue;
        windows++;
        max = Math.max(max, window.reduce((a, b) => a + b, 0) / window.length);
      }
      out.push(windows >= 14 ? max : Number.NaN);
    }
    return out;
  }

  it('agrees with an independent computation from the clause (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { nil: null, freq: 6 }), { minLength: 1, maxLength: 24 * 4 }),
        (offset, values) => {
          const start = Date.UTC(2024, 6, 1, offset);
          const ours = Array.from(dailyMax8h({ start, values }).values);
          const ref = referenceMda8(start, values);
          expect(ours.length).toBe(ref.length);
          ours.forEach((v, k) => (Number.isNaN(ref[k]!) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(ref[k]!, 9)));
        },
      ),
    );
  });

  it('never mutates its input', () => {
    const values = Object.freeze(tenTimesHour(30));
    const series = Object.freeze({ start: START, values, pollutant: 'o3' as const });
    dailyMax8h(series, Object.freeze({ limit: Object.freeze({ value: 160 }) }));
    expect(values).toEqual(tenTimesHour(30));
  });
});

describe('dailyMax1h (the O3 daily maximum 1h value of HJ 633-2012 daily reports)', () => {
  it('is valid with 20 valid hours and not with 19 (UNCONFIRMED rule, as a daily mean)', () => {
    // Hours 1…20 hold 10·h: max 200, 20 hours. Hours 1…19: max 190, 19 hours.
    expect(Array.from(dailyMax1h({ start: START, values: tenTimesHour(20) }).values)).toEqual([200]);
    const nineteen = dailyMax1h({ start: START, values: tenTimesHour(19) });
    expect(Array.from(nineteen.values)).toEqual([NaN]);
    expect(Array.from(nineteen.observed)).toEqual([190]);
    expect(Array.from(nineteen.validHours)).toEqual([19]);
  });

  it('counts an incomplete day over the limit, comparing the rounded value (CO to one decimal)', () => {
    // CO 1h limit 10 mg/m³. 10.05 rounds half to even to 10.0: not over. 10.06 rounds to 10.1: over.
    const co = (max: number) => ({ start: START, values: [1, 2, max], pollutant: 'co' as const });
    expect(Array.from(dailyMax1h(co(10.05), { limit: 10 }).valid)).toEqual([0]);
    expect(Array.from(dailyMax1h(co(10.06), { limit: 10 }).byException)).toEqual([1]);
    expect(Array.from(dailyMax1h(co(10.05), { limit: 10, compare: 'raw' }).valid)).toEqual([1]);
    expect(dailyMax1h(co(3), { minValidHours: 3 }).minValidHours).toBe(3);
  });
});
