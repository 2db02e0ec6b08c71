import { describe, expect, it } from 'vitest';
import { INDICATORS, POLLUTANTS, indicatorAveraging, indicatorPollutant, pollutantInfo } from '../../src/index.js';

describe('pollutants and indicators (DESIGN.md conventions)', () => {
  it('lists the six basic pollutants in the standards’ order', () => {
    expect(POLLUTANTS).toEqual(['so2', 'no2', 'co', 'o3', 'pm10', 'pm25']);
  });

  it('records units and published decimals (HJ 633-2026 §4.2.2)', () => {
    expect(pollutantInfo('co')).toMatchObject({ unit: 'mg/m3', decimals: 1, phase: 'gas', molarMass: 28.0101 });
    expect(pollutantInfo('pm25')).toMatchObject({ unit: 'ug/m3', decimals: 0, phase: 'particle', molarMass: undefined });
    expect(pollutantInfo('so2').molarMass).toBe(64.064);
    expect(pollutantInfo('o3').name.zh).toBe('臭氧');
  });

  it('splits indicators into pollutant and averaging', () => {
    expect(INDICATORS.map(indicatorPollutant)).toEqual([
      'so2', 'so2', 'no2', 'no2', 'co', 'co', 'co', 'o3', 'o3', 'pm10', 'pm25', 'pm10', 'pm25',
    ]);
    expect(indicatorAveraging('o3_8h')).toBe('8h');
    expect(indicatorAveraging('pm25_1h')).toBe('1h');
    expect(indicatorAveraging('so2_24h')).toBe('24h');
  });

  it('rejects unknown ids', () => {
    expect(() => pollutantInfo('pm1' as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_POLLUTANT' }));
    expect(() => indicatorPollutant('pm25_12h' as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_INDICATOR' }));
    expect(() => indicatorAveraging(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
  });
});
