import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EPA_2012_TABLE,
  EPA_2024_TABLE,
  type Indicator,
  US_AQI_SCHEMES,
  type UsAqiEdition,
  aqiCategory,
  dailyAqi,
  hourlyAqi,
  iaqi,
  iaqiDetail,
} from '../../src/index.js';

/**
 * The US breakpoint tables transcribed for the tests, independently of src/: EPA-2024 from STANDARDS.md §4.1
 * (40 CFR Part 58 Appendix G Table 2 as amended in 2024), EPA-2012 from the pre-2024 rows STANDARDS.md §4.1 lists
 * (and AirNow's "The AQI Equation (2015)"). Each row: index band, then the concentration range of each column
 * (`null`: blank in the table). Units: O3 and CO ppm, PM µg/m³, SO2 and NO2 ppb.
 */
type Row = [band: [number, number], ranges: Partial<Record<Indicator, [number, number] | null>>];
const TABLE_2024: Row[] = [
  [[0, 50], { o3_8h: [0, 0.054], o3_1h: null, pm25_24h: [0, 9.0], pm10_24h: [0, 54], co_8h: [0, 4.4], so2_1h: [0, 35], so2_24h: null, no2_1h: [0, 53] }],
  [[51, 100], { o3_8h: [0.055, 0.07], o3_1h: null, pm25_24h: [9.1, 35.4], pm10_24h: [55, 154], co_8h: [4.5, 9.4], so2_1h: [36, 75], so2_24h: null, no2_1h: [54, 100] }],
  [[101, 150], { o3_8h: [0.071, 0.085], o3_1h: [0.125, 0.164], pm25_24h: [35.5, 55.4], pm10_24h: [155, 254], co_8h: [9.5, 12.4], so2_1h: [76, 185], so2_24h: null, no2_1h: [101, 360] }],
  [[151, 200], { o3_8h: [0.086, 0.105], o3_1h: [0.165, 0.204], pm25_24h: [55.5, 125.4], pm10_24h: [255, 354], co_8h: [12.5, 15.4], so2_1h: [186, 304], so2_24h: null, no2_1h: [361, 649] }],
  [[201, 300], { o3_8h: [0.106, 0.2], o3_1h: [0.205, 0.404], pm25_24h: [125.5, 225.4], pm10_24h: [355, 424], co_8h: [15.5, 30.4], so2_1h: null, so2_24h: [305, 604], no2_1h: [650, 1249] }],
  [[301, 500], { o3_8h: null, o3_1h: [0.405, 0.604], pm25_24h: [225.5, 325.4], pm10_24h: [425, 604], co_8h: [30.5, 50.4], so2_1h: null, so2_24h: [605, 1004], no2_1h: [1250, 2049] }],
];
const TABLE_2012: Row[] = [
  [[0, 50], { o3_8h: [0, 0.054], o3_1h: null, pm25_24h: [0, 12.0], pm10_24h: [0, 54], co_8h: [0, 4.4], so2_1h: [0, 35], so2_24h: null, no2_1h: [0, 53] }],
  [[51, 100], { o3_8h: [0.055, 0.07], o3_1h: null, pm25_24h: [12.1, 35.4], pm10_24h: [55, 154], co_8h: [4.5, 9.4], so2_1h: [36, 75], so2_24h: null, no2_1h: [54, 100] }],
  [[101, 150], { o3_8h: [0.071, 0.085], o3_1h: [0.125, 0.164], pm25_24h: [35.5, 55.4], pm10_24h: [155, 254], co_8h: [9.5, 12.4], so2_1h: [76, 185], so2_24h: null, no2_1h: [101, 360] }],
  [[151, 200], { o3_8h: [0.086, 0.105], o3_1h: [0.165, 0.204], pm25_24h: [55.5, 150.4], pm10_24h: [255, 354], co_8h: [12.5, 15.4], so2_1h: [186, 304], so2_24h: null, no2_1h: [361, 649] }],
  [[201, 300], { o3_8h: [0.106, 0.2], o3_1h: [0.205, 0.404], pm25_24h: [150.5, 250.4], pm10_24h: [355, 424], co_8h: [15.5, 30.4], so2_1h: null, so2_24h: [305, 604], no2_1h: [650, 1249] }],
  [[301, 400], { o3_8h: null, o3_1h: [0.405, 0.504], pm25_24h: [250.5, 350.4], pm10_24h: [425, 504], co_8h: [30.5, 40.4], so2_1h: null, so2_24h: [605, 804], no2_1h: [1250, 1649] }],
  [[401, 500], { o3_8h: null, o3_1h: [0.505, 0.604], pm25_24h: [350.5, 500.4], pm10_24h: [505, 604], co_8h: [40.5, 50.4], so2_1h: null, so2_24h: [805, 1004], no2_1h: [1650, 2049] }],
];
const TABLES: Record<UsAqiEdition, Row[]> = { 'EPA-2012': TABLE_2012, 'EPA-2024': TABLE_2024 };
const INDICATORS = ['o3_8h', 'o3_1h', 'pm25_24h', 'pm10_24h', 'co_8h', 'so2_1h', 'so2_24h', 'no2_1h'] as const;
/** The precision of each column: its truncation step (O3 0.001 ppm, PM2.5 and CO 0.1, the rest 1). */
const STEP: Record<(typeof INDICATORS)[number], number> = {
  o3_8h: 0.001,
  o3_1h: 0.001,
  pm25_24h: 0.1,
  pm10_24h: 1,
  co_8h: 0.1,
  so2_1h: 1,
  so2_24h: 1,
  no2_1h: 1,
};
const EDITIONS = ['EPA-2012', 'EPA-2024'] as const;

