/** episodes: the runs of consecutive days above a threshold; every expectation is worked by hand. */
import { describe, expect, it } from 'vitest';
import { HEAVY_POLLUTION_AQI, episodes } from '../../src/index.js';
import { codeOf } from '../_helpers/errors.js';

describe('episodes', () => {
  it('lists the runs above 200 with their lengths and peaks', () => {
    expect(HEAVY_POLLUTION_AQI).toBe(200);
    expect(episodes([180, 215, 260, 199, 230, 230, 120, 320])).toEqual([
      { start: 1, end: 2, length: 2, peak: 260, peakDay: 2, cutByMissing: false },
      { start: 4, end: 5, length: 2, peak: 230, peakDay: 4, cutByMissing: false }, // the first day with the peak
      { start: 7, end: 7, length: 1, peak: 320, peakDay: 7, cutByMissing: false },
    ]);
  });

  it('does not count a day at the threshold', () => {
    expect(episodes([200, 200, 200])).toEqual([]);
    expect(episodes([201, 200, 201]).map((e) => e.length)).toEqual([1, 1]);
    expect(episodes([500, 499], { atLeast: 500 })).toEqual([{ start: 0, end: 0, length: 1, peak: 500, peakDay: 0, cutByMissing: false }]);
    expect(episodes([300, 301, 302], { above: 300 }).map((e) => [e.start, e.end])).toEqual([[1, 2]]);
  });

  it('ends a run at a missing day and marks the runs it touches', () => {
    const e = episodes([210, null, 220, 230, Number.NaN, 150, 240, undefined]);
    expect(e.map((x) => [x.start, x.end, x.cutByMissing])).toEqual([
      [0, 0, true],
      [2, 3, true],
      [6, 6, true],
    ]);
    expect(episodes([210, 220, 150, null]).map((x) => x.cutByMissing)).toEqual([false]);
  });

  it('keeps runs of at least minDays', () => {
    expect(episodes([210, 150, 220, 230, 150, 240, 250, 260], { minDays: 2 }).map((x) => [x.start, x.length])).toEqual([
      [2, 2],
      [5, 3],
    ]);
    expect(episodes([210, 220], { minDays: 3 })).toEqual([]);
  });

  it('reads typed arrays and gives nothing for no data', () => {
    expect(episodes(new Float64Array([250, Number.NaN, 260])).map((x) => x.start)).toEqual([0, 2]);
    expect(episodes(new Uint16Array([90, 210]))).toEqual([{ start: 1, end: 1, length: 1, peak: 210, peakDay: 1, cutByMissing: false }]);
    expect(episodes([])).toEqual([]);
    expect(episodes([null, null])).toEqual([]);
    expect(episodes([0, 0], { above: 0 })).toEqual([]);
    expect(episodes([0, 0], { atLeast: 0 }).map((x) => x.length)).toEqual([2]);
  });

  it('rejects bad values and options', () => {
    expect(codeOf(() => episodes(null as never))).toEqual(['INVALID_TYPE', ['values']]);
    expect(codeOf(() => episodes([1, true] as never))).toEqual(['INVALID_TYPE', ['values', 1]]);
    expect(codeOf(() => episodes([1, -0.5]))).toEqual(['NEGATIVE_VALUE', ['values', 1]]);
    expect(codeOf(() => episodes([Number.POSITIVE_INFINITY]))).toEqual(['NOT_FINITE', ['values', 0]]);
    expect(codeOf(() => episodes([1], { above: 200, atLeast: 300 }))).toEqual(['INVALID_OPTION', ['options', 'atLeast']]);
    expect(codeOf(() => episodes([1], { above: -1 }))).toEqual(['OUT_OF_RANGE', ['options', 'above']]);
    expect(codeOf(() => episodes([1], { minDays: 0 }))).toEqual(['OUT_OF_RANGE', ['options', 'minDays']]);
    expect(codeOf(() => episodes([1], { minDays: 2.5 }))).toEqual(['NOT_AN_INTEGER', ['options', 'minDays']]);
    expect(codeOf(() => episodes([1], { threshold: 200 } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'threshold']]);
    expect(codeOf(() => episodes([1], null as never))).toEqual(['INVALID_TYPE', ['options']]);
  });
});
