import { describe, expect, it } from 'vitest';
import { dailyMax8h, dailyMeans, movingAverage8h, periodMean, periodPercentile, roundHalfEven } from '../../src/index.js';
import { readCnemc } from '../_helpers/realdata.js';
import { stationHourly } from '../../examples/_cnemc.js';

/**
 * lantian's daily means, 8h moving means and MDA8 against what the national platform (CNEMC) published for
 * Liuzhou's six stations over the whole of 2019 (examples/data/liuzhou_2019.csv.gz; provenance and conventions in
 * examples/data/README.md).
 *
 * What the 2019 file publishes, as these tests establish:
 * - `X_24h` at hour 0 of day D+1 is the mean of hours 1…24 of day D.
 * - `O3_8h` is the current 8h moving mean and `O3_8h_24h` the running maximum of the day's 8h means — in 2019 the
 *   names are the other way round from the 2025 national file (where `O3_8h` is the running maximum). At hours 1…7
 *   the 2019 platform truncated the window at the day's start (hour 1 publishes hour 1 alone); at hour 0 of D+1,
 *   `O3_8h_24h` is the MDA8 of day D over the windows ending at hours 8…24, as HJ 663-2013 defines it.
 * - Where the file lacks hours, the platform's daily values were computed from hourly data it did not publish (or
 *   later withdrew): those days can differ by more than rounding. On complete days the agreement is exact.
 */
const table = readCnemc('liuzhou_2019.csv.gz');
const STATIONS = ['1870A', '1871A', '1872A', '1873A', '1874A', '1875A'] as const;
// Every station series starts with the row labelled 2019-01-01 00:00 (hour 24 of 2018-12-31): index 24·k is the
// label 00:00 of day k, i.e. hour 24 of day k − 1 counted from 2018-12-31, where the platform publishes day k's value.

/** City hourly values: the mean of the stations' valid values each hour (computed here, independently of cityMean). */
function cityHourly(type: string): { start: string; values: Float64Array } {
  const series = STATIONS.map((s) => stationHourly(table, s, type));
  const first = series[0]!;
  const values = first.values.map((_, i) => {
    const xs = series.map((s) => s.values[i] as number).filter((v) => !Number.isNaN(v));
    return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
  });
  return { start: first.start, values };
}

interface Tally {
  compared: number;
  exact: number;
  withinOne: number;
  complete: number;
  completeExact: number;
  completeWithinOne: number;
}

function compareDays(type: string, published: string, decimals: number, pollutant: 'pm25' | 'pm10' | 'so2' | 'no2' | 'co'): Tally {
  const t: Tally = { compared: 0, exact: 0, withinOne: 0, complete: 0, completeExact: 0, completeWithinOne: 0 };
  const unit = decimals === 0 ? 1 : 0.1;
  for (const station of STATIONS) {
    const hourly = stationHourly(table, station, type);
    const pub = stationHourly(table, station, published).values;
    const daily = dailyMeans({ ...hourly, pollutant });
    expect(daily.start).toBe('2018-12-31');
    for (let k = 0; k < daily.values.length; k++) {
      const ours = daily.values[k] as number;
      const theirs = pub[24 * k] ?? Number.NaN;
      if (Number.isNaN(ours) || Number.isNaN(theirs)) continue;
      const diff = Math.abs(roundHalfEven(ours, decimals) - theirs);
      const exact = diff < 1e-9;
      const withinOne = diff <= unit + 1e-9;
      t.compared++;
      if (exact) t.exact++;
      if (withinOne) t.withinOne++;
      if (daily.validHours[k] === 24) {
        t.complete++;
        if (exact) t.completeExact++;
        if (withinOne) t.completeWithinOne++;
      }
    }
  }
  return t;
}

