import { describe, expect, it } from 'vitest';
import { POLLUTANTS, type Pollutant, assessCities, assessCity, assessStations, assessYear, parseStationList, stationFrame } from '../../src/index.js';
import { readCnemc, readDataText, stationHourly } from '../../examples/_cnemc.js';
import { randomValues } from './_random.js';

/** The hourly input of station `i` of a frame, as assessYear takes it. */
function stationInput(values: Partial<Record<Pollutant, Float64Array>>, start: string, hours: number, i: number) {
  const hourly: Partial<Record<Pollutant, { start: string; values: Float64Array }>> = {};
  for (const p of POLLUTANTS) {
    const v = values[p];
    if (v !== undefined) hourly[p] = { start, values: v.slice(i * hours, (i + 1) * hours) };
  }
  return { hourly };
}

describe('assessStations', () => {
  it.each([
    ['2025, a whole year', 2025, '2025-01-01 01:00', 365 * 24, 0.03, {}],
    ['2026, two AQI editions, dust days', 2026, '2026-01-01 01:00', 365 * 24, 0.05, { dustDays: ['2026-03-14', '2026-04-02'] }],
    ['2024 (leap) from a frame that starts early and ends short', 2024, '2023-12-30 05:00', 340 * 24, 0.02, { compare: 'raw', roundDaily: true }],
    ['2025, sparse data (many invalid years)', 2025, '2025-01-01 01:00', 365 * 24, 0.2, { indexFrom: 'raw' }],
  ] as const)('report(i) equals assessYear on the station: %s', (_, year, start, hours, missing, extra) => {
    const stations = ['A', 'B', 'C', 'D', 'E'];
    const values: Partial<Record<Pollutant, Float64Array>> = {};
    POLLUTANTS.forEach((p, k) => (values[p] = randomValues(p, stations.length, hours, 100 * year + k, missing)));
    const frame = stationFrame({ start, hours, stations, values });
    const options = { year, ...extra };
    const r = assessStations(frame, options);
    for (let i = 0; i < stations.length; i++) {
      expect(r.report(i)).toEqual(assessYear(stationInput(values, start, hours, i), options));
    }
  });
});

describe('assessStations on real data', () => {
  it('equals assessYear and assessCity on Liuzhou 2019 (six national stations, CNEMC hourly files)', () => {
    const table = readCnemc('liuzhou_2019.csv.gz');
    const codes = ['1870A', '1871A', '1872A', '1873A', '1874A', '1875A'];
    const TYPES: Readonly<Record<Pollutant, string>> = { so2: 'SO2', no2: 'NO2', co: 'CO', o3: 'O3', pm10: 'PM10', pm25: 'PM2.5' };
    const series = codes.map((code) => Object.fromEntries(POLLUTANTS.map((p) => [p, stationHourly(table, code, TYPES[p])])) as Record<Pollutant, { start: string; values: Float64Array }>);
    const first = series[0] as Record<Pollutant, { start: string; values: Float64Array }>;
    const { start } = first.pm25;
    const hours = first.pm25.values.length;
    const values = Object.fromEntries(
      POLLUTANTS.map((p) => {
        const v = new Float64Array(codes.length * hours);
        series.forEach((s, i) => v.set(s[p].values, i * hours));
        return [p, v];
      }),
    );
    const frame = stationFrame({ start, hours, stations: codes, values });
    for (const options of [{ year: 2019 }, { year: 2019, compare: 'raw' as const, dustDays: ['2019-03-05'] }]) {
      const r = assessStations(frame, options);
      codes.forEach((_, i) => expect(r.report(i)).toEqual(assessYear({ hourly: series[i] as Record<Pollutant, { start: string; values: Float64Array }> }, options)));
    }
    // The city from the six stations' hourly means: figures of an independent numpy pipeline
    // (test/series/liuzhou_numpy.py): 348 valid PM2.5 days (August and September short: not a valid year), mean
    // 34.645426208252296, 95th percentile 77.02231280193236.
    const list = parseStationList(readDataText('station_list_2022.02.13.csv')).filter((s) => codes.includes(s.code));
    const cities = assessCities(frame, list, { year: 2019 });
    const city = cities.report(0);
    expect(city).toEqual(
      assessCity(
        codes.map((code, i) => ({ station: list.find((s) => s.code === code) as (typeof list)[number], hourly: series[i] as Record<Pollutant, { start: string; values: Float64Array }> })),
        { year: 2019 },
      ),
    );
    const item = (p: Pollutant, statistic: string) => city.assessment.items.find((it) => it.pollutant === p && it.statistic === statistic);
    expect(item('pm25', 'annualMean')).toMatchObject({ valid: false, value: null, count: 348 });
    expect(item('pm25', 'annualMean')?.observed).toBeCloseTo(34.645426208252296, 10);
    expect(item('pm25', 'p95Daily')?.observed).toBeCloseTo(77.02231280193236, 10);

  }, 120_000);
});

describe('assessStations at the edges', () => {
  it('reports a year the frame does not reach as empty, and pollutants it lacks as not given', () => {
    const hours = 48;
    const frame = stationFrame({ start: '2025-06-01 01:00', hours, stations: ['A'], values: { pm25: new Float64Array(hours).fill(40) } });
    const out = assessStations(frame, { year: 2024 }).report(0);
    expect(out.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean')).toMatchObject({ valid: false, count: 0, observed: null, value: null });
    expect(out.items.find((i) => i.pollutant === 'so2')?.reason).toBe('no data given');
    expect(out.days.validDays).toBe(0);
    expect(out.daily).toHaveLength(366);
    // The year it reaches: two days of PM2.5 40 (IAQI 57 under HJ 633-2012 Table 1: 35–75 → 50–100), AQI withheld
    // for none (HJ 633-2012 computes it from what there is).
    const year = assessStations(frame, { year: 2025, aqiEdition: 'HJ633-2012' }).report(0);
    expect(year.daily.filter((d) => d.aqi !== null).map((d) => [d.date, d.aqi])).toEqual([
      ['2025-06-01', 57],
      ['2025-06-02', 57],
    ]);
  });
});
