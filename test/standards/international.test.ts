import { describe, expect, it } from 'vitest';
import {
  type GuidelineLevel,
  type LimitAveraging,
  type Pollutant,
  conditionsFactor,
  limitOf,
  limitsOf,
  standardConditionsOn,
  standardEditionOn,
} from '../../src/index.js';

/**
 * STANDARDS.md §4.2 (WHO 2021 summary table, "99th percentile (i.e. 3–4 exceedance days per year)"), transcribed for
 * the tests independently of src/: [pollutant, averaging, IT-1, IT-2, IT-3, IT-4, AQG], null where WHO sets none.
 */
const WHO: Array<[Pollutant, LimitAveraging, number | null, number | null, number | null, number | null, number]> = [
  ['pm25', 'annual', 35, 25, 15, 10, 5],
  ['pm25', 'daily', 75, 50, 37.5, 25, 15],
  ['pm10', 'annual', 70, 50, 30, 20, 15],
  ['pm10', 'daily', 150, 100, 75, 50, 45],
  ['o3', 'peakSeason', 100, 70, null, null, 60],
  ['o3', '8h', 160, 120, null, null, 100],
  ['no2', 'annual', 40, 30, 20, null, 10],
  ['no2', 'daily', 120, 50, null, null, 25],
  ['so2', 'daily', 125, 50, null, null, 40],
  ['co', 'daily', 7, null, null, null, 4],
];
const LEVELS: GuidelineLevel[] = ['IT-1', 'IT-2', 'IT-3', 'IT-4', 'AQG'];

describe('limitOf: WHO 2021 (STANDARDS.md §4.2)', () => {
  for (const [p, avg, ...values] of WHO) {
    it(`${p} ${avg}`, () => {
      LEVELS.forEach((level, i) => {
        const expected = values[i];
        if (expected === null) {
          expect(() => limitOf(p, avg, { edition: 'WHO-2021', level })).toThrow(
            expect.objectContaining({ name: 'LantianError', code: 'INDICATOR_NOT_IN_EDITION', path: ['options', 'level'] }),
          );
        } else {
          const limit = limitOf(p, avg, { edition: 'WHO-2021', level });
          expect(limit).toMatchObject({ edition: 'WHO-2021', level, value: expected, grade: undefined, stage: undefined, conditions: 'unstated' });
          expect(limit.objective).toBe(level === 'AQG' ? 'guidelineLevel' : 'interimTarget');
          // Long-term levels are means of the period; short-term levels 99th percentiles of daily values.
          expect(limit.form).toEqual(avg === 'annual' || avg === 'peakSeason' ? { kind: 'mean' } : { kind: 'percentile', p: 99 });
        }
      });
    });
  }

  it('defaults to the guideline level (AQG), and reaches WHO by scheme too', () => {
    expect(limitOf('pm25', 'annual', { edition: 'WHO-2021' }).value).toBe(5);
    expect(limitOf('pm25', 'annual', { scheme: 'WHO' }).value).toBe(5);
    expect(limitOf('pm25', 'annual', { scheme: 'WHO', date: '2024-01-01', level: 'IT-1' }).value).toBe(35);
    expect(limitOf('co', 'daily', { edition: 'WHO-2021' }).unit).toBe('mg/m3');
  });

  it('lists the rows of a level', () => {
    expect(limitsOf({ edition: 'WHO-2021' })).toHaveLength(10);
    expect(limitsOf({ edition: 'WHO-2021', level: 'IT-3' }).map((l) => `${l.item} ${l.averaging} ${l.value}`)).toEqual([
      'pm25 annual 15',
      'pm25 daily 37.5',
      'pm10 annual 30',
      'pm10 daily 75',
      'no2 annual 20',
    ]);
  });

  it('has no level stricter than a looser one (levels never rise from IT-1 to AQG)', () => {
    for (const [, , ...values] of WHO) {
      const set = values.filter((v): v is number => v !== null);
      for (let i = 1; i < set.length; i++) expect(set[i]).toBeLessThan(set[i - 1] as number);
    }
  });
});

/**
 * Directive (EU) 2024/2881 Annex I (STANDARDS.md §4.3): limit values to be attained by 2030-01-01, with the permitted
 * exceedances per calendar year; `null` for a limit not to be exceeded at all, 'mean' for a calendar-year mean.
 */
