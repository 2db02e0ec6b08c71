import { describe, expect, it } from 'vitest';
import { dailyMax8h, dailyMeans, dailyRecords, hourlyRecords, movingAverage8h } from '../../src/index.js';

describe('plain records of results (dailyRecords, hourlyRecords)', () => {
  it('labels each day and turns NaN into null', () => {
    // Day 1: 24 hours of 40.5 (rounds half to even to 40); day 2: 3 hours, not valid.
    const daily = dailyMeans({ start: '2024-02-28 01:00', values: [...Array(24).fill(40.5), 10, 20, 30], pollutant: 'pm25' });
    expect(dailyRecords(daily)).toEqual([
      { day: '2024-02-28', value: 40, raw: 40.5, observed: 40.5, count: 24, valid: true, byException: false },
      { day: '2024-02-29', value: null, raw: null, observed: 20, count: 3, valid: false, byException: false },
    ]);
    expect(JSON.parse(JSON.stringify(dailyRecords(daily)))).toEqual(dailyRecords(daily));
  });

  it('carries the windows and the exception of an MDA8', () => {
    const o3 = Array.from({ length: 18 }, (_, i) => 10 * (i + 1));
    const [day] = dailyRecords(dailyMax8h({ start: '2024-07-01 01:00', values: o3, pollutant: 'o3' }, { limit: 150 }));
    // Hours 1…18 of 10·h: 13 valid windows, maximum 155 (see the MDA8 tests): valid by exception.
    expect(day).toEqual({ day: '2024-07-01', value: 155, raw: 155, observed: 155, count: 13, valid: true, byException: true });
  });

  it('takes a plain daily series, without rounding when the pollutant is unknown', () => {
    expect(dailyRecords({ start: '2024-12-31', values: [1.5, null] })).toEqual([
      { day: '2024-12-31', value: null, raw: 1.5, observed: null, count: null, valid: true, byException: false },
      { day: '2025-01-01', value: null, raw: null, observed: null, count: null, valid: false, byException: false },
    ]);
    expect(() => dailyRecords({ start: '2024-12-31', values: [1], observed: [1, 2] } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['daily', 'observed'] }),
    );
    expect(() => dailyRecords({ start: '2024-12-31', values: [1], valid: 'yes' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_TYPE', path: ['daily', 'valid'] }),
    );
  });

  it('labels each hour in the conventions of the call', () => {
    const ma = movingAverage8h({ start: '2024-01-01 00:00', values: Array(7).fill(8.5), pollutant: 'o3' }, { label: 'start' });
    const records = hourlyRecords(ma, { label: 'start' });
    expect(records[0]).toEqual({ time: '2024-01-01T00:00+08:00', value: null, raw: null, observed: 8.5, count: 1 });
    // Published as GB/T 8170 rounds it: 8.5 → 8 (half to even).
    expect(records[6]).toEqual({ time: '2024-01-01T06:00+08:00', value: 8, raw: 8.5, observed: 8.5, count: 7 });
    // Without a pollutant there are no published decimals: `value` is null, `raw` holds the mean.
    const plain = hourlyRecords({ start: '2024-01-01 01:00', values: [8.5] });
    expect(plain[0]).toEqual({ time: '2024-01-01T01:00+08:00', value: null, raw: 8.5, observed: null, count: null });
    expect(() => hourlyRecords([] as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['hourly'] }));
  });
});
