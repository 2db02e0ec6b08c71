import { describe, expectTypeOf, it } from 'vitest';
import { type AqiEdition, type HourlySeries, type Pollutant, type YearAssessment, assessYear } from '../../src/index.js';
import {
  type CnemcFile,
  type HourlyAqiRecord,
  type CnemcFrameInput,
  type TidyRecord,
  hourlyAqiRecords,
  readCnemcDaily,
  readCnemcDailyAsync,
  readCnemcDailyFiles,
  readCnemcHourly,
  stationHourlyInput,
  toCsv,
  yearRecords,
} from '../../src/readers/index.js';

describe('reader types', () => {
  it('returns the frame input, synchronously for text and as a promise for bytes and many files', () => {
    expectTypeOf(readCnemcDaily('')).toEqualTypeOf<CnemcFrameInput>();
    expectTypeOf(readCnemcHourly(new Uint8Array())).toEqualTypeOf<CnemcFrameInput>();
    expectTypeOf(readCnemcDailyAsync(new ArrayBuffer(0))).toEqualTypeOf<Promise<CnemcFrameInput>>();
    expectTypeOf(readCnemcDailyFiles([{ name: 'a', data: async () => '' }])).toEqualTypeOf<Promise<CnemcFrameInput>>();
    expectTypeOf<CnemcFrameInput['values']>().toEqualTypeOf<Readonly<Partial<Record<Pollutant, Float64Array>>>>();
    // @ts-expect-error -- the readers take content, not a path object
    readCnemcDaily({ path: 'china_sites_20250128.csv' });
    // @ts-expect-error -- a file needs its name, for the messages
    const noName: CnemcFile = { data: '' };
    void noName;
  });

  it('feeds the single-station functions and turns results into records', () => {
    const input = readCnemcDaily('');
    expectTypeOf(stationHourlyInput(input, '1001A')).toEqualTypeOf<Partial<Record<Pollutant, HourlySeries>>>();
    const year = assessYear({ hourly: stationHourlyInput(input, '1001A') }, { year: 2025 });
    expectTypeOf(year).toEqualTypeOf<YearAssessment>();
    expectTypeOf(yearRecords(year, { station: '1001A' })).toEqualTypeOf<TidyRecord[]>();
    expectTypeOf(hourlyAqiRecords(input)).toEqualTypeOf<HourlyAqiRecord[]>();
    expectTypeOf<HourlyAqiRecord['edition']>().toEqualTypeOf<AqiEdition>();
    expectTypeOf(toCsv(hourlyAqiRecords(input))).toEqualTypeOf<string>();
    // @ts-expect-error -- yearRecords needs the station its records are about
    yearRecords(year, {});
    // @ts-expect-error -- a US edition has no Chinese real-time report
    hourlyAqiRecords(input, { edition: 'EPA-2024' });
  });
});
