/**
 * Tidy records and their CSV and JSON Lines text: values worked by hand and written as literals; the CSV checked
 * against RFC 4180's quoting rules.
 */
import { describe, expect, it } from 'vitest';
import { assessStations, assessYear, dailyAqi, hourlyAqi, stationFrame } from '../../src/index.js';
import { type CnemcFrameInput, aqiRecords, guidelineRecords, hourlyAqiRecords, toCsv, toJsonLines, stationsRecords, yearRecords } from '../../src/readers/index.js';
import { expectLantianError } from '../_helpers/errors.js';

const days = (v: number, n = 365) => ({ start: '2025-01-01', values: Array<number>(n).fill(v) });
const year = assessYear(
  { daily: { so2_24h: days(10), no2_24h: days(30), co_24h: days(0.8), o3_8h: days(120), pm10_24h: days(60), pm25_24h: days(40) } },
  { year: 2025 },
);

describe('yearRecords', () => {
  const records = yearRecords(year, { station: '1001A' });

  it('writes each annual item with its limit (GB 3095-2012 Grade II), validity and attainment', () => {
    expect(records.slice(0, 10).map((r) => [r.pollutant, r.statistic, r.value, r.limit, r.valid, r.attains])).toEqual([
      ['so2', 'annualMean', 10, 60, true, true],
      ['so2', 'p98Daily', 10, 150, true, true],
      ['no2', 'annualMean', 30, 40, true, true],
      ['no2', 'p98Daily', 30, 80, true, true],
      ['co', 'p95Daily', 0.8, 4, true, true],
      ['o3', 'p90Mda8', 120, 160, true, true],
      ['pm10', 'annualMean', 60, 70, true, true],
      ['pm10', 'p95Daily', 60, 150, true, true],
      ['pm25', 'annualMean', 40, 35, true, false],
      ['pm25', 'p95Daily', 40, 75, true, true],
    ]);
    expect(records.every((r) => r.station === '1001A' && r.time === '2025')).toBe(true);
  });

  it('adds exceedance days per pollutant and the place as a whole', () => {
    // Every day within the daily limits (PM2.5 40 ≤ 75): no exceedance day, compliance 100 %.
    expect(records.find((r) => r.pollutant === 'pm25' && r.statistic === 'exceedanceDays')?.value).toBe(0);
    expect(records.find((r) => r.pollutant === 'pm25' && r.statistic === 'complianceRate')?.value).toBe(100);
    const place = Object.fromEntries(records.filter((r) => r.pollutant === 'all').map((r) => [r.statistic, [r.value, r.attains]]));
    // Index: 10/60 + 30/40 + 0.8/4 + 120/160 + 60/70 + 40/35 = 3.8690… → 3.87.
    expect(place).toEqual({
      attainment: [null, false],
      comprehensiveIndex: [3.87, null],
      validDays: [365, null],
      goodDays: [365, null],
      heavyDays: [0, null],
      goodDaysRatio: [100, null],
    });
  });

  it('adds the days with daily: true, picked by date rather than index', () => {
    const withDays = yearRecords(year, { station: 'X', daily: true });
    expect(withDays).toHaveLength(records.length + 365);
    // The largest IAQI: O3 8h 120 → 50 + 20/60 × 50 = 66.7 → 67 (PM2.5 40 gives 56.25 → 57).
    expect(withDays.find((r) => r.time === '2025-03-01')).toEqual({
      station: 'X',
      time: '2025-03-01',
      pollutant: 'all',
      statistic: 'aqi',
      value: 67,
      limit: null,
      valid: true,
      attains: null,
    });
  });

  it('writes an invalid item as such', () => {
    const short = assessYear({ daily: { pm25_24h: days(40, 100) } }, { year: 2025 });
    const r = yearRecords(short, { station: 'Y' }).find((x) => x.pollutant === 'pm25' && x.statistic === 'annualMean');
    expect(r).toEqual({ station: 'Y', time: '2025', pollutant: 'pm25', statistic: 'annualMean', value: null, limit: 35, valid: false, attains: null });
  });

  it('rejects what is not an assessment, and bad options', () => {
    expectLantianError(() => yearRecords({} as never, { station: 'x' }), 'INVALID_TYPE', ['assessment']);
    expectLantianError(() => yearRecords(year, {} as never), 'INVALID_TYPE', ['options', 'station']);
    expectLantianError(() => yearRecords(year, { station: 'x', daily: 1 as never }), 'INVALID_TYPE', ['options', 'daily']);
    expectLantianError(() => yearRecords(year, { station: 'x', days: true } as never), 'UNKNOWN_OPTION', ['options', 'days']);
  });
});