describe('real published data: Liuzhou 2019, six stations', () => {
  it('reproduces every published daily mean of a complete day exactly (PM2.5, PM10, SO2, NO2)', () => {
    const cases = [
      ['PM2.5', 'PM2.5_24h', 'pm25', 1409, 1932, 0.98],
      ['PM10', 'PM10_24h', 'pm10', 1049, 1670, 0.94],
      ['SO2', 'SO2_24h', 'so2', 1417, 1959, 0.995],
      ['NO2', 'NO2_24h', 'no2', 1435, 1960, 0.989],
    ] as const;
    for (const [type, published, pollutant, complete, compared, rate] of cases) {
      const t = compareDays(type, published, 0, pollutant);
      // Complete days (24 valid hours): every one equal after GB/T 8170 rounding.
      expect(t.complete, type).toBe(complete);
      expect(t.completeExact, type).toBe(complete);
      // Every valid day (≥ 20 hours): within ±1 at the measured rate (98.2 %, 94.4 %, 99.5 %, 98.9 %); the rest are
      // days with missing hours, for which the platform used hours the file does not hold.
      expect(t.compared, type).toBe(compared);
      expect(t.withinOne / t.compared, type).toBeGreaterThanOrEqual(rate);
    }
  });

  it('reproduces the CO daily means within 0.1 mg/m³ (the platform averages unrounded hourly CO)', () => {
    const t = compareDays('CO', 'CO_24h', 1, 'co');
    expect(t.compared).toBe(1974);
    expect(t.withinOne).toBe(1974);
    // 1433 of the 1463 complete days exactly (97.9 %).
    expect(t.complete).toBe(1463);
    expect(t.completeExact).toBe(1433);
  });

  it('reproduces every published MDA8 of a complete day exactly', () => {
    let compared = 0;
    let withinOne = 0;
    let complete = 0;
    let completeExact = 0;
    for (const station of STATIONS) {
      const hourly = stationHourly(table, station, 'O3');
      const pub = stationHourly(table, station, 'O3_8h_24h').values;
      const mda8 = dailyMax8h({ ...hourly, pollutant: 'o3' });
      const daily = dailyMeans(hourly);
      for (let k = 0; k < mda8.values.length; k++) {
        const ours = mda8.values[k] as number;
        const theirs = pub[24 * k] ?? Number.NaN;
        if (Number.isNaN(ours) || Number.isNaN(theirs)) continue;
        const diff = Math.abs(roundHalfEven(ours) - theirs);
        compared++;
        if (diff <= 1) withinOne++;
        if (daily.validHours[k] === 24) {
          complete++;
          if (diff === 0) completeExact++;
        }
      }
    }
    expect(complete).toBe(1385);
    expect(completeExact).toBe(1385);
    expect(compared).toBe(1911);
    // All valid days: 1838 of 1911 within ±1 (96.2 %); the rest lack hours the platform had.
    expect(withinOne).toBe(1838);
  });

  it('reproduces the published 8h moving means of full windows ending at hours 8…24', () => {
    let full = 0;
    let exact = 0;
    let withinOne = 0;
    for (const station of STATIONS) {
      const hourly = stationHourly(table, station, 'O3');
      const pub = stationHourly(table, station, 'O3_8h').values;
      const ma = movingAverage8h(hourly);
      for (let i = 0; i < ma.values.length; i++) {
        const hourOfDay = i % 24; // 0 is hour 24
        if ((hourOfDay >= 1 && hourOfDay <= 7) || ma.validHours[i] !== 8 || Number.isNaN(pub[i] ?? Number.NaN)) continue;
        const diff = Math.abs(roundHalfEven(ma.values[i] as number) - (pub[i] as number));
        full++;
        if (diff === 0) exact++;
        if (diff <= 1) withinOne++;
      }
    }
    expect(full).toBe(29737);
    expect(withinOne).toBe(full);
    expect(exact).toBe(29735);
  });

  it('shows the platform truncating the 2019 windows at the start of the day (hours 1…7)', () => {
    // 1870A, 2019-01-04 01:00 (index 3·24 + 1): the published "8h mean" is that hour's value alone, 29; the 8h
    // window of HJ 663 (hours 18:00 of 3 January … 01:00) is 34.75.
    const hourly = stationHourly(table, '1870A', 'O3');
    const pub = stationHourly(table, '1870A', 'O3_8h').values;
    expect(hourly.values[73]).toBe(29);
    expect(pub[73]).toBe(29);
    expect(movingAverage8h(hourly).values[73]).toBe(34.75);
  });

  it('gives the raw PM2.5 mean of the city near 34.6 µg/m³ (the figure published at the standard state is 38)', () => {
    // City hourly values, then daily means and the year. August and September have 25 valid days: not a valid
    // year under GB 3095 Table 4, so the mean is `observed`.
    const daily = dailyMeans({ ...cityHourly('PM2.5'), pollutant: 'pm25' });
    const year = periodMean(daily, 2019);
    expect(year.valid).toBe(false);
    expect(year.failures.map((f) => f.month)).toEqual(['2019-08', '2019-09']);
    expect(year.validDays).toBe(348);
    expect(year.observed).toBeCloseTo(34.6, 1);
    // The same figures from an independent Python pipeline with numpy 2.4.6 (test/series/liuzhou_numpy.py):
    // 348 days, mean 34.645426208252296, 95th percentile of daily means 77.02231280193236.
    expect(year.observed).toBeCloseTo(34.645426208252296, 10);
    expect(periodPercentile(daily, 2019, 95).observed).toBeCloseTo(77.02231280193236, 10);
  });

  it('gives the city O3 MDA8 90th percentile that numpy gives', () => {
    // test/series/liuzhou_numpy.py: 346 valid MDA8 days, 90th percentile 130.45208333333335.
    const p90 = periodPercentile(dailyMax8h({ ...cityHourly('O3'), pollutant: 'o3' }), 2019, 90);
    expect(p90.validDays).toBe(346);
    expect(p90.observed).toBeCloseTo(130.45208333333335, 10);
  });
});
