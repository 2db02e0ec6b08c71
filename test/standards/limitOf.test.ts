import { describe, expect, it } from 'vitest';
import { type AirItem, type LimitAveraging, gradeOfZone, limitOf, limitsOf, standardConditionsOn, standardStageOn } from '../../src/index.js';

/**
 * GB 3095 Table 1 (basic items), transcribed for the tests independently of src/: the 2026 cells read from the scan of
 * GB 3095-2026 Table 1 (printed page 3, page 6 of the PDF: transition-stage limits 过渡阶段浓度限值 and limits 浓度限值), the 2012
 * cells from GB 3095-2012 Table 1 (no scan of it is in the reference set: as published, and as STANDARDS.md §2.1 gives
 * them):
 * [pollutant, averaging, 2012 I, 2012 II, 2026 transition I, II, 2026 final I, II].
 */
type Row = [AirItem, LimitAveraging, number, number, number, number, number, number];

const BASIC: Row[] = [
  ['so2', 'annual', 20, 60, 20, 60, 20, 20],
  ['so2', 'daily', 50, 150, 50, 150, 50, 50],
  ['so2', '1h', 150, 500, 150, 500, 150, 150],
  ['no2', 'annual', 40, 40, 40, 40, 30, 30],
  ['no2', 'daily', 80, 80, 80, 80, 50, 50],
  ['no2', '1h', 200, 200, 200, 200, 200, 200],
  ['co', 'daily', 4, 4, 4, 4, 4, 4],
  ['co', '1h', 10, 10, 10, 10, 10, 10],
  ['o3', '8h', 100, 160, 100, 160, 100, 160],
  ['o3', '1h', 160, 200, 160, 200, 160, 200],
  ['pm10', 'annual', 40, 70, 40, 60, 20, 50],
  ['pm10', 'daily', 50, 150, 50, 120, 50, 100],
  ['pm25', 'annual', 15, 35, 15, 30, 10, 25],
  ['pm25', 'daily', 35, 75, 35, 60, 25, 50],
];

/** Compares one row of a table with `limitOf`, cell by cell. */
function expectRow([p, avg, i12, ii12, ti, tii, fi, fii]: Row): void {
  expect(limitOf(p, avg, { edition: 'GB3095-2012', grade: 1 }).value).toBe(i12);
  expect(limitOf(p, avg, { edition: 'GB3095-2012', grade: 2 }).value).toBe(ii12);
  expect(limitOf(p, avg, { edition: 'GB3095-2026', stage: 'transition', grade: 1 }).value).toBe(ti);
  expect(limitOf(p, avg, { edition: 'GB3095-2026', stage: 'transition', grade: 2 }).value).toBe(tii);
  expect(limitOf(p, avg, { edition: 'GB3095-2026', stage: 'final', grade: 1 }).value).toBe(fi);
  expect(limitOf(p, avg, { edition: 'GB3095-2026', stage: 'final', grade: 2 }).value).toBe(fii);
}

describe('limitOf: GB 3095 Table 1 (basic items)', () => {
  for (const row of BASIC) it(`${row[0]} ${row[1]}`, () => expectRow(row));
});

/**
 * GB 3095 Table 2 (other items), transcribed for the tests independently of src/: the 2026 cells read from the scan of
 * GB 3095-2026 Table 2 (printed page 4, page 7 of the PDF; NOx annual and daily final 40 and 70 with notes a and b
 * giving the transition values 50 and 100 until 2030-12-31; TSP, Pb and BaP have no transition values, so both stages
 * carry the final ones), the 2012 cells from GB 3095-2012 Table 2 (Grade I = Grade II except TSP; as published, and as
 * STANDARDS.md §2.2 gives them):
 * [item, averaging, 2012 I, 2012 II, 2026 transition I, II, 2026 final I, II].
 */
