import { describe, expect, it } from 'vitest';
import { dailyMeans, dailyValueOn } from '../../src/index.js';
import { expectLantianError } from '../_helpers/errors.js';

describe('dailyValueOn', () => {
  it('picks by date: a day file from its 00:00 label starts with the day before (hour 24)', () => {
    // Labels 2025-01-28 00:00 … 2025-01-29 00:00: hour 24 of 01-27, hours 1…24 of 01-28.
    const means = dailyMeans({ start: '2025-01-28 00:00', values: [99, ...Array<number>(23).fill(20), 44], pollutant: 'pm25' });
    expect(means.start).toBe('2025-01-27');
    // (23 × 20 + 44) / 24 = 21.
    expect(dailyValueOn(means, '2025-01-28')).toBe(21);
    expect(dailyValueOn(means, '2025-01-27')).toBeNull();
    expect(dailyValueOn(means, '2025-01-26')).toBeNull();
    expect(dailyValueOn(means, '2025-01-29')).toBeNull();
  });

  it('reads daily series and records of days, across a leap day', () => {
    expect(dailyValueOn({ start: '2024-02-28', values: [1, 2, 3] }, '2024-03-01')).toBe(3);
    expect(dailyValueOn({ start: '2024-02-28', values: [1, null, 3] }, '2024-02-29')).toBeNull();
    expect(dailyValueOn([{ time: '2024-02-29', value: 7 }], '2024-02-29')).toBe(7);
  });

  it('rejects a date that is not YYYY-MM-DD or does not exist, and bad series', () => {
    expectLantianError(() => dailyValueOn({ start: '2025-01-01', values: [1] }, '2025-1-1'), 'INVALID_DATE', ['date']);
    expectLantianError(() => dailyValueOn({ start: '2025-01-01', values: [1] }, '2025-02-29'), 'INVALID_DATE', ['date']);
    expectLantianError(() => dailyValueOn({ start: '2025-01-01', values: [1] }, 20250101 as never), 'INVALID_DATE', ['date']);
    expectLantianError(() => dailyValueOn({ values: [1] } as never, '2025-01-01'), 'INVALID_TYPE', ['series', 'start']);
  });
});
