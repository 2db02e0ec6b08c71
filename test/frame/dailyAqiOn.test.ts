import { describe, expect, it } from 'vitest';
import { assessStations, dailyAqiOn, stationFrame } from '../../src/index.js';

describe('dailyAqiOn: every station’s daily AQI on a day, by its date', () => {
  // 2026: station A PM2.5 70 µg/m³ every hour; station B missing all of 1 March.
  const hours = 365 * 24;
  const pm25 = new Float64Array(2 * hours).fill(70);
  pm25.fill(Number.NaN, hours + 59 * 24, hours + 60 * 24);
  const r = assessStations(stationFrame({ start: '2026-01-01 01:00', hours, stations: ['A', 'B'], values: { pm25 } }), { year: 2026 });

  it('takes each day in its own edition (HJ 633-2012 to 28 February, HJ 633-2026 from 1 March)', () => {
    // 70 under 2012: 50 + 50·(70 − 35)/40 = 93.75 → 94 (良); under 2026: 100 + 50·(70 − 60)/55 = 109.09 → 110 (轻度污染).
    expect(dailyAqiOn(r, '2026-02-28')).toEqual([
      { station: 'A', date: '2026-02-28', aqi: 94, level: 2, primaryPollutants: ['pm25'] },
      { station: 'B', date: '2026-02-28', aqi: 94, level: 2, primaryPollutants: ['pm25'] },
    ]);
    expect(dailyAqiOn(r, '2026-03-01')).toEqual([
      { station: 'A', date: '2026-03-01', aqi: 110, level: 3, primaryPollutants: ['pm25'] },
      { station: 'B', date: '2026-03-01', aqi: null, level: null, primaryPollutants: [] },
    ]);
    // The first and the last day of the year.
    expect(dailyAqiOn(r, '2026-01-01')[0]?.aqi).toBe(94);
    expect(dailyAqiOn(r, '2026-12-31')[1]?.aqi).toBe(110);
  });

  it('rejects what is not a result or not a day of its year', () => {
    const bad: Array<[unknown, unknown, string]> = [
      [{}, '2026-01-01', 'INVALID_TYPE'],
      [r, '2025-12-31', 'INVALID_DATE'],
      [r, '2026-02-29', 'INVALID_DATE'],
      [r, '2026-13-01', 'INVALID_DATE'],
      [r, '2026-1-1', 'INVALID_DATE'],
      [r, 20260101, 'INVALID_DATE'],
    ];
    for (const [result, date, code] of bad) {
      expect(() => dailyAqiOn(result as never, date as never), `${String(date)}`).toThrow(expect.objectContaining({ code }));
    }
  });
});