const EU_2024: Array<[Pollutant, LimitAveraging, number, number | 'mean' | null]> = [
  ['pm25', 'annual', 10, 'mean'],
  ['pm25', 'daily', 25, 18],
  ['pm10', 'annual', 20, 'mean'],
  ['pm10', 'daily', 45, 18],
  ['no2', 'annual', 20, 'mean'],
  ['no2', 'daily', 50, 18],
  ['no2', '1h', 200, 3],
  ['so2', 'annual', 20, 'mean'],
  ['so2', 'daily', 50, 18],
  ['so2', '1h', 350, 3],
  ['co', 'daily', 4, 18],
  ['co', '8h', 10, null],
];

/** Directive 2008/50/EC Annex XI B and Annex XIV E (PM2.5), as printed in the directive and the EEA's summaries. */
const EU_2008: Array<[Pollutant | 'pb', LimitAveraging, number, number | 'mean' | null]> = [
  ['so2', '1h', 350, 24],
  ['so2', 'daily', 125, 3],
  ['no2', '1h', 200, 18],
  ['no2', 'annual', 40, 'mean'],
  ['co', '8h', 10, null],
  ['pm10', 'daily', 50, 35],
  ['pm10', 'annual', 40, 'mean'],
  ['pb', 'annual', 0.5, 'mean'],
  ['pm25', 'annual', 25, 'mean'],
];

describe('limitOf: the EU directives', () => {
  for (const [edition, table] of [['EU-2024', EU_2024], ['EU-2008', EU_2008]] as const) {
    for (const [p, avg, value, allowed] of table) {
      it(`${edition} ${p} ${avg}`, () => {
        const limit = limitOf(p, avg, { edition });
        expect(limit).toMatchObject({ edition, value, objective: 'limitValue', level: undefined, grade: undefined });
        const form = allowed === 'mean' ? { kind: 'mean' } : allowed === null ? { kind: 'maximum' } : { kind: 'exceedances', allowed, averagedOverYears: 1 };
        expect(limit.form).toEqual(form);
        expect(limit.conditions).toBe(p === 'pm10' || p === 'pm25' || p === 'pb' ? 'actual' : 'eu-standard');
      });
    }
  }

  it('gives the O3 target values: 120 µg/m³ as maximum daily 8-hour mean, 18 (2024) or 25 (2008) days averaged over 3 years', () => {
    expect(limitOf('o3', '8h', { edition: 'EU-2024' })).toMatchObject({
      value: 120,
      objective: 'targetValue',
      form: { kind: 'exceedances', allowed: 18, averagedOverYears: 3 },
    });
    expect(limitOf('o3', '8h', { edition: 'EU-2008' })).toMatchObject({
      value: 120,
      objective: 'targetValue',
      form: { kind: 'exceedances', allowed: 25, averagedOverYears: 3 },
    });
  });

  it('lists every value of an edition', () => {
    expect(limitsOf({ edition: 'EU-2024' })).toHaveLength(EU_2024.length + 1);
    expect(limitsOf({ edition: 'EU-2008' })).toHaveLength(EU_2008.length + 1);
  });

  it('selects EU-2024 from 2030-01-01 by scheme and date; a date alone keeps selecting GB 3095', () => {
    expect(standardEditionOn('2029-12-31', { scheme: 'EU' })).toBe('EU-2008');
    expect(standardEditionOn('2030-01-01', { scheme: 'EU' })).toBe('EU-2024');
    expect(standardEditionOn('2010-01-01', { scheme: 'WHO' })).toBe('WHO-2021');
    expect(limitOf('pm25', 'annual', { scheme: 'EU', date: '2029-12-31' })).toMatchObject({ edition: 'EU-2008', value: 25 });
    expect(limitOf('pm25', 'annual', { scheme: 'EU', date: '2030-01-01' })).toMatchObject({ edition: 'EU-2024', value: 10 });
    expect(limitOf('pm25', 'annual', { scheme: 'EU' }).edition).toBe('EU-2024');
    expect(limitOf('pm25', 'annual', { date: '2030-01-01' }).edition).toBe('GB3095-2026');
    expect(standardEditionOn('2030-01-01')).toBe('GB3095-2026');
  });

  it('records the conditions of each scheme', () => {
    expect(standardConditionsOn('EU-2008')).toEqual({ gas: 'eu-standard', particle: 'actual' });
    expect(standardConditionsOn('WHO-2021')).toEqual({ gas: 'unstated', particle: 'unstated' });
  });
});