describe('aqiRecords', () => {
  it('writes the AQI and each indicator, missing ones as invalid', () => {
    // HJ 633-2012 real-time: PM2.5 1h 36 → 50 + 1/40 × 50 = 51.25 → 52; the others lower.
    const r = aqiRecords(hourlyAqi({ pm25_1h: 36, o3_1h: 34 }, { edition: 'HJ633-2012' }));
    expect(r[0]).toEqual({ station: '', time: '', pollutant: 'all', statistic: 'aqi', value: 52, limit: null, valid: true, attains: null });
    expect(r.filter((x) => x.pollutant === 'pm25_1h').map((x) => [x.statistic, x.value])).toEqual([
      ['concentration', 36],
      ['iaqi', 52],
    ]);
    expect(r.find((x) => x.pollutant === 'so2_1h')).toMatchObject({ value: null, valid: false });
  });

  it('writes a withheld AQI as null (HJ 633-2026 §5.3.1)', () => {
    const r = aqiRecords(dailyAqi({ pm25_24h: 40 }, { edition: 'HJ633-2026' }), { station: 'a', time: 't' });
    expect(r[0]).toMatchObject({ station: 'a', time: 't', value: null, valid: false });
  });

  it('rejects what is not a report', () => {
    expectLantianError(() => aqiRecords({ aqi: 3 } as never), 'INVALID_TYPE', ['report']);
    expectLantianError(() => aqiRecords(dailyAqi({ pm25_24h: 40 }), { time: 3 as never }), 'INVALID_TYPE', ['options', 'time']);
  });
});

describe('hourlyAqiRecords', () => {
  const frame = (start: string, hours: number, pm25: number[]): CnemcFrameInput => ({ start, hours, stations: ['A', 'B'], values: { pm25: new Float64Array(pm25) } });

  it('follows the edition of each hour’s natural day: the hour labelled 2026-03-01 00:00 closes 28 February', () => {
    const r = hourlyAqiRecords(frame('2026-03-01 00:00', 2, [36, 36, NaN, 80]));
    expect(r.map((x) => [x.station, x.time, x.edition, x.aqi, x.level])).toEqual([
      // HJ 633-2012, the platform's practice: PM2.5 1h on the 24h breakpoints: 36 → 52.
      ['A', '2026-03-01 00:00', 'HJ633-2012', 52, 2],
      // HJ 633-2026: PM2.5 1h on the daily breakpoints (60 → 100): 36 → 52, ≤ 100 with pollutants missing: withheld
      // (§5.3.1); 80 → 100 + 20/55 × 50 = 118.2 → 119, published though others are missing.
      ['A', '2026-03-01 01:00', 'HJ633-2026', null, null],
      ['B', '2026-03-01 01:00', 'HJ633-2026', 119, 3],
    ]);
    expect(r[0]).toMatchObject({ primaryPollutants: ['pm25'], pm25: 36, so2: null, co: null });
    // Labelled by the hour's start, 2026-03-01 00:00 opens 1 March: HJ 633-2026 from the first hour.
    const start = hourlyAqiRecords({ ...frame('2026-03-01 00:00', 2, [80, 36, NaN, 80]), label: 'start' });
    expect(start.map((x) => [x.station, x.time, x.edition, x.aqi])).toEqual([
      ['A', '2026-03-01 00:00', 'HJ633-2026', 119],
      ['A', '2026-03-01 01:00', 'HJ633-2026', null],
      ['B', '2026-03-01 01:00', 'HJ633-2026', 119],
    ]);
  });

  it('takes one edition for every hour when given, and leaves out station-hours without data', () => {
    const r = hourlyAqiRecords(frame('2025-01-01 01:00', 1, [NaN, 76]), { edition: 'HJ633-2012' });
    // 76 → 100 + 1/40 × 50 = 101.25 → 102: level 3.
    expect(r).toEqual([
      { station: 'B', time: '2025-01-01 01:00', aqi: 102, level: 3, primaryPollutants: ['pm25'], edition: 'HJ633-2012', so2: null, no2: null, co: null, o3: null, pm10: null, pm25: 76 },
    ]);
    expect(hourlyAqiRecords({ start: '2025-01-01 01:00', hours: 0, stations: [], values: {} })).toEqual([]);
  });

  it('rejects what is not a frame input, and unknown editions', () => {
    expectLantianError(() => hourlyAqiRecords({ hours: 1 } as never), 'INVALID_TYPE', ['input']);
    expectLantianError(() => hourlyAqiRecords(frame('2025-01-01 01:00', 1, [1, 2]), { edition: 'HJ633-2020' as never }), 'UNKNOWN_EDITION', ['options', 'edition']);
  });
});

