import { describe, expect, it } from 'vitest';
import {
  type AqiEdition,
  type Indicator,
  aqiCategory,
  convertConcentration,
  fromStandardState,
  iaqi,
  iaqiDetail,
  roundConcentration,
  toStandardState,
} from '../../src/index.js';

/**
 * The breakpoint table transcribed for the tests from STANDARDS.md §1.1 (itself read off HJ 633-2012 Table 1
 * and HJ 633-2026 Table 3), independently of src/: rows are IAQI 0, 50, 100, 150, 200, 300, 400, 500.
 */
const IAQI_ROWS = [0, 50, 100, 150, 200, 300, 400, 500];
const PRINTED: Record<AqiEdition, Record<string, Array<number | null>>> = {
  'HJ633-2012': {
    so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    so2_1h: [0, 150, 500, 650, 800, null, null, null],
    no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
    co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    o3_8h: [0, 100, 160, 215, 265, 800, null, null],
    pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
  },
  'HJ633-2026': {
    so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    so2_1h: [0, 150, 500, 650, 800, null, null, null],
    no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    pm10_24h: [0, 50, 120, 250, 350, 420, 500, 600],
    co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    o3_8h: [0, 100, 160, 215, 265, 800, null, null],
    pm25_24h: [0, 35, 60, 115, 150, 250, 350, 500],
  },
};

describe('iaqi: every breakpoint of both editions gives its IAQI (HJ 633-2012 Table 1, HJ 633-2026 Table 3)', () => {
  for (const edition of ['HJ633-2012', 'HJ633-2026'] as const) {
    for (const [indicator, column] of Object.entries(PRINTED[edition])) {
      it(`${edition} ${indicator}`, () => {
        column.forEach((c, k) => {
          if (c !== null) expect(iaqi(indicator as Indicator, c, { edition }), `C = ${c}`).toBe(IAQI_ROWS[k]);
        });
      });
    }
  }

  it('1h PM indicators use the daily columns (HJ 633-2026 §4.2.4; platform practice under 2012)', () => {
    for (const edition of ['HJ633-2012', 'HJ633-2026'] as const) {
      PRINTED[edition]['pm25_24h']!.forEach((c, k) => expect(iaqi('pm25_1h', c!, { edition })).toBe(IAQI_ROWS[k]));
      PRINTED[edition]['pm10_24h']!.forEach((c, k) => expect(iaqi('pm10_1h', c!, { edition })).toBe(IAQI_ROWS[k]));
    }
  });
});

describe('iaqi: interior values, worked by hand from formula (1) and rounded up', () => {
  const cases: Array<[AqiEdition, Indicator, number, number, string]> = [
    // CO 24h 2.2: 50 + (100−50)/(4−2)·(2.2−2) = 55 exactly. Naive floating point gives 55.00000000000001 → 56.
    ['HJ633-2026', 'co_24h', 2.2, 55, '50 + 25·0.2 = 55'],
    ['HJ633-2012', 'co_24h', 2.2, 55, '50 + 25·0.2 = 55'],
    // CO 1h 6.9: 50 + 50/5·1.9 = 69 exactly (real published hour 1004A 2025-01-22 14:00: AQI 69).
    ['HJ633-2012', 'co_1h', 6.9, 69, '50 + 10·1.9 = 69'],
    // PM2.5 24h 80: 2012: 100 + 50/40·5 = 106.25 → 107; 2026: 100 + 50/55·20 = 118.18 → 119.
    ['HJ633-2012', 'pm25_24h', 80, 107, '106.25'],
    ['HJ633-2026', 'pm25_24h', 80, 119, '118.18'],
    // PM10 24h 130: 2012: 50 + 50/100·80 = 90; 2026: 100 + 50/130·10 = 103.85 → 104.
    ['HJ633-2012', 'pm10_24h', 130, 90, '90'],
    ['HJ633-2026', 'pm10_24h', 130, 104, '103.85'],
    // SO2 24h 476: 150 + 50/325·1 = 150.15 → 151.
    ['HJ633-2026', 'so2_24h', 476, 151, '150.15'],
    // NO2 1h 268: 100 + 50/500·68 = 106.8 → 107 (real published hour 1075A 2025-01-27 03:00: AQI 107).
    ['HJ633-2012', 'no2_1h', 268, 107, '106.8'],
    // O3 1h 166: 50 + 50/40·6 = 57.5 → 58.
    ['HJ633-2012', 'o3_1h', 166, 58, '57.5'],
    // O3 8h 700 (between 265 and 800): 200 + 100/535·435 = 281.31 → 282.
    ['HJ633-2026', 'o3_8h', 700, 282, '281.31'],
    // CO 24h 0.1: 0 + 50/2·0.1 = 2.5 → 3.
    ['HJ633-2026', 'co_24h', 0.1, 3, '2.5'],
    // PM2.5 1 µg/m³: 50/35 = 1.43 → 2.
    ['HJ633-2026', 'pm25_1h', 1, 2, '1.43'],
    // NO2 24h 941 (above 940): 500, beyond the scale.
    ['HJ633-2012', 'no2_24h', 941, 500, 'capped'],
  ];
  for (const [edition, indicator, c, expected, why] of cases) {
    it(`${edition} ${indicator} ${c} → ${expected} (${why})`, () => {
      expect(iaqi(indicator, c, { edition })).toBe(expected);
    });
  }
});

