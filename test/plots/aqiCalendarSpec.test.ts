import { describe, expect, it } from 'vitest';
import { aqiCalendarSpec, assessYear, NO_DATA_COLOR, NO_DATA_LABEL, VEGA_LITE_SCHEMA } from '../../src/index.js';
import { codeOf } from '../_helpers/errors.js';

const day = (date: string, aqi: number | null, level: number | null, primaryPollutants: string[] = []) => ({ date, aqi, level, primaryPollutants });

describe('aqiCalendarSpec', () => {
  it('colours the six categories as HJ 633 Appendix A Table A.1 (RGB) and names them as Table 1/Table 2', () => {
    const spec = aqiCalendarSpec({ year: 2019, daily: [] });
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    const color = (spec.spec.layer[0]?.encoding as { color: { scale: { domain: string[]; range: string[] } } }).color;
    // Appendix A: 0,228,0 / 255,255,0 / 255,126,0 / 255,0,0 / 153,0,76 / 126,0,35, written in hex.
    expect(color.scale.range).toEqual(['#00E400', '#FFFF00', '#FF7E00', '#FF0000', '#99004C', '#7E0023', NO_DATA_COLOR]);
    expect(color.scale.domain).toEqual([
      '优 Excellent',
      '良 Good',
      '轻度污染 Lightly polluted',
      '中度污染 Moderately polluted',
      '重度污染 Heavily polluted',
      '严重污染 Severely polluted',
      NO_DATA_LABEL,
    ]);
  });

  it('lays each month out as weeks × weekdays, Monday first (calendar dates checked against a printed calendar)', () => {
    const { values } = aqiCalendarSpec({ year: 2019, daily: [] }).data;
    expect(values).toHaveLength(365);
    // 2019-01-01 was a Tuesday: first row, second column.
    expect(values[0]).toMatchObject({ date: '2019-01-01', month: 1, weekday: 1, week: 0, day: 1 });
    // 2019-01-06 a Sunday (last column of the first week), 2019-01-07 a Monday (second week).
    expect(values[5]).toMatchObject({ date: '2019-01-06', weekday: 6, week: 0 });
    expect(values[6]).toMatchObject({ date: '2019-01-07', weekday: 0, week: 1 });
    // 2019-09-30 a Monday in the sixth row of September (1 September 2019 was a Sunday).
    expect(values[272]).toMatchObject({ date: '2019-09-30', month: 9, weekday: 0, week: 5, day: 30 });
    // 1 December 2019 was a Sunday, alone in the first row: the 31st, a Tuesday, is in the sixth.
    expect(values[364]).toMatchObject({ date: '2019-12-31', weekday: 1, week: 5 });
    // a leap year has 366 days; 2024-02-29 was a Thursday.
    const leap = aqiCalendarSpec({ year: 2024, daily: [] }).data.values;
    expect(leap).toHaveLength(366);
    expect(leap[59]).toMatchObject({ date: '2024-02-29', weekday: 3, week: 4 });
  });

  it('shows days without an AQI, and days the report leaves out, as missing', () => {
    const spec = aqiCalendarSpec({ year: 2019, daily: [day('2019-03-01', null, null), day('2019-03-02', 301, 6, ['pm25', 'pm10'])] });
    const [missing, severe] = [spec.data.values[59], spec.data.values[60]];
    expect(missing).toMatchObject({ date: '2019-03-01', aqi: null, level: null, category: NO_DATA_LABEL, primary: '' });
    expect(severe).toMatchObject({ aqi: 301, level: 6, category: '严重污染 Severely polluted', primary: 'PM₂.₅, PM₁₀' });
    expect(spec.data.values[0]?.category).toBe(NO_DATA_LABEL);
    expect(spec.title.subtitle).toBe('1 of 365 days with an AQI · 有AQI的天数 1/365');
  });

  it("draws assessYear's result as is", () => {
    const days = (v: number) => ({ start: '2025-01-01', values: Array(365).fill(v) });
    const r = assessYear(
      { daily: { so2_24h: days(10), no2_24h: days(30), co_24h: days(0.8), o3_8h: days(120), pm10_24h: days(60), pm25_24h: days(40) } },
      { year: 2025 },
    );
    const spec = aqiCalendarSpec(r, { title: 'X', cellSize: 20 });
    expect(spec.title.text).toBe('X');
    expect(spec.spec.width).toBe(140);
    // PM2.5 40 µg/m³ → IAQI 57 under HJ 633-2012 (35…75 ↦ 50…100): 良.
    expect(new Set(spec.data.values.map((v) => v.category))).toEqual(new Set(['良 Good']));
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('does not mutate a frozen report', () => {
    const report = Object.freeze({ year: 2020, daily: Object.freeze([Object.freeze(day('2020-05-01', 80, 2))]) });
    expect(aqiCalendarSpec(report).data.values[121]).toMatchObject({ date: '2020-05-01', aqi: 80, category: '良 Good' });
  });

  it('rejects bad input with a code and a path', () => {
    expect(codeOf(() => aqiCalendarSpec(null as never))).toEqual(['INVALID_TYPE', ['report']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019.5, daily: [] }))).toEqual(['NOT_AN_INTEGER', ['report', 'year']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: {} as never }))).toEqual(['INVALID_TYPE', ['report', 'daily']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [day('2019-02-29', 1, 1)] }))).toEqual(['INVALID_DATE', ['report', 'daily', 0, 'date']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [day('2019-2-1', 1, 1)] }))).toEqual(['INVALID_DATE', ['report', 'daily', 0, 'date']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [{ ...day('x', 1, 1), date: 5 as never }] }))).toEqual(['INVALID_TYPE', ['report', 'daily', 0, 'date']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [day('2020-01-01', 1, 1)] }))).toEqual(['INVALID_INPUT', ['report', 'daily', 0, 'date']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [day('2019-01-01', 1, 1), day('2019-01-01', 2, 1)] }))).toEqual(['INVALID_INPUT', ['report', 'daily', 1, 'date']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [day('2019-01-01', -1, 1)] }))).toEqual(['OUT_OF_RANGE', ['report', 'daily', 0, 'aqi']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [day('2019-01-01', 10, 7)] }))).toEqual(['OUT_OF_RANGE', ['report', 'daily', 0, 'level']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [day('2019-01-01', 10, 1, ['pm1'])] }))).toEqual(['UNKNOWN_POLLUTANT', ['report', 'daily', 0, 'primaryPollutants', 0]]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [] }, { cellSize: 100 }))).toEqual(['OUT_OF_RANGE', ['options', 'cellSize']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [] }, { title: ' ' }))).toEqual(['INVALID_OPTION', ['options', 'title']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [] }, { title: 3 as never }))).toEqual(['INVALID_TYPE', ['options', 'title']]);
    expect(codeOf(() => aqiCalendarSpec({ year: 2019, daily: [] }, { colour: 1 } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'colour']]);
  });

  it('reads a missing primaryPollutants as none', () => {
    const spec = aqiCalendarSpec({ year: 2019, daily: [{ date: '2019-01-01', aqi: 40, level: 1 }] });
    expect(spec.data.values[0]?.primary).toBe('');
  });
});