describe('EPA AQI: both ends of every segment of both tables give the band limits', () => {
  for (const edition of EDITIONS) {
    for (const indicator of INDICATORS) {
      it(`${edition} ${indicator}`, () => {
        for (const [[iLo, iHi], ranges] of TABLES[edition]) {
          const range = ranges[indicator];
          if (range === null || range === undefined) continue;
          expect(iaqi(indicator, range[0], { edition }), `${indicator} ${range[0]}`).toBe(iLo);
          expect(iaqi(indicator, range[1], { edition }), `${indicator} ${range[1]}`).toBe(iHi);
        }
      });
    }
  }

  it('the printed tables in src agree with the transcription (rows, gaps of one step, blanks)', () => {
    for (const [edition, table] of [['EPA-2012', EPA_2012_TABLE], ['EPA-2024', EPA_2024_TABLE]] as const) {
      expect(table.index).toEqual(TABLES[edition].map(([band]) => band));
      for (const indicator of INDICATORS) {
        expect(table.columns[indicator], `${edition} ${indicator}`).toEqual(TABLES[edition].map(([, r]) => r[indicator]));
        const segments = US_AQI_SCHEMES[edition].columns[indicator]!.segments;
        for (let k = 1; k < segments.length; k++) {
          // Each row starts one step of the column's precision above the previous row's top: 9.0 → 9.1, 54 → 55.
          expect(segments[k]!.cLo - segments[k - 1]!.cHi).toBeCloseTo(STEP[indicator], 9);
          expect(segments[k]!.iLo).toBe(segments[k - 1]!.iHi + 1);
        }
      }
    }
  });
});

