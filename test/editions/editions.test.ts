import { describe, expect, it } from 'vitest';
import {
  EDITIONS,
  LATEST_AQI_EDITION,
  aqiEditionOn,
  assessmentEditionOn,
  iaqi,
  standardEditionOn,
} from '../../src/index.js';

describe('edition selection (STANDARDS.md §0: new editions in force from 2026-03-01)', () => {
  it('switches the AQI edition on 2026-03-01, Beijing time', () => {
    expect(aqiEditionOn('2019-06-01')).toBe('HJ633-2012');
    expect(aqiEditionOn('2026-02-28')).toBe('HJ633-2012');
    expect(aqiEditionOn('2026-03-01')).toBe('HJ633-2026');
    expect(aqiEditionOn('2030-01-01')).toBe('HJ633-2026');
  });

  it('reads instants in Beijing time', () => {
    // 2026-02-28T16:00Z is 2026-03-01 00:00 in Beijing.
    expect(aqiEditionOn('2026-02-28T16:00:00Z')).toBe('HJ633-2026');
    expect(aqiEditionOn('2026-02-28T15:59:59Z')).toBe('HJ633-2012');
    expect(aqiEditionOn(new Date(Date.UTC(2026, 1, 28, 16)))).toBe('HJ633-2026');
    expect(aqiEditionOn(Date.UTC(2026, 1, 28, 15, 59))).toBe('HJ633-2012');
    // Without an offset a date-time is Beijing wall-clock time.
    expect(aqiEditionOn('2026-02-28T23:59')).toBe('HJ633-2012');
    expect(aqiEditionOn('2026-03-01T00:00')).toBe('HJ633-2026');
    expect(aqiEditionOn('2026-03-01T00:30+09:00')).toBe('HJ633-2012');
  });

  it('applies the 2012 editions to every earlier date', () => {
    expect(aqiEditionOn('2013-01-01')).toBe('HJ633-2012');
    expect(standardEditionOn('2014-12-31')).toBe('GB3095-2012');
  });

  it('switches limits and assessment on the same day', () => {
    expect(standardEditionOn('2026-02-28')).toBe('GB3095-2012');
    expect(standardEditionOn('2026-03-01')).toBe('GB3095-2026');
    expect(assessmentEditionOn('2026-02-28')).toBe('HJ663-2013');
    expect(assessmentEditionOn('2026-03-01')).toBe('HJ663-2026');
  });

  it('defaults to the newest edition, a constant', () => {
    expect(LATEST_AQI_EDITION).toBe('HJ633-2026');
    // PM2.5 75 µg/m³: IAQI 100 under 2012, 114 under 2026 — the default is 2026 whatever the clock says.
    expect(iaqi('pm25_24h', 75)).toBe(114);
    expect(EDITIONS.aqi.map((e) => e.inForceFrom)).toEqual(['2016-01-01', '2026-03-01']);
  });

  it('selects by date in the functions, and checks edition against date', () => {
    expect(iaqi('pm25_24h', 75, { date: '2026-02-28' })).toBe(100);
    expect(iaqi('pm25_24h', 75, { date: '2026-03-01' })).toBe(114);
    expect(iaqi('pm25_24h', 75, { date: '2026-03-01', edition: 'HJ633-2026' })).toBe(114);
    expect(() => iaqi('pm25_24h', 75, { date: '2026-03-01', edition: 'HJ633-2012' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'edition'] }),
    );
  });

  it('rejects unreadable dates and unknown editions', () => {
    expect(() => aqiEditionOn('2026-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: ['date'] }));
    expect(() => aqiEditionOn('1 March 2026')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => aqiEditionOn('2026-03-01T25:00')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => aqiEditionOn(Number.NaN)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => aqiEditionOn(new Date(Number.NaN))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => aqiEditionOn({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    expect(() => iaqi('pm25_24h', 1, { edition: 'HJ633-2020' as never })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_EDITION', path: ['options', 'edition'] }),
    );
  });
});