describe('iaqi: concentration rounding before the lookup (GB/T 8170, HJ 633-2026 §4.2.2)', () => {
  it('rounds ties to even: 34.5 → 34 and 35.5 → 36 under 2026', () => {
    // 34 → 50·34/35 = 48.57 → 49; 35 → 50; 36 → 50 + 50/25·1 = 52.
    expect(iaqi('pm25_24h', 34.5, { edition: 'HJ633-2026' })).toBe(49);
    expect(iaqi('pm25_24h', 35.5, { edition: 'HJ633-2026' })).toBe(52);
    expect(iaqi('pm25_24h', 35.4, { edition: 'HJ633-2026' })).toBe(50);
  });

  it('rounds CO to one decimal', () => {
    // 2.25 → 2.2 (tie, 2 is even) → 55; 2.35 → 2.4 → 60.
    expect(iaqi('co_24h', 2.25)).toBe(55);
    expect(iaqi('co_24h', 2.35)).toBe(60);
  });

  it('can use the raw value, still exactly', () => {
    // 34.5 raw: 50/35·34.5 = 49.29 → 50; 35.5 raw under 2026: 50 + 2·0.5 = 51.
    expect(iaqi('pm25_24h', 34.5, { roundConcentrations: false })).toBe(50);
    expect(iaqi('pm25_24h', 35.5, { roundConcentrations: false })).toBe(51);
    // 2.2 raw is still exactly 55 (decimal arithmetic), and 2.2000001 is 56.
    expect(iaqi('co_24h', 2.2, { roundConcentrations: false })).toBe(55);
    expect(iaqi('co_24h', 2.2000001, { roundConcentrations: false })).toBe(56);
    // A long decimal: 75.000000001 under 2012 → just above 100 → 101.
    expect(iaqi('pm25_24h', 75.000000001, { edition: 'HJ633-2012', roundConcentrations: false })).toBe(101);
  });
});

describe('iaqi: rules above the table', () => {
  it('SO2 1h above 800 gives 200 (HJ 633-2026 note b; the platform under 2012)', () => {
    expect(iaqi('so2_1h', 800, { edition: 'HJ633-2026' })).toBe(200);
    expect(iaqi('so2_1h', 801, { edition: 'HJ633-2026' })).toBe(200);
    expect(iaqi('so2_1h', 5000, { edition: 'HJ633-2026' })).toBe(200);
    expect(iaqi('so2_1h', 883, { edition: 'HJ633-2012' })).toBe(200);
    expect(iaqiDetail('so2_1h', 883, { edition: 'HJ633-2012' }).status).toBe('fixedAbove');
  });

  it('SO2 1h above 800 has no IAQI under the 2012 text (Table 1 note 2)', () => {
    expect(iaqi('so2_1h', 800, { edition: 'HJ633-2012', method: 'text' })).toBe(200);
    expect(iaqi('so2_1h', 801, { edition: 'HJ633-2012', method: 'text' })).toBeNull();
    expect(iaqiDetail('so2_1h', 801, { edition: 'HJ633-2012', method: 'text' })).toMatchObject({
      status: 'noIndexAbove',
      fallback: 'so2_24h',
    });
  });

  it('O3 8h above 800: 300 under 2026 (note c), none under 2012 (note 3, O3 from the 1h value)', () => {
    expect(iaqi('o3_8h', 800, { edition: 'HJ633-2026' })).toBe(300);
    expect(iaqi('o3_8h', 801, { edition: 'HJ633-2026' })).toBe(300);
    expect(iaqi('o3_8h', 800, { edition: 'HJ633-2012' })).toBe(300);
    expect(iaqi('o3_8h', 801, { edition: 'HJ633-2012' })).toBeNull();
    expect(iaqiDetail('o3_8h', 801, { edition: 'HJ633-2012' })).toMatchObject({ status: 'noIndexAbove', fallback: 'o3_1h' });
  });

  it('above the IAQI-500 breakpoint: 500, flagged beyondScale', () => {
    expect(iaqiDetail('pm25_24h', 500)).toMatchObject({ iaqi: 500, status: 'ok' });
    expect(iaqiDetail('pm25_24h', 501)).toMatchObject({ iaqi: 500, status: 'beyondScale' });
    expect(iaqiDetail('co_1h', 150.1)).toMatchObject({ iaqi: 500, status: 'beyondScale' });
    // 500.4 rounds to 500 first: on the table.
    expect(iaqiDetail('pm25_24h', 500.4)).toMatchObject({ iaqi: 500, status: 'ok', concentration: 500 });
  });

  it('reports the column and the rounded concentration', () => {
    expect(iaqiDetail('pm10_1h', 119.6, { edition: 'HJ633-2026' })).toEqual({
      edition: 'HJ633-2026',
      indicator: 'pm10_1h',
      column: 'pm10_24h',
      concentration: 120,
      iaqi: 100,
      status: 'ok',
      fallback: undefined,
    });
  });
});