describe('EPA AQI: truncation before the lookup (AirNow, "The AQI Equation (2024)")', () => {
  it('reads a value in the gap between two rows as the row below at the table precision', () => {
    // 9.05 truncates to 9.0: the top of Good under 2024 (not 9.1 → 51).
    expect(iaqi('pm25_24h', 9.05, { edition: 'EPA-2024' })).toBe(50);
    expect(iaqi('pm25_24h', 9.09999, { edition: 'EPA-2024' })).toBe(50);
    expect(iaqi('pm25_24h', 12.09, { edition: 'EPA-2012' })).toBe(50);
    expect(iaqi('pm25_24h', 35.49, { edition: 'EPA-2024' })).toBe(100);
    expect(iaqi('pm10_24h', 54.99, { edition: 'EPA-2024' })).toBe(50);
    expect(iaqi('o3_8h', 0.0549, { edition: 'EPA-2024' })).toBe(50);
    expect(iaqi('o3_8h', 0.0709, { edition: 'EPA-2024' })).toBe(100);
    expect(iaqi('co_8h', 4.49, { edition: 'EPA-2024' })).toBe(50);
    expect(iaqi('so2_1h', 35.9, { edition: 'EPA-2024' })).toBe(50);
    expect(iaqi('no2_1h', 100.99, { edition: 'EPA-2024' })).toBe(100);
  });

  it('reports the truncated concentration', () => {
    expect(iaqiDetail('pm25_24h', 35.92431999, { edition: 'EPA-2024' }).concentration).toBe(35.9);
    expect(iaqiDetail('o3_8h', 0.07853333, { edition: 'EPA-2024' }).concentration).toBe(0.078);
    expect(iaqiDetail('co_8h', 8.47532711, { edition: 'EPA-2024' }).concentration).toBe(8.4);
    expect(iaqiDetail('no2_1h', 53.7, { edition: 'EPA-2024' }).concentration).toBe(53);
  });

  it('keeps a raw value in a gap at the row below with roundConcentrations: false, never above the next row', () => {
    expect(iaqi('pm25_24h', 9.05, { edition: 'EPA-2024', roundConcentrations: false })).toBe(50);
    // 0.1059 ppm raw lies between 0.105 (200) and 0.106 (201): 200, where continuing 151–200 would give 202.
    expect(iaqi('o3_8h', 0.1059, { edition: 'EPA-2024', roundConcentrations: false })).toBe(200);
    // Inside a row a raw value is interpolated exactly: 9.1 + 26.3/2 = 22.25 → 51 + 49/2 = 75.5 → 76.
    expect(iaqi('pm25_24h', 22.25, { edition: 'EPA-2024', roundConcentrations: false })).toBe(76);
  });
});

describe('EPA AQI: worked values and rounding to the nearest integer', () => {
  it("the Technical Assistance Document's example (EPA-454/B-18-007 §II): O3 126, PM2.5 102, CO 90, AQI 126", () => {
    // O3 0.07853333 → 0.078: 101 + (150−101)/(0.085−0.071)·(0.078−0.071) = 101 + 49·7/14 = 125.5 → 126.
    // PM2.5 35.92431999 → 35.9: 101 + 49/19.9·0.4 = 101.98 → 102. CO 8.47532711 → 8.4: 51 + 49/4.9·3.9 = 90.
    for (const edition of EDITIONS) {
      expect(iaqi('o3_8h', 0.07853333, { edition })).toBe(126);
      expect(iaqi('pm25_24h', 35.92431999, { edition })).toBe(102);
      expect(iaqi('co_8h', 8.47532711, { edition })).toBe(90);
      const r = dailyAqi({ o3_8h: 0.07853333, pm25_24h: 35.92431999, co_8h: 8.47532711 }, { edition });
      expect(r.aqi).toBe(126);
      expect(r.primaryPollutants).toEqual(['o3']);
      expect(r.category?.name.en).toBe('Unhealthy for Sensitive Groups');
    }
  });

  it('gives the PM2.5 values that changed in 2024 (worked by hand)', () => {
    // 12.0 µg/m³: 2012 top of Good = 50; 2024: 51 + 49/26.3·2.9 = 56.40 → 56.
    expect(iaqi('pm25_24h', 12.0, { edition: 'EPA-2012' })).toBe(50);
    expect(iaqi('pm25_24h', 12.0, { edition: 'EPA-2024' })).toBe(56);
    // 100 µg/m³: 2012 151 + 49/94.9·44.5 = 173.98 → 174; 2024 151 + 49/69.9·44.5 = 182.19 → 182.
    expect(iaqi('pm25_24h', 100, { edition: 'EPA-2012' })).toBe(174);
    expect(iaqi('pm25_24h', 100, { edition: 'EPA-2024' })).toBe(182);
    // 200 µg/m³: 2012 201 + 99/99.9·49.5 = 250.05 → 250; 2024 201 + 99/99.9·74.5 = 274.83 → 275.
    expect(iaqi('pm25_24h', 200, { edition: 'EPA-2012' })).toBe(250);
    expect(iaqi('pm25_24h', 200, { edition: 'EPA-2024' })).toBe(275);
  });

  it('PM10 in the Hazardous band: one 301–500 segment in 2024, two in 2012', () => {
    // 500 µg/m³: 2024 301 + 199/179·75 = 384.38 → 384; 2012 301 + 99/79·75 = 394.99 → 395.
    expect(iaqi('pm10_24h', 500, { edition: 'EPA-2024' })).toBe(384);
    expect(iaqi('pm10_24h', 500, { edition: 'EPA-2012' })).toBe(395);
  });

  it('rounds halves up', () => {
    // O3 8h 0.078 ppm is exactly 125.5 → 126.
    expect(iaqi('o3_8h', 0.078, { edition: 'EPA-2024' })).toBe(126);
    // NO2 1h 77 ppb: 51 + 49/46·23 = 75.5 exactly → 76.
    expect(iaqi('no2_1h', 77, { edition: 'EPA-2024' })).toBe(76);
    // O3 1h 0.162 ppm: 101 + 49/0.039·0.037 = 147.49 → 147 (nearest, not up).
    expect(iaqi('o3_1h', 0.162, { edition: 'EPA-2024' })).toBe(147);
  });
});

