/**
 * A deterministic synthetic national year for the benchmarks (not a test): `stations` × 8,760 hours × six
 * pollutants, lognormal around typical levels, about 2 % of hours missing one by one and, at some stations, runs
 * of missing days (instrument outages) — the layout of stationFrame: station-major typed arrays.
 */
import { POLLUTANTS, type Pollutant } from '../src/index.js';

/** mulberry32 (public domain): a small, fast seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE: Readonly<Record<Pollutant, number>> = { so2: 15, no2: 30, co: 0.9, o3: 80, pm10: 70, pm25: 40 };

/** The values of a national year, by pollutant. */
export function nationalYear(
  stations: number,
  hours: number,
  kind: 'f64' | 'f32' = 'f64',
  seed = 1,
  shared = false,
): Record<Pollutant, Float64Array | Float32Array> {
  const out = {} as Record<Pollutant, Float64Array | Float32Array>;
  POLLUTANTS.forEach((p, k) => {
    const r = rng(seed * 7919 + k);
    const n = stations * hours;
    // On shared memory, the workers of assessStationsAsync read the values without a copy.
    const buffer = shared ? new SharedArrayBuffer(n * (kind === 'f64' ? 8 : 4)) : new ArrayBuffer(n * (kind === 'f64' ? 8 : 4));
    const v = kind === 'f64' ? new Float64Array(buffer) : new Float32Array(buffer);
    const scale = p === 'co' ? 10 : 1;
    const b = BASE[p];
    for (let i = 0; i < v.length; i += 2) {
      // Box–Muller: two normal deviates per pair of uniforms; published values are rounded (CO to 0.1).
      const u1 = Math.max(r(), 1e-12);
      const u2 = r();
      const m = Math.sqrt(-2 * Math.log(u1));
      v[i] = Math.round(b * Math.exp(0.5 * m * Math.cos(2 * Math.PI * u2)) * scale) / scale;
      if (i + 1 < v.length) v[i + 1] = Math.round(b * Math.exp(0.5 * m * Math.sin(2 * Math.PI * u2)) * scale) / scale;
    }
    for (let i = 0; i < v.length; i++) if (r() < 0.02) v[i] = Number.NaN;
    for (let s = 0; s < stations; s++) {
      if (r() < 0.2) {
        const from = Math.floor(r() * hours);
        v.fill(Number.NaN, s * hours + from, s * hours + Math.min(hours, from + Math.floor(r() * 24 * 10)));
      }
    }
    out[p] = v;
  });
  return out;
}
