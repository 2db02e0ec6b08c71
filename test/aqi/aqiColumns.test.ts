import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_AQI_EDITIONS,
  type Indicator,
  aqiColumns,
  dailyAqi,
  hourlyAqi,
  primaryPollutantsOf,
} from '../../src/index.js';
import { readCnemc } from '../_helpers/realdata.js';

const HOURLY_CN: Indicator[] = ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'];

describe('aqiColumns', () => {
  it('gives the published AQI of every complete station-hour of the national day 2025-01-28', () => {
    const table = readCnemc('china_sites_20250128.csv.gz');
    const types: Record<string, string> = { so2_1h: 'SO2', no2_1h: 'NO2', co_1h: 'CO', o3_1h: 'O3', pm10_1h: 'PM10', pm25_1h: 'PM2.5' };
    const columns: Record<string, Array<number | null>> = Object.fromEntries(HOURLY_CN.map((i) => [i, []]));
    const official: Array<number | null> = [];
    for (const rows of table.rows.values()) {
      table.stations.forEach((_, s) => {
        for (const i of HOURLY_CN) columns[i]!.push(rows.get(types[i]!)?.[s] ?? null);
        official.push(rows.get('AQI')?.[s] ?? null);
      });
    }
    const r = aqiColumns(columns, { edition: 'HJ633-2012' });
    let compared = 0;
    for (let i = 0; i < r.length; i++) {
      const complete = HOURLY_CN.every((ind) => columns[ind]![i] !== null);
      if (!complete || official[i] === null) continue;
      compared++;
      expect(r.aqi[i], `row ${i}`).toBe(official[i]);
    }
    expect(compared).toBe(35660);
  });

  it('agrees with hourlyAqi and dailyAqi row by row, in every edition (property)', () => {
    const value = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 1200 }) },
      fc.double({ min: 0, max: 3000, noNaN: true }),
      fc.integer({ min: 0, max: 2000 }).map((n) => n / 1000),
      fc.constant(null),
      fc.constant(Number.NaN),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ALL_AQI_EDITIONS), fc.constantFrom('hourly' as const, 'daily' as const), fc.array(fc.array(value, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 12 }), (edition, kind, rows) => {
        const probe = kind === 'hourly' ? hourlyAqi({}, { edition }) : dailyAqi({}, { edition });
        const indicators = Object.keys(probe.iaqi) as Indicator[];
        const columns = Object.fromEntries(indicators.map((ind, j) => [ind, rows.map((row) => row[j] ?? null)]));
        const r = aqiColumns(columns, { edition, kind });
        rows.forEach((row, i) => {
          const one = Object.fromEntries(indicators.map((ind, j) => [ind, row[j] ?? null]));
          const report = kind === 'hourly' ? hourlyAqi(one, { edition }) : dailyAqi(one, { edition });
          expect(Number.isNaN(r.aqi[i]) ? null : r.aqi[i]).toBe(report.aqi);
          expect(primaryPollutantsOf(r.primary[i]!)).toEqual(report.primaryPollutants);
          expect(primaryPollutantsOf(r.exceeding[i]!)).toEqual(report.exceedingPollutants);
          expect(r.withheld[i] === 1).toBe(report.withheld);
          expect(r.level[i]).toBe(report.category?.level ?? 0);
          expect(r.beyondScale[i] === 1).toBe(report.beyondScale.length > 0);
          for (const ind of indicators) {
            const v = r.iaqi[ind]![i]!;
            expect(Number.isNaN(v) ? null : v).toBe(report.iaqi[ind] ?? null);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('follows the text of HJ 633-2012 with its SO2 24h fallback', () => {
    const r = aqiColumns(
      { so2_1h: [883], so2_24h: [201], no2_1h: [53], co_1h: [3.4], o3_1h: [54], o3_8h: [44], pm10_24h: [61], pm25_24h: [40] },
      { edition: 'HJ633-2012', method: 'text' },
    );
    expect(Array.from(r.aqi)).toEqual([108]);
  });

  it('counts rows with missing values and handles no rows', () => {
    const r = aqiColumns({ pm25_1h: [30, null, Number.NaN] }, { edition: 'HJ633-2012' });
    expect(r.missingRows).toBe(3);
    expect(Array.from(r.aqi)).toEqual([43, Number.NaN, Number.NaN]);
    expect(aqiColumns({}).length).toBe(0);
  });

  it('never mutates its input', () => {
    const pm = Object.freeze([30, 80]);
    const input = Object.freeze({ pm25_1h: pm });
    aqiColumns(input);
    expect(input.pm25_1h).toEqual([30, 80]);
  });

  it('rejects bad columns with paths', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => aqiColumns({ pm25_1h: [1, 2], pm10_1h: [1] }), 'INVALID_INPUT', ['columns', 'pm10_1h']],
      [() => aqiColumns({ pm25_1h: [1, -2] }), 'NEGATIVE_VALUE', ['columns', 'pm25_1h', 1]],
      [() => aqiColumns({ pm25_1h: [Infinity] }), 'NOT_FINITE', ['columns', 'pm25_1h', 0]],
      [() => aqiColumns({ pm25_1h: ['3'] as never }), 'INVALID_TYPE', ['columns', 'pm25_1h', 0]],
      [() => aqiColumns({ pm25_1h: 3 as never }), 'INVALID_TYPE', ['columns', 'pm25_1h']],
      [() => aqiColumns({ pm25_24h: [3] }), 'INDICATOR_NOT_IN_REPORT', ['columns', 'pm25_24h']],
      [() => aqiColumns({ pm1: [3] } as never), 'UNKNOWN_INDICATOR', ['columns', 'pm1']],
      [() => aqiColumns({}, { kind: 'weekly' as never }), 'INVALID_OPTION', ['options', 'kind']],
      [() => primaryPollutantsOf(64), 'OUT_OF_RANGE', ['mask']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ code, path }));
  });
});