describe('EPA AQI: the ozone rule (Appendix G Table 2 notes 1 and 2)', () => {
  it('8-hour O3 does not define values above 300: no sub-index above 0.200 ppm, the 1-hour value decides', () => {
    expect(iaqiDetail('o3_8h', 0.201, { edition: 'EPA-2024' })).toMatchObject({ iaqi: null, status: 'noIndexAbove', fallback: 'o3_1h' });
    expect(iaqi('o3_8h', 0.2, { edition: 'EPA-2024' })).toBe(300);
    // 1-hour 0.450 ppm: 2024 301 + 199/0.199·0.045 = 346; 2012 301 + 99/0.099·0.045 = 346.
    for (const edition of EDITIONS) {
      const r = dailyAqi({ o3_8h: 0.25, o3_1h: 0.45 }, { edition });
      expect(r.iaqi.o3_8h).toBeNull();
      expect(r.flags.o3_8h).toBe('noIndexAbove');
      expect(r.pollutantIaqi.o3).toBe(346);
      expect(r.aqi).toBe(346);
    }
  });

  it('1-hour O3 below 0.125 ppm has no sub-index; the 8-hour value decides', () => {
    expect(iaqiDetail('o3_1h', 0.124, { edition: 'EPA-2024' })).toMatchObject({ iaqi: null, status: 'belowTable' });
    // 8h 0.060: 51 + 49/0.015·0.005 = 67.33 → 67.
    const r = dailyAqi({ o3_8h: 0.06, o3_1h: 0.1 }, { edition: 'EPA-2024' });
    expect(r.pollutantIaqi.o3).toBe(67);
    expect(r.flags.o3_1h).toBe('belowTable');
  });

  it('takes the larger of the 8-hour and 1-hour sub-indices (note 1: the more precautionary)', () => {
    // 8h 0.080: 101 + 49/0.014·0.009 = 132.5 → 133; 1h 0.180: 151 + 49/0.039·0.015 = 169.85 → 170.
    expect(dailyAqi({ o3_8h: 0.08, o3_1h: 0.18 }, { edition: 'EPA-2024' }).pollutantIaqi.o3).toBe(170);
  });
});

