/**
 * alertLevel against the national grading (环大气〔2017〕86号, read from the ministry's 2017-09-20 presentation):
 *   yellow  AQI > 200 lasting 2 days or more, no higher level;
 *   orange  AQI > 200 lasting 3 days or more, with AQI > 300 on at least one of them;
 *   red     AQI > 200 lasting 4 days or more with AQI > 300 lasting 2 days or more, or AQI reaching 500.
 * Every expected level, episode and day below is worked by hand from that text.
 */
import { describe, expect, it } from 'vitest';
import { type AlertGrading, NATIONAL_ALERT_GRADING, alertLevel } from '../../src/index.js';
import { codeOf } from '../_helpers/errors.js';

const level = (forecast: Parameters<typeof alertLevel>[0]) => alertLevel(forecast).level;
const span = (r: ReturnType<typeof alertLevel>) => (r.episode === null ? null : [r.episode.start, r.episode.end]);

describe('alertLevel: the boundaries of the national grading', () => {
  it('200 is not above 200', () => {
    expect(level([200, 200, 200, 200, 200])).toBe('none');
    expect(level([200, 201])).toBe('none'); // one day above 200
    expect(level([201, 201])).toBe('yellow'); // two days: 48 h
    expect(level([201, 200, 201])).toBe('none'); // 200 ends the run: two one-day episodes
  });

  it('yellow needs two consecutive days above 200', () => {
    const r = alertLevel([150, 210, 240, 180]);
    expect(r.level).toBe('yellow');
    expect(r.episode).toEqual({ start: 1, end: 2, length: 2, peak: 240, peakDay: 2, cutByMissing: false });
    expect(r.reason).toEqual({ condition: { above: 200, days: 2 }, conditionIndex: 0, innerDays: null, text: 'AQI > 200 for 2 days or more' });
    // Three or more days without a day above 300 stay yellow.
    expect(level([250, 260, 280, 290, 299, 300])).toBe('yellow');
  });

  it('300 is not above 300', () => {
    expect(level([201, 300, 300, 201])).toBe('yellow'); // four days above 200, none above 300
    expect(level([201, 301, 201])).toBe('orange');
    expect(level([300, 300, 300, 300, 300])).toBe('yellow');
  });

  it('orange needs three days above 200 with one of them above 300', () => {
    expect(level([301, 301])).toBe('yellow'); // two days only
    expect(level([210, 320, 240])).toBe('orange');
    expect(level([320, 210, 240])).toBe('orange'); // the day above 300 may be the first
    const r = alertLevel([120, 230, 260, 310, 240, 150]);
    expect(r.level).toBe('orange');
    expect(span(r)).toEqual([1, 4]);
    expect(r.reason?.innerDays).toEqual([3]);
    expect(r.reason?.text).toBe('AQI > 200 for 3 days or more, with AQI > 300 on at least 1 day of them');
  });

  it('red needs four days above 200 with two consecutive days above 300', () => {
    const r = alertLevel([210, 310, 305, 220]);
    expect(r.level).toBe('red');
    expect(span(r)).toEqual([0, 3]);
    expect(r.reason?.conditionIndex).toBe(0);
    expect(r.reason?.innerDays).toEqual([1, 2]);
    expect(r.reason?.text).toBe('AQI > 200 for 4 days or more, with AQI > 300 for 2 consecutive days or more');
    expect(level([310, 320, 330])).toBe('orange'); // three days above 300, but only three days above 200
    expect(level([310, 320, 330, 201])).toBe('red');
    expect(level([310, 320, 330, 200])).toBe('orange'); // the fourth day is 200: not above 200
  });

  it('a long episode whose days above 300 are not consecutive is orange, not red', () => {
    const r = alertLevel([210, 310, 250, 320, 260, 330, 230]);
    expect(r.level).toBe('orange');
    expect(span(r)).toEqual([0, 6]);
    expect(r.reason?.innerDays).toEqual([1, 3, 5]);
    // Two days above 300 in a row anywhere in it make it red.
    expect(level([210, 310, 250, 320, 330, 230])).toBe('red');
  });

  it('500 reached is red, 499 is not', () => {
    expect(level([500])).toBe('red');
    expect(level([499])).toBe('none');
    expect(level([499, 499])).toBe('yellow');
    expect(level([499, 499, 499])).toBe('orange');
    const r = alertLevel([120, 180, 500, 150]);
    expect(r.level).toBe('red');
    expect(r.episode).toEqual({ start: 2, end: 2, length: 1, peak: 500, peakDay: 2, cutByMissing: false });
    expect(r.reason).toMatchObject({ condition: { atLeast: 500, days: 1 }, conditionIndex: 1, innerDays: null, text: 'AQI ≥ 500 for 1 day or more' });
  });
});

