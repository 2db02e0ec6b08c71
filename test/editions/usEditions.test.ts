import { describe, expect, it } from 'vitest';
import {
  ALL_AQI_EDITIONS,
  AQI_EDITIONS,
  EDITIONS,
  LATEST_US_AQI_EDITION,
  US_AQI_EDITIONS,
  aqiCategory,
  aqiEditionOn,
  dailyAqi,
  iaqi,
} from '../../src/index.js';

describe('US AQI editions (EPA-2024 in force from 2024-05-06, 89 FR 16202; EPA-2012 from 2013-03-18, 78 FR 3086)', () => {
  it('lists the editions and their dates; the Chinese list is unchanged', () => {
    expect(US_AQI_EDITIONS).toEqual(['EPA-2012', 'EPA-2024']);
    expect(AQI_EDITIONS).toEqual(['HJ633-2012', 'HJ633-2026']);
    expect(ALL_AQI_EDITIONS).toEqual(['HJ633-2012', 'HJ633-2026', 'EPA-2012', 'EPA-2024']);
    expect(EDITIONS.usAqi.map((e) => [e.id, e.inForceFrom])).toEqual([
      ['EPA-2012', '2013-03-18'],
      ['EPA-2024', '2024-05-06'],
    ]);
    expect(LATEST_US_AQI_EDITION).toBe('EPA-2024');
  });

  it('switches on 2024-05-06 with scheme US', () => {
    expect(aqiEditionOn('2024-05-05', { scheme: 'US' })).toBe('EPA-2012');
    expect(aqiEditionOn('2024-05-06', { scheme: 'US' })).toBe('EPA-2024');
    expect(aqiEditionOn('2010-01-01', { scheme: 'US' })).toBe('EPA-2012');
    expect(aqiEditionOn('2030-01-01', { scheme: 'US' })).toBe('EPA-2024');
    expect(aqiEditionOn('2024-05-06', { scheme: 'CN' })).toBe('HJ633-2012');
  });

  it('reads US dates on their own wall clock and instants in UTC', () => {
    expect(aqiEditionOn('2024-05-05T23:59', { scheme: 'US' })).toBe('EPA-2012');
    expect(aqiEditionOn('2024-05-06T00:30-04:00', { scheme: 'US' })).toBe('EPA-2024');
    expect(aqiEditionOn('2024-05-05T23:30-07:00', { scheme: 'US' })).toBe('EPA-2012');
    expect(aqiEditionOn(new Date(Date.UTC(2024, 4, 6, 0, 0)), { scheme: 'US' })).toBe('EPA-2024');
    expect(aqiEditionOn(Date.UTC(2024, 4, 5, 23, 59), { scheme: 'US' })).toBe('EPA-2012');
  });

  it('a date alone keeps selecting the Chinese edition', () => {
    expect(aqiEditionOn('2025-01-01')).toBe('HJ633-2012');
    // PM2.5 75 µg/m³ on 2025-01-01: HJ 633-2012 → 100; the US scheme (EPA-2024) → 151 + 49/69.9·19.5 = 164.67 → 165.
    expect(iaqi('pm25_24h', 75, { date: '2025-01-01' })).toBe(100);
    expect(iaqi('pm25_24h', 75, { date: '2025-01-01', scheme: 'US' })).toBe(165);
    expect(dailyAqi({ pm25_24h: 75 }, { date: '2025-01-01' }).edition).toBe('HJ633-2012');
  });

  it('applies the table in force on the day: PM2.5 12.0 µg/m³ is 50 on 2024-05-05 and 56 on 2024-05-06', () => {
    expect(iaqi('pm25_24h', 12.0, { scheme: 'US', date: '2024-05-05' })).toBe(50);
    expect(iaqi('pm25_24h', 12.0, { scheme: 'US', date: '2024-05-06' })).toBe(56);
    expect(dailyAqi({ pm25_24h: 12.0 }, { scheme: 'US', date: '2024-05-05' }).edition).toBe('EPA-2012');
    expect(dailyAqi({ pm25_24h: 12.0 }, { scheme: 'US' }).aqi).toBe(56);
  });

  it('implies the scheme from the edition and checks edition, scheme and date against each other', () => {
    expect(iaqi('pm25_24h', 12.0, { edition: 'EPA-2024', date: '2024-05-06' })).toBe(56);
    expect(() => iaqi('pm25_24h', 12.0, { edition: 'EPA-2024', date: '2024-05-05' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'edition'] }),
    );
    expect(() => iaqi('pm25_24h', 12.0, { edition: 'EPA-2024', scheme: 'CN' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'edition'] }),
    );
    expect(() => iaqi('pm25_24h', 12.0, { edition: 'HJ633-2026', scheme: 'US' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'edition'] }),
    );
    expect(() => iaqi('pm25_24h', 12.0, { scheme: 'EU' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'scheme'] }),
    );
    expect(() => aqiEditionOn('2024-05-06', { scheme: 'us' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['options', 'scheme'] }),
    );
    expect(() => aqiEditionOn('2024-05-06', { sheme: 'US' } as never)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_OPTION', path: ['options', 'sheme'] }),
    );
    expect(() => aqiEditionOn('2024-05-32', { scheme: 'US' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: ['date'] }));
    expect(() => aqiEditionOn({} as never, { scheme: 'US' })).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['date'] }));
    expect(() => aqiCategory(10, { edition: 'EPA-2030' as never })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_EDITION', path: ['options', 'edition'] }),
    );
  });
});