describe('EPA AQI: the SO2 rule (Appendix G Table 2 note 3)', () => {
  it('1-hour SO2 defines the index up to 200 (304 ppb) and counts as 200 above', () => {
    expect(iaqi('so2_1h', 304, { edition: 'EPA-2024' })).toBe(200);
    expect(iaqiDetail('so2_1h', 305, { edition: 'EPA-2024' })).toMatchObject({ iaqi: 200, status: 'fixedAbove' });
    expect(iaqi('so2_1h', 5000, { edition: 'EPA-2024' })).toBe(200);
  });

  it('the 24-hour mean defines the index above 200 and nothing below 305 ppb', () => {
    expect(iaqiDetail('so2_24h', 304, { edition: 'EPA-2024' })).toMatchObject({ iaqi: null, status: 'belowTable' });
    // 24h 310 ppb: 201 + 99/299·5 = 202.66 → 203, larger than the 1-hour 200.
    const high = dailyAqi({ so2_1h: 400, so2_24h: 310 }, { edition: 'EPA-2024' });
    expect(high.pollutantIaqi.so2).toBe(203);
    expect(high.flags.so2_1h).toBe('fixedAbove');
    // 1h above 304 with a 24h mean below 305: 200 (UNCONFIRMED TAD rule, see the scheme).
    expect(dailyAqi({ so2_1h: 400, so2_24h: 300 }, { edition: 'EPA-2024' }).pollutantIaqi.so2).toBe(200);
    // 24h bands 305–604 / 605–1004 in 2024: 700 ppb → 301 + 199/399·95 = 348.38 → 348.
    expect(iaqi('so2_24h', 700, { edition: 'EPA-2024' })).toBe(348);
  });
});

describe('EPA AQI: beyond the AQI (above 500)', () => {
  it('continues the last segment and flags it, never a crash or NaN', () => {
    // 2024: 301 + 199/99.9·(400 − 225.5) = 648.60 → 649. 2012: 401 + 99/149.9·(600 − 350.5) = 565.78 → 566.
    expect(iaqiDetail('pm25_24h', 400.07, { edition: 'EPA-2024' })).toMatchObject({ concentration: 400, iaqi: 649, status: 'beyondScale' });
    expect(iaqi('pm25_24h', 600, { edition: 'EPA-2012' })).toBe(566);
    // NO2 2500 ppb (2024): 301 + 199/799·1250 = 612.32 → 612. CO 60 ppm: 301 + 199/19.9·29.5 = 596.
    expect(iaqi('no2_1h', 2500, { edition: 'EPA-2024' })).toBe(612);
    expect(iaqi('co_8h', 60, { edition: 'EPA-2024' })).toBe(596);
    for (const c of [1e6, 1e12, Number.MAX_SAFE_INTEGER]) {
      const v = iaqi('pm25_24h', c, { edition: 'EPA-2024' });
      expect(Number.isInteger(v)).toBe(true);
    }
  });

  it('reports an AQI above 500, in the Hazardous category, with the indicator listed', () => {
    const r = dailyAqi({ pm25_24h: 400, o3_8h: 0.05 }, { edition: 'EPA-2024' });
    expect(r.aqi).toBe(649);
    expect(r.beyondScale).toEqual(['pm25_24h']);
    expect(r.flags.pm25_24h).toBe('beyondScale');
    expect(r.category?.name.en).toBe('Hazardous');
  });
});

describe('EPA AQI: categories and colours (Appendix G Table 1; EPA-454/B-24-002 Table 2)', () => {
  const expected = [
    [0, 50, 'Good', '#00E400'],
    [51, 100, 'Moderate', '#FFFF00'],
    [101, 150, 'Unhealthy for Sensitive Groups', '#FF7E00'],
    [151, 200, 'Unhealthy', '#FF0000'],
    [201, 300, 'Very Unhealthy', '#8F3F97'],
    [301, 500, 'Hazardous', '#7E0023'],
  ] as const;

  it('puts both ends of every band in it, for both editions', () => {
    for (const edition of EDITIONS) {
      expected.forEach(([lo, hi, name, hex], i) => {
        for (const v of [lo, hi]) {
          const c = aqiCategory(v, { edition });
          expect(c.level).toBe(i + 1);
          expect(c.name.en).toBe(name);
          expect(c.color.hex).toBe(hex);
        }
      });
      expect(aqiCategory(501, { edition }).name.en).toBe('Hazardous');
    }
  });

  it('selects the US bands by scheme, and the Chinese bands by default', () => {
    expect(aqiCategory(120, { scheme: 'US' }).name.en).toBe('Unhealthy for Sensitive Groups');
    expect(aqiCategory(120).name.en).toBe('Lightly polluted');
    expect(aqiCategory(250, { scheme: 'US', date: '2020-01-01' }).color.rgb).toEqual([143, 63, 151]);
  });
});

