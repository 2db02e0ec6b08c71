/**
 * Structured fuzzing: inputs of the right shape carrying adversarial values — negative, huge and tiny numbers,
 * strings, sparse arrays, prototype keys, typed arrays — for the functions whose inputs are series and years.
 * Each call returns a well-formed result or throws a LantianError, never anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessGuidelines,
  assessYear,
  cityMean,
  dailyMax1h,
  dailyMax8h,
  dailyMeans,
  movingAverage8h,
  percentile,
  periodMean,
  periodPercentile,
  toStandardState,
} from '../../src/index.js';
import { outcome } from '../_helpers/errors.js';

const weird = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }) },
  fc.constantFrom(null, Number.NaN, -1, -0, 0, 1e308, 5e-324, Infinity, -Infinity, '12', undefined, {}, [], true),
);

function sparse(values: unknown[]): unknown[] {
  const out: unknown[] = [];
  values.forEach((v, i) => {
    if (i % 5 !== 3) out[i] = v;
  });
  out.length = values.length;
  return out;
}

const values = fc.oneof(
  fc.array(weird, { maxLength: 80 }),
  fc.array(weird, { maxLength: 80 }).map(sparse),
  fc.array(fc.double({ noNaN: false }), { maxLength: 80 }).map((a) => Float64Array.from(a)),
);
const start = fc.oneof(
  fc.constantFrom('2025-01-01 01:00', '2025-01-01T00:00', '2024-02-29 23:00', '2025-13-01 01:00', '2025-01-01 01:30', '', 'yesterday'),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.date({ noInvalidDate: false }),
);
const series = fc.record({ start, values, pollutant: fc.constantFrom(undefined, 'pm25', 'o3', 'co', 'pb', 'pm1', '__proto__') });
const records = fc.array(fc.record({ time: start, value: weird }), { maxLength: 10 });
const hourly = fc.oneof(series, records, fc.constantFrom(null, 42, 'x', JSON.parse('{"__proto__": {"start": 1}}')));

/** The call returns a serialisable result or throws a well-formed LantianError; anything else fails. */
function check(call: () => unknown): void {
  const result = outcome(call);
  if (result.ok) {
    expect(() => JSON.stringify(result.value, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v))).not.toThrow();
  }
}

describe('structured fuzz', () => {
  it('series functions', () => {
    fc.assert(
      fc.property(hourly, fc.constantFrom(undefined, { limit: 160 }, { timeZone: 'Europe/Berlin' }, { label: 'start' }, { label: 'middle' }), (h, o) => {
        for (const fn of [dailyMeans, movingAverage8h, dailyMax8h, dailyMax1h] as Array<(a: unknown, b?: unknown) => unknown>) check(() => fn(h, o));
      }),
      { numRuns: 300 },
    );
  });

  it('period statistics and percentiles', () => {
    const daily = fc.record({ start: fc.constantFrom('2025-01-01', '2024-12-01', 'x'), values, pollutant: fc.constantFrom('pm25', 'co', undefined) });
    fc.assert(
      fc.property(daily, fc.constantFrom(2025, '2025-02', '2025-Q1', { year: 2025, month: 13 }, 'x'), fc.oneof(fc.double(), fc.constantFrom(0, 50, 100)), (d, period, p) => {
        check(() => periodMean(d as never, period as never));
        check(() => periodPercentile(d as never, period as never, p));
        check(() => percentile(d.values as never, p));
      }),
      { numRuns: 300 },
    );
  });

  it('conversions, city means and years', () => {
    fc.assert(
      fc.property(fc.array(hourly, { maxLength: 3 }), hourly, weird, (stations, h, t) => {
        check(() => cityMean(stations as never));
        check(() => toStandardState('pm25', h as never, { temperature: t, pressure: 100 } as never));
        check(() => assessYear({ hourly: { pm25: h, o3: h } } as never, { year: 2025 }));
        check(() => assessYear({ daily: { pm25_24h: h } } as never, { year: 2025, dustDays: [t] as never }));
        check(() => assessGuidelines({ hourly: { no2: h, o3: h, co: h } } as never, { year: 2025, edition: 'EU-2024' }));
        check(() => assessGuidelines({ hourly: { pm25: h, o3: h } } as never, { year: 2025, edition: 'WHO-2021', dataConditions: t as never }));
        check(() => assessGuidelines({ daily: { co_8h: h } } as never, { year: 2025, scheme: 'EU', previousO3ExceedanceDays: [t] as never }));
      }),
      { numRuns: 150 },
    );
  });
});