describe('iaqi: bad input', () => {
  it('throws LantianError with code and path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => iaqi('pm25_24h', -1), 'NEGATIVE_VALUE', ['concentration']],
      [() => iaqi('pm25_24h', Infinity), 'NOT_FINITE', ['concentration']],
      [() => iaqi('pm25_24h', '35' as never), 'INVALID_TYPE', ['concentration']],
      [() => iaqi('pm25_24h', '35' as never), 'INVALID_TYPE', ['concentration']],
      [() => iaqi('pm25_24h', null, { edition: 'HJ633-2099' as never }), 'UNKNOWN_EDITION', ['options', 'edition']],
      [() => iaqi('pm1_24h' as never, 1), 'UNKNOWN_INDICATOR', ['indicator']],
      [() => iaqi('co_8h', 1), 'INDICATOR_NOT_IN_EDITION', ['indicator']],
      [() => iaqi('pm25_1h', 1, { edition: 'HJ633-2012', method: 'text' }), 'INDICATOR_NOT_IN_EDITION', ['indicator']],
      [() => iaqi('pm25_24h', 1, { method: 'official' as never }), 'INVALID_OPTION', ['options', 'method']],
      [() => iaqi('pm25_24h', 1, { roundConcentration: false } as never), 'UNKNOWN_OPTION', ['options', 'roundConcentration']],
      [() => iaqi('pm25_24h', 1, { roundConcentrations: 'no' as never }), 'INVALID_TYPE', ['options', 'roundConcentrations']],
      [() => iaqi('pm25_24h', 1, 'HJ633-2012' as never), 'INVALID_TYPE', ['options']],
    ];
    for (const [call, code, path] of cases) {
      expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
    }
  });
});

describe('a single missing value is missing data, not an error', () => {
  it('gives null for null, undefined and NaN, as the reports do', () => {
    for (const missing of [null, undefined, Number.NaN]) {
      expect(iaqi('pm25_24h', missing)).toBeNull();
      expect(iaqiDetail('co_24h', missing, { edition: 'HJ633-2012' })).toBeNull();
      expect(aqiCategory(missing)).toBeNull();
      expect(roundConcentration('pm25', missing)).toBeNull();
      expect(convertConcentration('so2', missing, 'ppb', 'ug/m3')).toBeNull();
      expect(toStandardState('no2', missing, { conditions: 'reference' })).toBeNull();
      expect(fromStandardState('no2', missing, { conditions: 'reference' })).toBeNull();
    }
  });

  it('still throws for a value of the wrong type, and for bad options', () => {
    expect(() => iaqi('pm25_24h', '35' as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE', path: ['concentration'] }));
    expect(() => roundConcentration('pm25', 'x' as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    expect(() => aqiCategory(null, { edition: 'nope' as never })).toThrow(expect.objectContaining({ code: 'UNKNOWN_EDITION' }));
    expect(() => convertConcentration('so2', null, 'ppx' as never, 'ppb')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['from'] }));
    expect(() => iaqi('pm99_24h' as never, null)).toThrow(expect.objectContaining({ code: 'UNKNOWN_INDICATOR' }));
  });
});
