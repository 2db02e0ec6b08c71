/**
 * lantian's published figures against an exact reference: hourly data of integers (µg/m³) and of one decimal (CO,
 * mg/m³) are turned into daily means, MDA8, annual means, percentiles, the daily AQI and city means in exact rational
 * arithmetic (BigInt fractions, written here from the clauses, independently of src/), rounded half to even
 * (GB/T 8170-2008 §3.2), and every figure lantian publishes must carry the same digits. The generators lean towards
 * ties (a mean of exactly k + 0.5), where a float rounded as it falls goes wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessYear, cityMean, dailyMax8h, dailyMeans, dailyRecords, periodMean, periodPercentile } from '../../src/index.js';

/** An exact non-negative rational n / d. */
class Q {
  constructor(
    readonly n: bigint,
    readonly d: bigint,
  ) {}
  static of(n: number | bigint, d: number | bigint = 1n): Q {
    return new Q(BigInt(n), BigInt(d));
  }
  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Q): Q {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(k: number | bigint): Q {
    return new Q(this.n, this.d * BigInt(k));
  }
  cmp(o: Q): number {
    const a = this.n * o.d;
    const b = o.n * this.d;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  /** Half to even at `decimals` places, as a number (the nearest double of the decimal result). */
  round(decimals: number): number {
    const scale = 10n ** BigInt(decimals);
    const num = this.n * scale;
    let q = num / this.d;
    const twice = 2n * (num - q * this.d);
    if (twice > this.d || (twice === this.d && q % 2n === 1n)) q += 1n;
    return Number(q) / Number(scale);
  }
  /** The smallest integer not below. */
  ceil(): bigint {
    const q = this.n / this.d;
    return q * this.d === this.n ? q : q + 1n;
  }
}

const mean = (xs: ReadonlyArray<Q>): Q => xs.reduce((a, b) => a.add(b), Q.of(0)).div(xs.length);

/** HJ 663 percentile: s = 1 + (n − 1)·p/100, X(k) + (X(k+1) − X(k))·(s − k), on the sorted values. */
function percentileQ(values: ReadonlyArray<Q>, p: number): Q {
  const sorted = [...values].sort((a, b) => a.cmp(b));
  const s = Q.of(100 + (sorted.length - 1) * p, 100);
  const k = Number(s.n / s.d);
  const lower = sorted[k - 1] as Q;
  if (k >= sorted.length) return lower;
  return lower.add((sorted[k] as Q).sub(lower).mul(s.sub(Q.of(k))));
}

/** HJ 633-2012 Table 1, PM2.5 24h (µg/m³ → IAQI), transcribed from the standard. */
const PM25_2012 = [
  [0, 0],
  [35, 50],
  [75, 100],
  [115, 150],
  [150, 200],
  [250, 300],
  [350, 400],
  [500, 500],
] as const;

/** The IAQI of an integer concentration: linear on the segment, rounded up (HJ 633-2012 §4.2 formula (1), §6.2); 500 above. */
function iaqiPm25(c: number): number {
  for (let i = 1; i < PM25_2012.length; i++) {
    const [bh, ih] = PM25_2012[i] as readonly [number, number];
    const [bl, il] = PM25_2012[i - 1] as readonly [number, number];
    if (c <= bh) return Number(Q.of((ih - il) * (c - bl), bh - bl).add(Q.of(il)).ceil());
  }
  return 500;
}

/** A deterministic generator of hours from a seed (mulberry32), so that a failing case is reproduced by its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One day of hours in units of `unit` (1 µg/m³, or 0.1 mg/m³ as the integer 1): `null` missing. With `tie`, the last
 * valid hour is set so that the day's sum over its n valid hours is n·m + n/2 (a mean of exactly m + 0.5 units) when
 * n is even and that is possible.
 */
function dayOf(rand: () => number, max: number, gapRate: number, tie: boolean): Array<number | null> {
  const hours = Array.from({ length: 24 }, () => (rand() < gapRate ? null : Math.floor(rand() * (max + 1))));
  const valid = hours.flatMap((h, i) => (h === null ? [] : [i]));
  const n = valid.length;
  if (tie && n >= 2 && n % 2 === 0) {
    const last = valid[n - 1] as number;
    const rest = valid.slice(0, -1).reduce((s, i) => s + (hours[i] as number), 0);
    const m = Math.floor(rest / n);
    const need = n * m + n / 2 - rest;
    if (need >= 0 && need <= max * 2) hours[last] = need;
  }
  return hours;
}

/** The exact daily mean (in units) of a day with ≥ 20 valid hours (GB 3095 Table 4), else `null`. */
function dailyMeanQ(hours: ReadonlyArray<number | null>): Q | null {
  const valid = hours.filter((h): h is number => h !== null);
  return valid.length >= 20 ? mean(valid.map((h) => Q.of(h))) : null;
}

/** The exact MDA8 of a day: 8-hour means ending at hours 8…24 with ≥ 6 valid hours, ≥ 14 of them (HJ 663). */
function mda8Q(hours: ReadonlyArray<number | null>): Q | null {
  const windows: Q[] = [];
  for (let end = 8; end <= 24; end++) {
    const w = hours.slice(end - 8, end).filter((h): h is number => h !== null);
    if (w.length >= 6) windows.push(mean(w.map((h) => Q.of(h))));
  }
  if (windows.length < 14) return null;
  return windows.reduce((a, b) => (b.cmp(a) > 0 ? b : a));
}

const toValues = (hours: ReadonlyArray<number | null>, unit: number) => hours.map((h) => (h === null ? null : h / unit));

describe('published digits against exact rational arithmetic', () => {
  it('daily means (integer µg/m³ and one-decimal CO) and MDA8, day by day', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), fc.constantFrom(0, 0.05, 0.2), (seed, tie, gapRate) => {
        const rand = random(seed);
        // PM2.5 in µg/m³.
        const pm = dayOf(rand, 300, gapRate, tie);
        const got = dailyRecords(dailyMeans({ start: '2025-03-01 01:00', values: toValues(pm, 1), pollutant: 'pm25' }))[0];
        expect(got?.value ?? null).toBe(dailyMeanQ(pm)?.round(0) ?? null);
        // CO in tenths of mg/m³.
        const co = dayOf(rand, 40, gapRate, tie);
        const gotCo = dailyRecords(dailyMeans({ start: '2025-03-01 01:00', values: toValues(co, 10), pollutant: 'co' }))[0];
        expect(gotCo?.value ?? null).toBe(dailyMeanQ(co)?.div(10).round(1) ?? null);
        // O3 8h (values below the 160 limit, so HJ 663's exception for incomplete days never applies).
        const o3 = dayOf(rand, 150, gapRate, false);
        const mda8 = dailyRecords(dailyMax8h({ start: '2025-03-01 01:00', values: toValues(o3, 1), pollutant: 'o3' }))[0];
        expect(mda8?.value ?? null).toBe(mda8Q(o3)?.round(0) ?? null);
      }),
      { numRuns: 3000 },
    );
  });

  it('a year: annual means, percentiles, the assessment’s items, each day’s AQI and the city mean', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, tieYear) => {
        const rand = random(seed);
        const stations: Array<Array<number | null>> = [];
        for (let s = 0; s < 2; s++) {
          // Station 0 leans to an annual tie: complete days, the last day's hours set to make the year's sum a tie.
          const tie = s === 0 && tieYear;
          const days = Array.from({ length: 365 }, () => dayOf(rand, 160, tie ? 0 : 0.02, rand() < 0.3));
          if (tie) {
            const total = days.slice(0, 364).flat().reduce<number>((a, h) => a + (h ?? 0), 0);
            // Σ = 24·365·(m + ½) = 8760·m + 4380: the mean of the year's daily means is m + 0.5.
            const m = Math.ceil((total - 4380) / 8760);
            const rest = 8760 * m + 4380 - total;
            if (rest >= 0 && rest <= 24 * 160) days[364] = Array.from({ length: 24 }, (_, i) => Math.floor(rest / 24) + (i < rest % 24 ? 1 : 0));
          }
          stations.push(days.flat());
        }
        const hours = stations[0] as Array<number | null>;
        const dailyQ = Array.from({ length: 365 }, (_, d) => dailyMeanQ(hours.slice(24 * d, 24 * d + 24)));
        const validQ = dailyQ.filter((q): q is Q => q !== null);
        const series = { start: '2025-01-01 01:00', values: toValues(hours, 1), pollutant: 'pm25' as const };
        const daily = dailyMeans(series);

        // Annual mean and 95th percentile of the daily means, by the period functions.
        const annual = periodMean(daily, 2025);
        const p95 = periodPercentile(daily, 2025, 95);
        expect(annual.observed === null ? null : annual.valid).toBe(annual.valid);
        const meanQ = mean(validQ);
        expect(annual.valid ? annual.value : meanQ.round(0)).toBe(meanQ.round(0));
        expect(p95.valid ? p95.value : percentileQ(validQ, 95).round(0)).toBe(percentileQ(validQ, 95).round(0));

        // The assessment publishes the same items (valid or not, its `observed` rounds the same).
        const r = assessYear({ hourly: { pm25: series } }, { year: 2025, allowMissing: ['so2', 'no2', 'co', 'o3', 'pm10'] });
        const item = (s: string) => r.items.find((i) => i.pollutant === 'pm25' && i.statistic === s)!;
        expect(item('annualMean').valid).toBe(annual.valid);
        if (annual.valid) {
          expect(item('annualMean').value).toBe(meanQ.round(0));
          expect(item('p95Daily').value).toBe(percentileQ(validQ, 95).round(0));
          expect(item('annualMean').attains).toBe(meanQ.round(0) <= 35);
        }
        // Each day's AQI from its published daily mean (HJ 633-2012, 2025).
        for (let d = 0; d < 365; d++) {
          const q = dailyQ[d] ?? null;
          expect(r.daily[d]?.aqi ?? null).toBe(q === null ? null : iaqiPm25(q.round(0)));
        }

        // The city's daily mean over the two stations' daily means, as published.
        const other = stations[1] as Array<number | null>;
        const otherDaily = dailyMeans({ start: '2025-01-01 01:00', values: toValues(other, 1), pollutant: 'pm25' });
        const city = dailyRecords(cityMean([daily, otherDaily], { by: 'day', pollutant: 'pm25' }));
        for (let d = 0; d < 365; d++) {
          const parts = [dailyQ[d], dailyMeanQ(other.slice(24 * d, 24 * d + 24))].filter((q): q is Q => q !== null);
          expect(city[d]?.value ?? null).toBe(parts.length === 0 ? null : mean(parts).round(0));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('CO: the 95th percentile of one-decimal daily means', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rand = random(seed);
        const hours = Array.from({ length: 365 }, () => dayOf(rand, 40, 0.01, rand() < 0.5)).flat();
        const dailyQ = Array.from({ length: 365 }, (_, d) => dailyMeanQ(hours.slice(24 * d, 24 * d + 24))?.div(10) ?? null);
        const validQ = dailyQ.filter((q): q is Q => q !== null);
        const daily = dailyMeans({ start: '2025-01-01 01:00', values: toValues(hours, 10), pollutant: 'co' });
        const p95 = periodPercentile(daily, 2025, 95);
        expect(p95.valid).toBe(true);
        expect(p95.value).toBe(percentileQ(validQ, 95).round(1));
      }),
      { numRuns: 100 },
    );
  });
});