describe('EPA AQI: reports', () => {
  it('uses the daily indicators of Appendix G and rejects the Chinese ones', () => {
    expect(() => dailyAqi({ co_24h: 1 }, { edition: 'EPA-2024' })).toThrow(
      expect.objectContaining({ code: 'INDICATOR_NOT_IN_REPORT', path: ['concentrations', 'co_24h'] }),
    );
    expect(() => iaqi('co_24h', 1, { edition: 'EPA-2024' })).toThrow(expect.objectContaining({ code: 'INDICATOR_NOT_IN_EDITION' }));
    expect(() => iaqi('co_8h', 1, { edition: 'HJ633-2026' })).toThrow(expect.objectContaining({ code: 'INDICATOR_NOT_IN_EDITION' }));
  });

  it('names the critical pollutant at every AQI (Appendix G §4(i)(c)), without withholding', () => {
    const r = dailyAqi({ pm25_24h: 3, o3_8h: 0.03 }, { edition: 'EPA-2024' });
    // PM2.5 3.0: 50/9·3 = 16.67 → 17; O3 0.030: 50/0.054·0.030 = 27.78 → 28.
    expect(r.aqi).toBe(28);
    expect(r.primaryPollutants).toEqual(['o3']);
    expect(r.exceedingPollutants).toEqual([]);
    expect(r.withheld).toBe(false);
  });

  it('gives the real-time AQI of NowCast concentrations on the 24-hour and 8-hour columns', () => {
    // The NowCast check value 28.41 µg/m³ → 28.4: 51 + 49/26.3·19.3 = 86.96 → 87.
    const r = hourlyAqi({ pm25_24h: 28.41, o3_8h: 0.04, no2_1h: 20 }, { scheme: 'US' });
    expect(r.edition).toBe('EPA-2024');
    expect(r.kind).toBe('hourly');
    expect(r.aqi).toBe(87);
    expect(() => hourlyAqi({ so2_24h: 1 }, { scheme: 'US' })).toThrow(expect.objectContaining({ code: 'INDICATOR_NOT_IN_REPORT' }));
  });
});

describe('EPA AQI: every value agrees with an independent integer computation on the transcribed tables', () => {
  /**
   * The expected sub-index of a concentration of n steps of the column's precision (plus a part of a step the
   * truncation drops), worked in integers: the row holding n (or the last row, continued above it), then
   * iLo + ⌊(2·(iHi − iLo)·(n − L) + (H − L)) / (2·(H − L))⌋, the nearest integer with halves up.
   */
  function expected(edition: UsAqiEdition, indicator: (typeof INDICATORS)[number], n: number): number | null {
    const scale = Math.round(1 / STEP[indicator]);
    const rows = TABLES[edition]
      .map(([band, ranges]) => [band, ranges[indicator]] as const)
      .filter((row): row is readonly [[number, number], [number, number]] => row[1] !== null && row[1] !== undefined)
      .map(([[iLo, iHi], [lo, hi]]) => ({ iLo, iHi, L: Math.round(lo * scale), H: Math.round(hi * scale) }));
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    if (n < first.L) return null; // O3 1h, SO2 24h: no sub-index below the table.
    if (n > last.H) {
      if (indicator === 'o3_8h') return null; // the 1-hour value decides
      if (indicator === 'so2_1h') return 200; // the 24-hour mean decides above 200
    }
    const row = n > last.H ? last : rows.find((r) => n <= r.H)!;
    return row.iLo + Math.floor((2 * (row.iHi - row.iLo) * (n - row.L) + (row.H - row.L)) / (2 * (row.H - row.L)));
  }

  it('for random concentrations of every indicator of both editions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDITIONS),
        fc.constantFrom(...INDICATORS),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 0, max: 9 }),
        (edition, indicator, raw, tenths) => {
          const scale = Math.round(1 / STEP[indicator]);
          // n up to 1.5 times the column's last breakpoint, so most values fall inside the table.
          const top = Math.max(...TABLES[edition].map(([, r]) => r[indicator]?.[1] ?? 0));
          const n = raw % Math.round(1.5 * top * scale + 1);
          const c = (n + tenths / 10) / scale;
          expect(iaqi(indicator, c, { edition }), `${edition} ${indicator} ${c}`).toBe(expected(edition, indicator, n));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
