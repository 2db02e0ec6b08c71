import { describe, expect, it } from 'vitest';
import { type CityStationData, assessCity, parseStationList, roundHalfEven, toStandardState } from '../../src/index.js';
import { readCnemc, readDataText, stationHourly } from '../../examples/_cnemc.js';

const year = (v: number) => ({ start: '2025-01-01 01:00', values: new Float64Array(8760).fill(v) });
const hourly = (pm25: number, o3 = 100) => ({ so2: year(10), no2: year(30), co: year(0.8), o3: year(o3), pm10: year(50), pm25: year(pm25) });

describe('assessCity', () => {
  const stations: CityStationData[] = [
    { station: { code: '1001A', name: 'A', city: 'X' }, hourly: hourly(30) },
    { station: { code: '1002A', name: 'B', city: 'X' }, hourly: hourly(40, 170) },
    { station: { code: '1003A', name: 'C', city: 'X', assessment: false }, hourly: hourly(5) },
  ];

  it('assesses the city from the mean of its assessment stations, leaving control sites out', () => {
    const r = assessCity(stations, { year: 2025 });
    expect(r.city).toBe('X');
    expect(r.stations.map((s) => s.code)).toEqual(['1001A', '1002A']);
    expect(r.excluded.map((s) => s.code)).toEqual(['1003A']);
    // PM2.5 (30 + 40)/2 = 35 ≤ 35; O3 (100 + 170)/2 = 135 ≤ 160.
    expect(r.assessment.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean')).toMatchObject({ value: 35, attains: true });
    expect(r.assessment.items.find((i) => i.pollutant === 'o3')).toMatchObject({ value: 135, attains: true });
    expect(r.assessment.attains).toBe(true);
  });

  it('assesses and ranks each station', () => {
    const r = assessCity(stations, { year: 2025 });
    // Station B: PM2.5 40 > 35 and O3 170 > 160 fail; its index is the larger.
    expect(r.stationAssessments.map((s) => [s.station.code, s.assessment.nonAttaining])).toEqual([
      ['1001A', []],
      ['1002A', ['o3', 'pm25']],
    ]);
    expect(r.ranking.map((e) => [e.id, e.rank])).toEqual([
      ['1001A', 1],
      ['1002A', 2],
    ]);
    expect(assessCity(stations, { year: 2025, stationYears: false }).stationAssessments).toEqual([]);
  });

  it('averages station days instead when asked (by: day)', () => {
    const r = assessCity(stations, { year: 2025, by: 'day' });
    expect(r.by).toBe('day');
    expect(r.assessment.items.find((i) => i.pollutant === 'o3')).toMatchObject({ value: 135 });
  });

  it('is invariant under the order the stations are given', () => {
    const a = assessCity(stations, { year: 2025 });
    const b = assessCity([...stations].reverse(), { year: 2025 });
    expect(b.assessment).toEqual(a.assessment);
  });

  it('rejects what is not one city of stations', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => assessCity([], { year: 2025 }), 'EMPTY_INPUT', ['stations']],
      [() => assessCity({} as never, { year: 2025 }), 'INVALID_TYPE', ['stations']],
      [() => assessCity(stations, undefined as never), 'INVALID_TYPE', ['options']],
      [() => assessCity([stations[0]!, { ...stations[1]!, station: { code: '9A', name: 'Z', city: 'Y' } }], { year: 2025 }), 'INVALID_INPUT', ['stations']],
      [() => assessCity([stations[0]!, stations[0]!], { year: 2025 }), 'INVALID_INPUT', ['stations', 1, 'station', 'code']],
      [() => assessCity([stations[2]!], { year: 2025 }), 'INVALID_INPUT', ['stations']],
      [() => assessCity(stations, { year: 2025, by: 'week' as never }), 'INVALID_OPTION', ['options', 'by']],
      [() => assessCity([{ station: stations[0]!.station, hourly: 3 as never }], { year: 2025 }), 'INVALID_TYPE', ['stations', 0, 'hourly']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});

/**
 * Liuzhou 2019 from its six national stations (examples/data/liuzhou_2019.csv.gz, as released: real gaps, one day
 * missing altogether). Published for 2019 (柳州晚报, 2020-04-17): PM2.5 38 µg/m³ at the standard state, 327 good
 * days, 89.6 %.
 */
describe('assessCity: Liuzhou 2019, real data', () => {
  const table = readCnemc('liuzhou_2019.csv.gz');
  const list = parseStationList(readDataText('station_list_2022.02.13.csv')).filter((s) => s.city === '柳州' && s.code !== '3402A');
  const types = { so2: 'SO2', no2: 'NO2', co: 'CO', o3: 'O3', pm10: 'PM10', pm25: 'PM2.5' } as const;
  const stations = list.map((station) => ({
    station,
    hourly: Object.fromEntries(Object.entries(types).map(([p, t]) => [p, stationHourly(table, station.code, t)])),
  }));
  const r = assessCity(stations, { year: 2019, stationYears: false });
  const pm25 = r.assessment.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean')!;

  it('is sound on the real gaps: the released file lacks whole days, so the items are invalid, with the reason', () => {
    expect(r.stations).toHaveLength(6);
    // 2019-08-22…25 and 2019-09-21/22 are missing from the release at every station.
    expect(pm25).toMatchObject({ valid: false, value: null, attains: null, count: 348 });
    expect(pm25.reason).toBe('25 valid days in 2019-08, 27 required; 25 valid days in 2019-09, 27 required');
    expect(r.assessment.comprehensiveIndex).toBeNull();
    expect(r.assessment.attains).toBeNull();
  });

  it('still reports the statistic over the valid days, which converts to the published figure', () => {
    // The city PM2.5 mean of the released data (actual conditions), cross-checked by the independent numpy
    // pipeline of test/series/liuzhou_numpy.py (34.645426208252296) and worked exactly with python3 fractions over
    // the released rows: 331328069/9563400 = 34.64542620825230…
    expect(pm25.observed).toBeCloseTo(34.645426208252296, 10);
    // Published figures of 2019 are at the standard state (273.15 K, 101.325 kPa). At Liuzhou's mean air
    // temperature of about 21 °C (294.15 K) and pressure of about 100.3 kPa: × 294.15/273.15 × 101.325/100.3 = 1.0879.
    const standard = toStandardState('pm25', pm25.observed!, { temperature: 294.15, pressure: 100.3 });
    expect(roundHalfEven(standard)).toBe(38);
  });

  it('counts good days over the valid days it has', () => {
    // 349 days have a valid city AQI (16 days lack data); 319 of them are good: 91.4 %. The published 327 of 365
    // (89.6 %) comes from the complete data.
    expect(r.assessment.days).toMatchObject({ days: 365, validDays: 349, goodDays: 319 });
    expect(r.assessment.days.goodDaysRatio).toBe(91.4);
  });
});
