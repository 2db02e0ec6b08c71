/** Deterministic random hourly data for the frame tests: lognormal values, single missing hours and gaps of days. */
import type { Pollutant } from '../../src/index.js';
import { rng } from '../../bench/_national.js';

export { rng };

const BASE: Readonly<Record<Pollutant, number>> = { so2: 15, no2: 30, co: 0.9, o3: 80, pm10: 70, pm25: 40 };

/**
 * `stations × hours` station-major values of a pollutant: lognormal around its base, rounded as published (CO one
 * decimal, others integers) unless `decimals` says otherwise; `missing` of the hours missing one by one and, per
 * station, a few runs of missing days.
 */
export function randomValues(p: Pollutant, stations: number, hours: number, seed: number, missing = 0.03, decimals?: number): Float64Array {
  const r = rng(seed);
  const out = new Float64Array(stations * hours);
  const scale = 10 ** (decimals ?? (p === 'co' ? 1 : 0));
  for (let i = 0; i < out.length; i++) {
    const u1 = Math.max(r(), 1e-12);
    const u2 = r();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    out[i] = r() < missing ? Number.NaN : Math.round(BASE[p] * Math.exp(0.6 * z) * scale) / scale;
  }
  for (let s = 0; s < stations; s++) {
    const runs = Math.floor(r() * 4);
    for (let k = 0; k < runs; k++) {
      const from = Math.floor(r() * hours);
      const length = Math.floor(r() * 24 * 12);
      out.fill(Number.NaN, s * hours + from, s * hours + Math.min(hours, from + length));
    }
  }
  return out;
}