describe('alertLevel: episodes, missing days and inputs', () => {
  it('takes the strongest of two separate episodes', () => {
    // Days 0–1 yellow; days 3–5 orange (day 4 above 300).
    const r = alertLevel([210, 220, 150, 230, 310, 240]);
    expect(r.level).toBe('orange');
    expect(span(r)).toEqual([3, 5]);
    // Reversed: the orange episode comes first.
    expect(span(alertLevel([230, 310, 240, 150, 210, 220]))).toEqual([0, 2]);
  });

  it('among episodes of the same level, the earliest sets the episode', () => {
    expect(span(alertLevel([210, 220, 150, 230, 240, 250]))).toEqual([0, 1]);
    // A 500 day inside a red run that starts earlier: the run starts first and is reported.
    const r = alertLevel([210, 310, 320, 500, 230]);
    expect(span(r)).toEqual([0, 4]);
    expect(r.reason?.conditionIndex).toBe(0);
  });

  it('ends a run at a missing day and reports it', () => {
    const r = alertLevel([210, null, 220]);
    expect(r).toEqual({ level: 'none', episode: null, reason: null, missing: [1], days: 3 });
    const s = alertLevel([210, 220, Number.NaN, 230, 310, undefined, 250]);
    expect(s.level).toBe('yellow');
    expect(s.missing).toEqual([2, 5]);
    expect(s.episode).toEqual({ start: 0, end: 1, length: 2, peak: 220, peakDay: 1, cutByMissing: true });
    // A hole in a sparse array is a missing day too.
    // eslint-disable-next-line no-sparse-arrays
    expect(alertLevel([210, , 220]).missing).toEqual([1]);
  });

  it('gives none for an empty forecast or one without heavy pollution', () => {
    expect(alertLevel([])).toEqual({ level: 'none', episode: null, reason: null, missing: [], days: 0 });
    expect(alertLevel([null, null]).missing).toEqual([0, 1]);
    expect(level([35, 80, 150, 199.9])).toBe('none');
  });

  it('reads typed arrays and running 24 h means', () => {
    expect(level(new Float64Array([210, 310, 305, 220]))).toBe('red');
    expect(level(new Float32Array([210, 310, 240]))).toBe('orange');
    expect(level(new Uint16Array([201, 201]))).toBe('yellow');
    expect(alertLevel(new Float64Array([210, Number.NaN, 220])).missing).toEqual([1]);
    // Running means are compared as given: 200.5 is above 200.
    expect(level([200.5, 200.01])).toBe('yellow');
  });

  it('does not mutate its inputs', () => {
    const forecast = Object.freeze([210, 310, 305, 220]);
    const grading = Object.freeze({ levels: Object.freeze([Object.freeze({ level: 'x', when: Object.freeze([Object.freeze({ above: 100, days: 1 })]) })]) });
    expect(alertLevel(forecast, { grading }).level).toBe('x');
    expect(alertLevel(forecast).level).toBe('red');
    const typed = new Float64Array([210, 220]);
    alertLevel(typed);
    expect(Array.from(typed)).toEqual([210, 220]);
    // An unfrozen grading stays as it was: validated, never frozen or changed.
    const local = { levels: [{ level: 'blue', when: [{ above: 200, days: 1 }] }] };
    expect(alertLevel([210], { grading: local }).level).toBe('blue');
    expect(Object.isFrozen(local) || Object.isFrozen(local.levels) || Object.isFrozen(local.levels[0])).toBe(false);
    expect(local).toEqual({ levels: [{ level: 'blue', when: [{ above: 200, days: 1 }] }] });
  });

  it('rejects what is not a forecast of daily AQI', () => {
    expect(codeOf(() => alertLevel('210,220' as never))).toEqual(['INVALID_TYPE', ['forecast']]);
    expect(codeOf(() => alertLevel({ length: 2 } as never))).toEqual(['INVALID_TYPE', ['forecast']]);
    expect(codeOf(() => alertLevel([210, '220'] as never))).toEqual(['INVALID_TYPE', ['forecast', 1]]);
    expect(codeOf(() => alertLevel([210, -1]))).toEqual(['NEGATIVE_VALUE', ['forecast', 1]]);
    expect(codeOf(() => alertLevel([Number.POSITIVE_INFINITY]))).toEqual(['NOT_FINITE', ['forecast', 0]]);
    expect(codeOf(() => alertLevel([Number.NEGATIVE_INFINITY]))).toEqual(['NOT_FINITE', ['forecast', 0]]);
    expect(codeOf(() => alertLevel(new Int16Array([5, -5])))).toEqual(['NEGATIVE_VALUE', ['forecast', 1]]);
    expect(codeOf(() => alertLevel(new Float64Array([5, Number.POSITIVE_INFINITY])))).toEqual(['NOT_FINITE', ['forecast', 1]]);
    expect(codeOf(() => alertLevel(new BigInt64Array(2) as never))).toEqual(['INVALID_TYPE', ['forecast']]);
    expect(codeOf(() => alertLevel(new Array(100_001).fill(1)))).toEqual(['SERIES_TOO_LONG', ['forecast']]);
  });

  it('rejects bad options and malformed gradings', () => {
    const g = (grading: unknown) => codeOf(() => alertLevel([1], { grading } as never));
    expect(codeOf(() => alertLevel([1], 'red' as never))).toEqual(['INVALID_TYPE', ['options']]);
    expect(codeOf(() => alertLevel([1], { grding: NATIONAL_ALERT_GRADING } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'grding']]);
    expect(g({ levels: [] })).toEqual(['OUT_OF_RANGE', ['options', 'grading', 'levels']]);
    expect(g({ levels: [{ level: 'a', when: [] }] })).toEqual(['OUT_OF_RANGE', ['options', 'grading', 'levels', 0, 'when']]);
    expect(g({ levels: [{ level: 'none', when: [{ above: 1, days: 1 }] }] })).toEqual(['INVALID_OPTION', ['options', 'grading', 'levels', 0, 'level']]);
    expect(g({ levels: [{ level: 'a', when: [{ above: 1, days: 1 }] }, { level: 'a', when: [{ above: 2, days: 1 }] }] })).toEqual([
      'INVALID_OPTION',
      ['options', 'grading', 'levels', 1, 'level'],
    ]);
    const when = (c: unknown) => g({ levels: [{ level: 'a', when: [c] }] });
    const at = ['options', 'grading', 'levels', 0, 'when', 0];
    expect(when({ days: 1 })).toEqual(['INVALID_OPTION', [...at, 'above']]);
    expect(when({ above: 200, atLeast: 500, days: 1 })).toEqual(['INVALID_OPTION', [...at, 'above']]);
    expect(when({ above: -1, days: 1 })).toEqual(['OUT_OF_RANGE', [...at, 'above']]);
    expect(when({ above: Number.NaN, days: 1 })).toEqual(['NOT_FINITE', [...at, 'above']]);
    expect(when({ above: 200, days: 0 })).toEqual(['OUT_OF_RANGE', [...at, 'days']]);
    expect(when({ above: 200, days: 1.5 })).toEqual(['NOT_AN_INTEGER', [...at, 'days']]);
    expect(when({ above: 200, days: 367 })).toEqual(['OUT_OF_RANGE', [...at, 'days']]);
    expect(when({ above: 200, days: 2, hours: 48 })).toEqual(['UNKNOWN_OPTION', [...at, 'hours']]);
    expect(when({ above: 200, days: 2, inner: { above: 300, days: 1, consecutive: 'yes' } })).toEqual(['INVALID_TYPE', [...at, 'inner', 'consecutive']]);
  });
});