describe('toCsv and toJsonLines', () => {
  it('quotes as RFC 4180 requires: separators, quotes and line breaks in a field', () => {
    const csv = toCsv([
      { a: 'x,y', b: 'say "hi"', c: 'two\nlines', d: null },
      { a: 1.5, b: Number.NaN, c: true, d: ['so2', 'pm25'] },
    ]);
    expect(csv).toBe('a,b,c,d\r\n"x,y","say ""hi""","two\nlines",\r\n1.5,,true,so2 pm25\r\n');
  });

  it('writes the columns asked for, in their order', () => {
    expect(toCsv([{ a: 1, b: 2 }], ['b', 'z'])).toBe('b,z\r\n2,\r\n');
    expect(toCsv([])).toBe('\r\n');
  });

  it('writes JSON Lines, NaN as null', () => {
    expect(toJsonLines([{ a: Number.NaN, b: [1] }, { a: 'x' }])).toBe('{"a":null,"b":[1]}\n{"a":"x"}\n');
    expect(toJsonLines([])).toBe('');
  });

  it('rejects what is not records', () => {
    expectLantianError(() => toCsv('a' as never), 'INVALID_TYPE', ['records']);
    expectLantianError(() => toCsv([1] as never), 'INVALID_TYPE', ['records']);
    expectLantianError(() => toCsv([{ a: 1 }], 'a' as never), 'INVALID_TYPE', ['columns']);
    expectLantianError(() => toJsonLines(null as never), 'INVALID_TYPE', ['records']);
  });
});

describe('records: laws', () => {
  it('CSV text parses back to the cells written (papaparse on RFC 4180), whatever the strings hold', async () => {
    const fc = (await import('fast-check')).default;
    const Papa = (await import('papaparse')).default;
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.string(), b: fc.oneof(fc.integer(), fc.constant(null)) }), { minLength: 1, maxLength: 8 }), (rows) => {
        const parsed = Papa.parse<string[]>(toCsv(rows), { skipEmptyLines: false }).data;
        // The header, the rows, and the empty field after the last line break.
        expect(parsed.slice(0, rows.length + 1)).toEqual([['a', 'b'], ...rows.map((r) => [r.a, r.b === null ? '' : String(r.b)])]);
      }),
    );
  });

  it('does not touch its inputs', () => {
    const input = Object.freeze({ start: '2025-01-01 01:00', hours: 1, stations: Object.freeze(['A']), values: Object.freeze({ pm25: new Float64Array([40]) }) });
    expect(hourlyAqiRecords(input, { edition: 'HJ633-2012' })[0]?.aqi).toBe(57);
    expect(Array.from(input.values.pm25)).toEqual([40]);
    const frozen = Object.freeze(yearRecords(year, { station: 'Z' }).map((r) => Object.freeze(r)));
    expect(toCsv(frozen).split('\r\n')[1]).toBe('Z,2025,so2,annualMean,10,60,true,true');
  });
});

describe('guidelineRecords', () => {
  it('writes each WHO item against the AQG, in the table\'s order', async () => {
    const { assessGuidelines } = await import('../../src/index.js');
    const input = { daily: { pm25_24h: days(24), no2_24h: days(22) } };
    const who = guidelineRecords(assessGuidelines(input, { year: 2025, edition: 'WHO-2021', pollutants: ['pm25', 'no2'] }), { station: 'S' });
    // WHO 2021 AQG: PM2.5 annual 5, 24-hour 15 (99th percentile); NO2 annual 10, 24-hour 25.
    expect(who.map((r) => [r.pollutant, r.statistic, r.value, r.limit, r.valid, r.attains])).toEqual([
      ['pm25', 'annual annualMean', 24, 5, true, false],
      ['pm25', 'daily p99', 24, 15, true, false],
      ['no2', 'annual annualMean', 22, 10, true, false],
      ['no2', 'daily p99', 22, 25, true, true],
      ['all', 'attainment', null, null, null, false],
    ]);
    expectLantianError(() => guidelineRecords({} as never, { station: 'S' }), 'INVALID_TYPE', ['assessment']);
  });
});

describe('stationsRecords: every station of an engine result', () => {
  it('gives each station’s yearRecords, in the result’s order, with its days on request', () => {
    // Two stations of constant PM2.5, 30 and 50 µg/m³: annual means 30 (≤ 35) and 50 (> 35); daily AQI 43 and 69
    // (HJ 633-2012: 50·30/35 = 42.9 → 43; 50 + 50·15/40 = 68.75 → 69).
    const hours = 365 * 24;
    const pm25 = new Float64Array(2 * hours).fill(30, 0, hours).fill(50, hours);
    const r = assessStations(stationFrame({ start: '2025-01-01 01:00', hours, stations: ['A', 'B'], values: { pm25 } }), { year: 2025 });
    const records = stationsRecords(r, { daily: true });
    expect(records.filter((x) => x.statistic === 'annualMean' && x.pollutant === 'pm25')).toEqual([
      { station: 'A', time: '2025', pollutant: 'pm25', statistic: 'annualMean', value: 30, limit: 35, valid: true, attains: true },
      { station: 'B', time: '2025', pollutant: 'pm25', statistic: 'annualMean', value: 50, limit: 35, valid: true, attains: false },
    ]);
    const days = records.filter((x) => x.statistic === 'aqi');
    expect(days).toHaveLength(2 * 365);
    expect(days.find((x) => x.station === 'B' && x.time === '2025-07-01')?.value).toBe(69);
    expect(days.find((x) => x.station === 'A' && x.time === '2025-07-01')?.value).toBe(43);
    expect(() => stationsRecords({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['result'] }));
    expect(() => stationsRecords(r, { every: true } as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPTION' }));
  });
});
