import { afterEach, describe, expect, it } from 'vitest';
import { dailyMax8h, dailyMeans, hourlyRecords, movingAverage8h } from '../../src/index.js';

const hours = (n: number, value: number | null = 10) => Array<number | null>(n).fill(value);
const counts = (r: { validHours: Uint8Array }) => Array.from(r.validHours);

describe('hour labels (HJ 663-2013: hour H is the mean of H−1:00 … H:00, Beijing time)', () => {
  it('puts the value labelled 00:00 in hour 24 of the day before', () => {
    // 25 values labelled 2024-01-01 00:00 … 2024-01-02 00:00: the first is hour 24 of 2023-12-31, the other 24
    // are hours 1…24 of 2024-01-01 (the last labelled 00:00 on 2 January).
    const r = dailyMeans({ start: '2024-01-01 00:00', values: hours(25) });
    expect(r.start).toBe('2023-12-31');
    expect(counts(r)).toEqual([1, 24]);
  });

  it("reads 'start' labels as the hour's beginning", () => {
    // Labelled by start, 00:00 … 23:00 are 2024-01-01 and the 25th value (00:00 on 2 January) the next day.
    const r = dailyMeans({ start: '2024-01-01 00:00', values: hours(25) }, { label: 'start' });
    expect(r.start).toBe('2024-01-01');
    expect(counts(r)).toEqual([24, 1]);
  });

  it('accepts 24:00 for the end of a day, and the same instant in every form', () => {
    const values = [...hours(23, 10), 34];
    const forms = ['2024-01-01 01:00', '2024-01-01T01:00', '2024-01-01T01:00:00+08:00', '2023-12-31T17:00Z', new Date(Date.UTC(2023, 11, 31, 17)), Date.UTC(2023, 11, 31, 17)];
    for (const start of forms) {
      const r = dailyMeans({ start, values });
      expect(r.start).toBe('2024-01-01');
      // (23 × 10 + 34) / 24 = 264 / 24 = 11
      expect(Array.from(r.values)).toEqual([11]);
    }
    // The last hour given alone, labelled 24:00 of 1 January or 00:00 of 2 January: hour 24 of 1 January.
    for (const start of ['2024-01-01 24:00', '2024-01-02 00:00']) {
      expect(dailyMeans({ start, values: [34] }).start).toBe('2024-01-01');
    }
  });

  it('states hourly results in the conventions of the call, with the offset', () => {
    expect(movingAverage8h({ start: '2024-01-01 01:00', values: [1] }).start).toBe('2024-01-01T01:00+08:00');
    expect(movingAverage8h({ start: '2024-01-01 00:00', values: [1] }, { label: 'start' }).start).toBe('2024-01-01T00:00+08:00');
    expect(movingAverage8h({ start: '2024-01-01T01:00Z', values: [1] }, { timeZone: 'UTC' }).start).toBe('2024-01-01T01:00+00:00');
    expect(movingAverage8h({ start: '2024-01-01 01:00', values: [1] }, { timeZone: '+05:30' }).start).toBe('2024-01-01T01:00+05:30');
  });

  it('requires hourly data on whole hours of the zone', () => {
    const bad: Array<[unknown, string | undefined]> = [
      ['2024-01-01 01:30', undefined],
      ['2024-01-01T01:00:01+08:00', undefined],
      [Date.UTC(2024, 0, 1, 1, 30), undefined],
      // 01:00 UTC is 06:30 in India.
      ['2024-01-01T01:00Z', '+05:30'],
    ];
    for (const [start, timeZone] of bad) {
      const options = timeZone === undefined ? {} : { timeZone };
      expect(() => dailyMeans({ start: start as string, values: [1] }, options)).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE', path: ['hourly', 'start'] }),
      );
    }
  });

  it('rejects unknown zones and bad labels', () => {
    expect(() => dailyMeans({ start: '2024-01-01 01:00', values: [1] }, { timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'timeZone'] }),
    );
    expect(() => dailyMeans({ start: '2024-01-01 01:00', values: [1] }, { timeZone: '+15:00' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => dailyMeans({ start: '2024-01-01 01:00', values: [1] }, { label: 'middle' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'label'] }),
    );
  });
});