describe('alertLevel: local gradings', () => {
  // A blue level below the national ones, as some provinces add: AQI > 200 on one day, or AQI > 150 for 48 h.
  const withBlue = {
    name: 'local, with blue',
    levels: [{ level: 'blue', when: [{ above: 200, days: 1 }, { above: 150, days: 2 }] }, ...NATIONAL_ALERT_GRADING.levels],
  } as const satisfies AlertGrading;

  it('expresses a blue level: AQI > 200 on one day, or > 150 for 48 h', () => {
    expect(alertLevel([205], { grading: withBlue }).level).toBe('blue');
    expect(alertLevel([200], { grading: withBlue }).level).toBe('none');
    const r = alertLevel([140, 160, 170, 120], { grading: withBlue });
    expect(r.level).toBe('blue');
    expect(span(r)).toEqual([1, 2]);
    expect(r.reason?.conditionIndex).toBe(1);
    expect(alertLevel([140, 160, 140, 151], { grading: withBlue }).level).toBe('none'); // > 150 on single days only
    expect(alertLevel([150, 150, 150], { grading: withBlue }).level).toBe('none'); // 150 is not above 150
    // The national levels still apply above it.
    expect(alertLevel([201, 201], { grading: withBlue }).level).toBe('yellow');
    expect(alertLevel([210, 310, 305, 220], { grading: withBlue }).level).toBe('red');
    // On a tie of start, the first condition of the level: day 0 passes both, > 200 is listed first.
    expect(alertLevel([205, 160], { grading: withBlue }).reason?.conditionIndex).toBe(0);
  });

  it('expresses a table without the day above 300 for orange (忻州市, 72 h above 200)', () => {
    // 忻州市 (reply of the city's ecology bureau, 2021-03-16) and 呼和浩特市 (2019 plan): orange for AQI > 200 lasting
    // 72 h, yellow and red as national.
    const xinzhou = {
      levels: [
        { level: 'yellow', when: [{ above: 200, days: 2 }] },
        { level: 'orange', when: [{ above: 200, days: 3 }] },
        { level: 'red', when: [{ above: 200, days: 4, inner: { above: 300, days: 2 } }, { atLeast: 500, days: 1 }] },
      ],
    } as const satisfies AlertGrading;
    expect(alertLevel([250, 260, 270], { grading: xinzhou }).level).toBe('orange');
    expect(level([250, 260, 270])).toBe('yellow');
    expect(alertLevel([250, 310, 320, 270], { grading: xinzhou }).level).toBe('red');
  });

  it('counts days above 300 anywhere in the run with consecutive: false', () => {
    const loose = { levels: [{ level: 'red', when: [{ above: 200, days: 4, inner: { above: 300, days: 2, consecutive: false } }] }] } as const;
    const r = alertLevel([210, 310, 250, 320, 230], { grading: loose });
    expect(r.level).toBe('red');
    expect(r.reason?.innerDays).toEqual([1, 3]);
    expect(r.reason?.text).toBe('AQI > 200 for 4 days or more, with AQI > 300 on at least 2 days of them');
    expect(alertLevel([210, 310, 250, 220, 230], { grading: loose }).level).toBe('none');
  });

  it('checks each level on its own: a severe level need not imply a lesser one', () => {
    const odd = { levels: [{ level: 'low', when: [{ above: 100, days: 5 }] }, { level: 'high', when: [{ atLeast: 300, days: 1 }] }] } as const;
    expect(alertLevel([300], { grading: odd }).level).toBe('high');
    expect(alertLevel([120, 120, 120, 120, 120], { grading: odd }).level).toBe('low');
  });
});

describe('alertLevel: the examples of docs/alerts.md', () => {
  it('gives what the guide shows', () => {
    const r = alertLevel([120, 230, 260, 310, 240, 150, 90]);
    expect(r.level).toBe('orange');
    expect(r.episode).toEqual({ start: 1, end: 4, length: 4, peak: 310, peakDay: 3, cutByMissing: false });
    expect(r.reason?.innerDays).toEqual([3]);
    // Three days above 200, a day at 190, two more: two episodes, not one of five.
    expect(alertLevel([210, 220, 230, 190, 240, 250]).episode).toMatchObject({ start: 0, end: 2 });
  });
});