describe('conditionsFactor', () => {
  it('moves a gas from 298.15 K to 293.15 K by 298.15/293.15, worked by hand', () => {
    // 298.15 / 293.15 = 1 + 5/293.15 = 1 + 0.0170561… = 1.0170561…; a Chinese NO2 of 20 µg/m³ is 20.3411 µg/m³ at 293 K.
    expect(conditionsFactor('no2', 'reference', 'eu-standard')).toBeCloseTo(1 + 5 / 293.15, 14);
    expect(20 * (conditionsFactor('no2', 'reference', 'eu-standard') as number)).toBeCloseTo(20.341122292341804, 13); // 119260/5863
    // 273.15 → 293.15: the air expands by 293.15/273.15, the concentration falls by 273.15/293.15 = 0.93178.
    expect(conditionsFactor('so2', 'standard', 'eu-standard')).toBeCloseTo(0.9317755415316391, 15); // 5463/5863
    expect(conditionsFactor('co', 'eu-standard', 'reference')).toBeCloseTo(293.15 / 298.15, 14);
  });

  it('is 1 for the same conditions or the WHO, null where the weather is needed', () => {
    expect(conditionsFactor('pm25', 'actual', 'actual')).toBe(1);
    expect(conditionsFactor('o3', 'reference', 'unstated')).toBe(1);
    expect(conditionsFactor('pm25', 'standard', 'actual')).toBeNull();
    expect(conditionsFactor('no2', 'actual', 'eu-standard')).toBeNull();
    expect(conditionsFactor('pm10', 'standard', 'reference')).toBeNull();
  });

  it('throws LantianError for bad arguments', () => {
    expect(() => conditionsFactor('pm1' as never, 'actual', 'actual')).toThrow(expect.objectContaining({ code: 'UNKNOWN_POLLUTANT', path: ['item'] }));
    expect(() => conditionsFactor('no2', 'stp' as never, 'actual')).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['from'] }));
    expect(() => conditionsFactor('no2', 'actual', 'ntp' as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['to'] }));
  });
});

describe('limitOf: options across schemes', () => {
  it('throws LantianError with code and path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => limitOf('pm25', 'annual', { edition: 'WHO-2021', level: 'IT-5' as never }), 'INVALID_OPTION', ['options', 'level']],
      [() => limitOf('pm25', 'annual', { edition: 'WHO-2021', grade: 2 } as never), 'INVALID_OPTION', ['options', 'grade']],
      [() => limitOf('pm25', 'annual', { edition: 'WHO-2021', stage: 'final' } as never), 'INVALID_OPTION', ['options', 'stage']],
      [() => limitOf('pm25', 'annual', { edition: 'EU-2024', level: 'AQG' } as never), 'INVALID_OPTION', ['options', 'level']],
      [() => limitOf('pm25', 'annual', { edition: 'EU-2024', zoneClass: 1 } as never), 'INVALID_OPTION', ['options', 'zoneClass']],
      [() => limitOf('pm25', 'annual', { edition: 'GB3095-2012', level: 'AQG' } as never), 'INVALID_OPTION', ['options', 'level']],
      [() => limitOf('pm25', 'annual', { scheme: 'CN', level: 'AQG' } as never), 'INVALID_OPTION', ['options', 'level']],
      [() => limitOf('pm25', 'annual', { scheme: 'EU', edition: 'WHO-2021' } as never), 'INVALID_OPTION', ['options', 'edition']],
      [() => limitOf('pm25', 'annual', { scheme: 'US' } as never), 'INVALID_OPTION', ['options', 'scheme']],
      [() => limitOf('pm25', 'annual', { edition: 'EU-2024', date: '2029-06-01' }), 'INVALID_OPTION', ['options', 'edition']],
      [() => limitOf('pm25', 'annual', { edition: 'EU-2030' as never }), 'UNKNOWN_EDITION', ['options', 'edition']],
      [() => limitOf('o3', 'peakSeason', { edition: 'EU-2024' }), 'INDICATOR_NOT_IN_EDITION', ['averaging']],
      [() => limitOf('so2', 'annual', { edition: 'WHO-2021' }), 'INDICATOR_NOT_IN_EDITION', ['averaging']],
      [() => limitOf('o3', 'peakSeason'), 'INDICATOR_NOT_IN_EDITION', ['averaging']],
      [() => limitOf('pm25', 'annual', { scheme: 'EU', date: '2030-02-30' }), 'INVALID_DATE', ['options', 'date']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
  });

  it('returns frozen-safe plain values and leaves frozen options alone', () => {
    const options = Object.freeze({ edition: 'WHO-2021', level: 'IT-2' } as const);
    expect(limitOf('no2', 'daily', options).value).toBe(50);
    expect(JSON.parse(JSON.stringify(limitOf('o3', '8h', { edition: 'EU-2024' })))).toMatchObject({ value: 120 });
  });
});