const OTHER: Row[] = [
  ['tsp', 'annual', 80, 200, 80, 200, 80, 200],
  ['tsp', 'daily', 120, 300, 120, 300, 120, 300],
  ['nox', 'annual', 50, 50, 50, 50, 40, 40],
  ['nox', 'daily', 100, 100, 100, 100, 70, 70],
  ['nox', '1h', 250, 250, 250, 250, 250, 250],
  ['pb', 'annual', 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
  ['pb', 'quarterly', 1, 1, 1, 1, 1, 1],
  ['bap', 'annual', 0.001, 0.001, 0.001, 0.001, 0.001, 0.001],
  ['bap', 'daily', 0.0025, 0.0025, 0.0025, 0.0025, 0.0025, 0.0025],
];

describe('limitOf: GB 3095 Table 2 (other items)', () => {
  for (const row of OTHER) it(`${row[0]} ${row[1]}`, () => expectRow(row));

  it('defaults to Grade II and, for 2026, to the final stage', () => {
    expect(limitOf('tsp', 'annual', { edition: 'GB3095-2012' }).value).toBe(200);
    expect(limitOf('tsp', 'daily', { edition: 'GB3095-2026' }).value).toBe(300);
    expect(limitOf('nox', 'annual', { edition: 'GB3095-2026' }).value).toBe(40);
    expect(limitOf('pb', 'annual').value).toBe(0.5);
    expect(limitOf('bap', 'daily').value).toBe(0.0025);
  });
});

describe('limitsOf: exactly the cells of Tables 1 and 2', () => {
  const cells = (column: 2 | 3 | 4 | 5 | 6 | 7): string[] =>
    [...BASIC, ...OTHER].map((row) => `${row[0]} ${row[1]} ${row[column]}`).sort();
  const listed = (options: Parameters<typeof limitsOf>[0]): string[] =>
    limitsOf(options)
      .map((l) => `${l.item} ${l.averaging} ${l.value}`)
      .sort();

  it('GB 3095-2012: 14 + 9 rows for each grade', () => {
    expect(listed({ edition: 'GB3095-2012', grade: 1 })).toEqual(cells(2));
    expect(listed({ edition: 'GB3095-2012', grade: 2 })).toEqual(cells(3));
    expect(listed({ edition: 'GB3095-2012' })).toHaveLength(23);
  });

  it('GB 3095-2026: each stage and grade', () => {
    expect(listed({ edition: 'GB3095-2026', stage: 'transition', grade: 1 })).toEqual(cells(4));
    expect(listed({ edition: 'GB3095-2026', stage: 'transition', grade: 2 })).toEqual(cells(5));
    expect(listed({ edition: 'GB3095-2026', stage: 'final', grade: 1 })).toEqual(cells(6));
    expect(listed({ edition: 'GB3095-2026', stage: 'final', grade: 2 })).toEqual(cells(7));
  });
});

describe('limitOf: edition, stage and conditions follow the date', () => {
  it('switches edition on 2026-03-01 and stage on 2031-01-01 (GB 3095-2026 §4.4)', () => {
    expect(limitOf('pm25', 'annual', { date: '2026-02-28' })).toMatchObject({ edition: 'GB3095-2012', stage: undefined, value: 35 });
    expect(limitOf('pm25', 'annual', { date: '2026-03-01' })).toMatchObject({ edition: 'GB3095-2026', stage: 'transition', value: 30 });
    expect(limitOf('pm25', 'annual', { date: '2030-12-31' })).toMatchObject({ stage: 'transition', value: 30 });
    expect(limitOf('pm25', 'annual', { date: '2031-01-01' })).toMatchObject({ stage: 'final', value: 25 });
  });

  it('defaults to the newest edition and its final stage without a date (a constant)', () => {
    expect(limitOf('pm25', 'annual')).toMatchObject({ edition: 'GB3095-2026', stage: 'final', grade: 2, value: 25 });
    expect(standardStageOn('GB3095-2026')).toBe('final');
  });

  it('lets a caller override the stage for a date (a 2030 plan judged by final limits)', () => {
    expect(limitOf('pm10', 'annual', { date: '2030-06-01', stage: 'final' }).value).toBe(50);
  });

  it('states the reference conditions: standard state before 2018-09-01, then reference/actual (§4.3)', () => {
    expect(limitOf('so2', 'annual', { date: '2018-08-31' }).conditions).toBe('standard');
    expect(limitOf('pm25', 'annual', { date: '2018-08-31' }).conditions).toBe('standard');
    expect(limitOf('so2', 'annual', { date: '2018-09-01' }).conditions).toBe('reference');
    expect(limitOf('pm25', 'annual', { date: '2018-09-01' }).conditions).toBe('actual');
    expect(limitOf('o3', '8h', { edition: 'GB3095-2026' }).conditions).toBe('reference');
    expect(standardConditionsOn('GB3095-2012')).toEqual({ gas: 'reference', particle: 'actual' });
  });

  it('grades by functional zone (§4.2): class 1 → Grade I, class 2 → Grade II', () => {
    expect(gradeOfZone(1)).toBe(1);
    expect(gradeOfZone(2)).toBe(2);
    expect(limitOf('pm25', 'daily', { edition: 'GB3095-2012', zoneClass: 1 }).value).toBe(35);
    expect(limitOf('pm25', 'daily', { edition: 'GB3095-2012', zoneClass: 2, grade: 2 }).value).toBe(75);
  });
});

describe('limitOf: bad input', () => {
  it('throws LantianError with code and path', () => {
    const cases: Array<[() => unknown, string, Array<string | number>]> = [
      [() => limitOf('pm1' as never, 'annual'), 'UNKNOWN_POLLUTANT', ['item']],
      [() => limitOf('pm25', 'weekly' as never), 'INVALID_OPTION', ['averaging']],
      [() => limitOf('co', 'annual'), 'INDICATOR_NOT_IN_EDITION', ['averaging']],
      [() => limitOf('pm25', 'annual', { grade: 3 as never }), 'INVALID_OPTION', ['options', 'grade']],
      [() => limitOf('pm25', 'annual', { grade: '2' as never }), 'INVALID_TYPE', ['options', 'grade']],
      [() => limitOf('pm25', 'annual', { stage: 'interim' as never }), 'INVALID_OPTION', ['options', 'stage']],
      [() => limitOf('pm25', 'annual', { edition: 'GB3095-2012', stage: 'final' }), 'INVALID_OPTION', ['options', 'stage']],
      [() => limitOf('pm25', 'annual', { zoneClass: 1, grade: 2 }), 'INVALID_OPTION', ['options', 'grade']],
      [() => limitOf('pm25', 'annual', { zoneClass: 3 as never }), 'INVALID_OPTION', ['options', 'zoneClass']],
      [() => limitOf('pm25', 'annual', { edition: 'GB3095-2012', date: '2027-01-01' }), 'INVALID_OPTION', ['options', 'edition']],
      [() => limitOf('pm25', 'annual', { edition: 'GB3095' as never }), 'UNKNOWN_EDITION', ['options', 'edition']],
      [() => limitOf('pm25', 'annual', { level: 'AQG' } as never), 'UNKNOWN_OPTION', ['options', 'level']],
      [() => gradeOfZone(0 as never), 'INVALID_OPTION', ['zoneClass']],
    ];
    for (const [call, code, path] of cases) expect(call).toThrow(expect.objectContaining({ name: 'LantianError', code, path }));
  });
});
