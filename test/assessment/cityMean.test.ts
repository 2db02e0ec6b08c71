import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cityMean, dailyMeans, parseStationList, periodMean } from '../../src/index.js';
import { stationHourly } from '../../examples/_cnemc.js';
import { readDataText } from '../_helpers/realdata.js';
import { cityAnnualMean, liuzhou2019 } from '../_helpers/liuzhouCity.js';

const nan = Number.NaN;

describe('cityMean (city values: the mean over the assessment stations, STANDARDS.md §3)', () => {
  it('averages each hour over the stations that have a value (worked by hand)', () => {
    const city = cityMean([
      { start: '2019-01-01 01:00', values: [20, 30, null, 7] },
      { start: '2019-01-01 01:00', values: [40, null, null, 8] },
      { start: '2019-01-01 01:00', values: [60, 31, null, 9] },
    ]);
    // 01:00: (20 + 40 + 60)/3 = 40; 02:00: (30 + 31)/2 = 30.5; 03:00: none; 04:00: (7 + 8 + 9)/3 = 8.
    expect(city.by).toBe('hour');
    expect(city.start).toBe('2019-01-01T01:00+08:00');
    expect(city.label).toBe('end');
    expect(Array.from(city.values)).toEqual([40, 30.5, nan, 8]);
    expect(Array.from(city.stations)).toEqual([3, 2, 0, 3]);
    expect(Array.from(city.valid)).toEqual([1, 1, 0, 1]);
    expect(city.stationCount).toBe(3);
    expect(city.minStations).toBe(1);
  });

  it('spans stations that start and end at different hours', () => {
    const city = cityMean({
      A: { start: '2019-01-01 23:00', values: [10, 20] },
      B: { start: '2019-01-02 00:00', values: [30, 40, 50] },
    });
    // 23:00: A 10; 24:00 (00:00 of the 2nd): (20 + 30)/2 = 25; 01:00: B 40; 02:00: B 50.
    expect(city.start).toBe('2019-01-01T23:00+08:00');
    expect(Array.from(city.values)).toEqual([10, 25, 40, 50]);
    expect(Array.from(city.stations)).toEqual([1, 2, 1, 1]);
  });

  it('applies a minimum number of stations when asked (UNCONFIRMED rule, default 1)', () => {
    const stations = [
      { start: '2019-01-01 01:00', values: [20, 30] },
      { start: '2019-01-01 01:00', values: [40, null] },
    ];
    const city = cityMean(stations, { minStations: 2 });
    expect(Array.from(city.values)).toEqual([30, nan]);
    expect(Array.from(city.observed)).toEqual([30, 30]);
    expect(Array.from(city.valid)).toEqual([1, 0]);
    expect(city.minStations).toBe(2);
  });

  it('averages station-days with by: "day"', () => {
    // Two stations' daily means, one with an invalid day (NaN, as dailyMeans reports it).
    const a = dailyMeans({ start: '2019-03-01 01:00', values: [...Array(24).fill(30), ...Array(24).fill(null)] });
    const b = dailyMeans({ start: '2019-03-01 01:00', values: Array(48).fill(50) });
    const city = cityMean({ a, b }, { by: 'day' });
    expect(city.by).toBe('day');
    expect(city.start).toBe('2019-03-01');
    // 1 March: (30 + 50)/2 = 40; 2 March: station a invalid, so 50.
    expect(Array.from(city.values)).toEqual([40, 50]);
    expect(Array.from(city.stations)).toEqual([2, 1]);
    // A city daily series goes on to the period statistics.
    expect(periodMean(city, '2019-03', { pollutant: 'pm25' }).observed).toBe(45);
  });

  it('is a series: its result goes on to the daily statistics in the same conventions', () => {
    const hours = Array.from({ length: 48 }, (_, i) => i % 24);
    const city = cityMean([{ start: '2019-01-01 01:00', values: hours, pollutant: 'so2' }]);
    const days = dailyMeans(city);
    expect(days.pollutant).toBe('so2');
    expect(days.start).toBe('2019-01-01');
    // 0 + 1 + … + 23 = 276 over 24 hours = 11.5.
    expect(Array.from(days.values)).toEqual([11.5, 11.5]);
    // Labels at the hour's start, in another zone, are kept.
    const utc = cityMean([{ start: '2019-01-01 00:00', values: [1, 2] }], { label: 'start', timeZone: 'UTC' });
    expect(utc.start).toBe('2019-01-01T00:00+00:00');
    expect(utc.label).toBe('start');
  });

  it('leaves control sites out with the station list', () => {
    // The national list in force from 2022-02-13: 1002A 定陵 is Beijing's control site (对照点 Y), 1001A 万寿西宫 an
    // assessment station.
    const list = parseStationList(readDataText('station_list_2022.02.13.csv'));
    const beijing = {
      '1001A': { start: '2024-01-01 01:00', values: [40, 50] },
      '1002A': { start: '2024-01-01 01:00', values: [10, 10] },
    };
    const city = cityMean(beijing, { stationList: list });
    expect(Array.from(city.values)).toEqual([40, 50]);
    expect(city.stationCount).toBe(1);
    expect(city.excluded).toEqual(['1002A']);
    // Without the list both are averaged.
    expect(Array.from(cityMean(beijing).values)).toEqual([25, 30]);
    expect(cityMean(beijing).excluded).toEqual([]);
    // Errors: a code not in the list, stations of two cities, only control sites, a list with unkeyed stations.
    const one = { start: '2024-01-01 01:00', values: [1] };
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => cityMean({ '9999Z': one }, { stationList: list }), 'INVALID_INPUT', ['stations', '9999Z']],
      [() => cityMean({ '1001A': one, '1871A': one }, { stationList: list }), 'INVALID_INPUT', ['stations', '1871A']],
      [() => cityMean({ '1002A': one }, { stationList: list }), 'EMPTY_INPUT', ['stations']],
      [() => cityMean([one], { stationList: list }), 'INVALID_OPTION', ['options', 'stationList']],
      [() => cityMean({ '1001A': one }, { stationList: [{ code: '1001A' }] as never }), 'INVALID_TYPE', ['options', 'stationList', 0, 'name']],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
    }
  });

  it('reproduces an independent computation of Liuzhou 2019 (six stations, PM2.5)', () => {
    const table = liuzhou2019();
    const codes = table.stations.slice(0, 6);
    const stations = Object.fromEntries(codes.map((code) => [code, { ...stationHourly(table, code, 'PM2.5'), pollutant: 'pm25' as const }]));
    // By hour (default): city hours → city days (≥ 20 hours) → the mean of the days.
    const byHour = periodMean(dailyMeans(cityMean(stations)), '2019');
    const expectedHour = cityAnnualMean('PM2.5', 'hour');
    expect(byHour.validDays).toBe(expectedHour.days);
    expect(byHour.observed).toBeCloseTo(expectedHour.mean, 9);
    // Worked exactly with python3 fractions over the released rows: 331328069/9563400 = 34.64542620825230…
    expect(byHour.observed).toBeCloseTo(34.645426208252296, 10);
    // By station-day: each station's valid days → the mean over stations of each day → the mean of the days.
    const stationDays = Object.fromEntries(codes.map((code) => [code, dailyMeans(stations[code] as never)]));
    const byDay = periodMean(cityMean(stationDays, { by: 'day' }), '2019');
    const expectedDay = cityAnnualMean('PM2.5', 'day');
    expect(byDay.validDays).toBe(expectedDay.days);
    expect(byDay.observed).toBeCloseTo(expectedDay.mean, 9);
    // Worked exactly with python3 fractions over the released rows: 21996594629/633916800 = 34.69949783473162…
    expect(byDay.observed).toBeCloseTo(34.69949783473162, 10);
  });

  it('does not depend on the order of the stations, bit for bit (property)', () => {
    const station = fc.record({
      offset: fc.integer({ min: 0, max: 30 }),
      values: fc.array(fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }), { maxLength: 60 }),
    });
    fc.assert(
      fc.property(fc.array(station, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 3 }), (list, min) => {
        const minStations = Math.min(min, list.length);
        const series = list.map(({ offset, values }) => ({ start: Date.UTC(2019, 0, 1, offset), values }));
        const a = cityMean(series, { minStations });
        const b = cityMean([...series].reverse(), { minStations });
        const keyed = Object.fromEntries(series.map((s, i) => [`S${(i * 7919) % 1000}`, s]));
        const c = cityMean(keyed, { minStations });
        for (const other of [b, c]) {
          expect(other.start).toBe(a.start);
          expect(Array.from(other.values)).toEqual(Array.from(a.values));
          expect(Array.from(other.stations)).toEqual(Array.from(a.stations));
        }
      }),
    );
  });

  it('stays within the range of the stations at each hour (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 10 }),
        (lists) => {
          const city = cityMean(lists.map((values) => ({ start: '2024-06-01 01:00', values })));
          for (let t = 0; t < 5; t++) {
            const hour = lists.map((l) => l[t]).filter((v): v is number => v !== null && v !== undefined);
            if (hour.length === 0) expect(Number.isNaN(city.values[t])).toBe(true);
            else {
              expect(city.values[t]).toBeGreaterThanOrEqual(Math.min(...hour));
              expect(city.values[t]).toBeLessThanOrEqual(Math.max(...hour));
            }
          }
        },
      ),
    );
  });

  it('reads series, Float64Arrays and records alike', () => {
    const fromArrays = cityMean([{ start: '2019-05-01 01:00', values: [1, null, 3] }, { start: '2019-05-01 01:00', values: [5, 6, null] }]);
    const fromTyped = cityMean([
      { start: '2019-05-01 01:00', values: new Float64Array([1, nan, 3]) },
      { start: '2019-05-01 01:00', values: new Float64Array([5, 6, nan]) },
    ]);
    const fromRecords = cityMean([
      [
        { time: '2019-05-01 01:00', value: 1 },
        { time: '2019-05-01 03:00', value: 3 },
      ],
      [
        { time: '2019-05-01 01:00', value: 5 },
        { time: '2019-05-01 02:00', value: 6 },
      ],
    ]);
    for (const r of [fromTyped, fromRecords]) expect(Array.from(r.values)).toEqual(Array.from(fromArrays.values));
    expect(Array.from(fromArrays.values)).toEqual([3, 6, 3]);
  });

  it('never mutates its input', () => {
    const values = new Float64Array([3, 1, 2]);
    const frozen = Object.freeze({
      b: Object.freeze({ start: '2019-01-01 01:00', values: Object.freeze([4, null, 6]) }),
      a: Object.freeze({ start: '2019-01-01 01:00', values }),
    });
    cityMean(frozen);
    expect(Array.from(values)).toEqual([3, 1, 2]);
    expect(frozen.b.values).toEqual([4, null, 6]);
  });

  it('rejects what it cannot average', () => {
    const ok = { start: '2019-01-01 01:00', values: [1] };
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => cityMean([]), 'EMPTY_INPUT', ['stations']],
      [() => cityMean({}), 'EMPTY_INPUT', ['stations']],
      [() => cityMean('1871A' as never), 'INVALID_TYPE', ['stations']],
      [() => cityMean([ok, { start: '2019-01-01 01:00', values: [-1] }]), 'NEGATIVE_VALUE', ['stations', 1, 'values', 0]],
      [() => cityMean({ X: { start: '2019-01-01 01:30', values: [1] } }), 'INVALID_DATE', ['stations', 'X', 'start']],
      [
        () => cityMean([{ ...ok, pollutant: 'so2' }, { ...ok, pollutant: 'no2' }]),
        'INVALID_INPUT',
        ['stations', 1, 'pollutant'],
      ],
      [() => cityMean([ok], { minStations: 2 }), 'INVALID_OPTION', ['options', 'minStations']],
      [() => cityMean([ok], { minStations: 0 }), 'OUT_OF_RANGE', ['options', 'minStations']],
      [() => cityMean([ok], { by: 'week' as never }), 'INVALID_OPTION', ['options', 'by']],
      [() => cityMean([ok], { minStation: 1 } as never), 'UNKNOWN_OPTION', ['options', 'minStation']],
      [() => cityMean([{ start: '2019-01-01', values: [1] }], { by: 'day', timeZone: 'Mars/Base' }), 'INVALID_OPTION', ['options', 'timeZone']],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
    }
  });

  it('rejects stations whose hours do not line up (a zone with a 30-minute daylight-saving change)', () => {
    // Lord Howe Island moves between UTC+10:30 and UTC+11: a whole local hour in winter and one in summer are 30
    // minutes apart on the hour grid.
    const winter = { start: '2019-06-01 01:00', values: [1] };
    const summer = { start: '2019-12-01 01:00', values: [1] };
    expect(() => cityMean([winter, summer], { timeZone: 'Australia/Lord_Howe' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['stations', 1, 'start'] }),
    );
  });
});