describe('time zones with daylight saving (IANA, via @date-fns/tz)', () => {
  const NY = { timeZone: 'America/New_York' } as const;

  it('gives the day of the spring change 23 hours and the day of the autumn change 25', () => {
    // New York, 2024-03-10: 02:00 EST becomes 03:00 EDT, a 23-hour day; 2024-11-03: 02:00 EDT becomes 01:00 EST,
    // a 25-hour day (tz database). Hour-end labels from 01:00 local.
    expect(counts(dailyMeans({ start: '2024-03-10 01:00', values: hours(24) }, NY))).toEqual([23, 1]);
    expect(counts(dailyMeans({ start: '2024-11-03 01:00', values: hours(26) }, NY))).toEqual([25, 1]);
    // The 8h windows inside those days: 23 − 7 = 16 and 25 − 7 = 18.
    expect(Array.from(dailyMax8h({ start: '2024-03-10 01:00', values: hours(23) }, NY).windows)).toEqual([16]);
    expect(Array.from(dailyMax8h({ start: '2024-11-03 01:00', values: hours(25) }, NY).windows)).toEqual([18]);
  });

  it('labels the hours across the change with their offsets', () => {
    const labels = hourlyRecords({ start: '2024-03-10 01:00', values: hours(3) }, NY).map((r) => r.time);
    // The hour 01:00–02:00 EST ends at 03:00 EDT.
    expect(labels).toEqual(['2024-03-10T01:00-05:00', '2024-03-10T03:00-04:00', '2024-03-10T04:00-04:00']);
    const autumn = hourlyRecords({ start: '2024-11-03 01:00', values: hours(3) }, NY).map((r) => r.time);
    // 01:00 is read as its first occurrence (EDT); the repeated hour follows in EST.
    expect(autumn).toEqual(['2024-11-03T01:00-04:00', '2024-11-03T01:00-05:00', '2024-11-03T02:00-05:00']);
  });

  it('reads the same instants given with offsets as records', () => {
    const records = [
      { time: '2024-11-03T01:00-04:00', value: 1 },
      { time: '2024-11-03T01:00-05:00', value: 2 },
      { time: '2024-11-03T02:00-05:00', value: 3 },
    ];
    const r = hourlyRecords({ start: '2024-11-03T01:00-04:00', values: [1, 2, 3] }, NY);
    expect(movingAverage8h(records, NY).start).toBe(r[0]?.time);
    expect(Array.from(movingAverage8h(records, { ...NY, minValidHours: 1 }).values)).toEqual([1, 1.5, 2]);
  });

  it("keeps Beijing time as a fixed UTC+8 by default, unlike 'Asia/Shanghai' in 1986–1991", () => {
    // China kept daylight saving from 1986 to 1991; on 1990-07-01 Asia/Shanghai was UTC+9.
    const start = '1990-07-01T00:00Z';
    expect(movingAverage8h({ start, values: [1] }).start).toBe('1990-07-01T08:00+08:00');
    expect(movingAverage8h({ start, values: [1] }, { timeZone: 'Asia/Shanghai' }).start).toBe('1990-07-01T09:00+09:00');
  });
});

describe("independence from the machine's time zone", () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it('gives the same days, labels and values under any TZ', () => {
    const run = () => {
      const values = Array.from({ length: 72 }, (_, i) => (i * 7) % 50);
      return {
        daily: Array.from(dailyMeans({ start: new Date(Date.UTC(2024, 2, 9, 17)), values }).values),
        start: dailyMeans({ start: Date.UTC(2024, 2, 9, 17), values }).start,
        ny: Array.from(dailyMeans({ start: '2024-03-10 01:00', values }, { timeZone: 'America/New_York' }).validHours),
        label: hourlyRecords({ start: '2024-03-10 01:00', values: [1, 2] }).map((r) => r.time),
      };
    };
    const results = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Chatham'].map((tz) => {
      process.env['TZ'] = tz;
      return { ...run(), machineOffset: new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset() };
    });
    // The machine's zone did change (UTC 0, Shanghai −480, Los Angeles 480, Chatham −825 minutes) …
    expect(results.map((r) => r.machineOffset)).toEqual([0, -480, 480, -825]);
    // … and nothing else did.
    for (const r of results) expect({ ...r, machineOffset: 0 }).toEqual({ ...results[0], machineOffset: 0 });
    expect(results[0]?.start).toBe('2024-03-10');
  });
});

describe('records { time, value }', () => {
  it('converts once, gaps being missing hours', () => {
    const r = dailyMeans([
      { time: '2024-01-01 01:00', value: 10 },
      { time: '2024-01-01 03:00', value: 20 },
      { time: '2024-01-02 00:00', value: 30 },
    ]);
    expect(r.start).toBe('2024-01-01');
    expect(counts(r)).toEqual([3]);
    expect(Array.from(r.observed)).toEqual([20]);
  });

  it('rejects records out of order or duplicated, with the path of the record', () => {
    expect(() =>
      dailyMeans([
        { time: '2024-01-01 01:00', value: 1 },
        { time: '2024-01-01 03:00', value: 1 },
        { time: '2024-01-01 02:00', value: 1 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'UNORDERED_TIMESTAMPS', path: ['hourly', 2, 'time'] }));
    // The same instant written twice, once with its offset.
    expect(() =>
      dailyMeans([
        { time: '2024-01-01 01:00', value: 1 },
        { time: '2024-01-01T01:00+08:00', value: 2 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_TIMESTAMP', path: ['hourly', 1, 'time'] }));
  });

  it('rejects bad records, empty lists and series beyond the bound', () => {
    expect(() => dailyMeans([])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => dailyMeans([{ time: '2024-01-01 01:00', value: -1 }])).toThrow(
      expect.objectContaining({ code: 'NEGATIVE_VALUE', path: ['hourly', 0, 'value'] }),
    );
    expect(() => dailyMeans([5 as never])).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['hourly', 0] }));
    expect(() =>
      dailyMeans([
        { time: '1901-01-01 01:00', value: 1 },
        { time: '2100-01-01 01:00', value: 1 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'SERIES_TOO_LONG' }));
    expect(() => dailyMeans({ start: '2024-01-01 01:00', values: new Float64Array(1_000_001) })).toThrow(
      expect.objectContaining({ code: 'SERIES_TOO_LONG', path: ['hourly', 'values'] }),
    );
  });
});
