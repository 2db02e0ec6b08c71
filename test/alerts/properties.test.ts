/** Laws of the warning grading (property tests), and the national grading against a brute-force reading of its text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AlertGrading, NATIONAL_ALERT_GRADING, alertLevel, episodes } from '../../src/index.js';

const WITH_BLUE = {
  levels: [{ level: 'blue', when: [{ above: 200, days: 1 }, { above: 150, days: 2 }] }, ...NATIONAL_ALERT_GRADING.levels],
} as const satisfies AlertGrading;
const RANK = ['none', 'blue', 'yellow', 'orange', 'red'];
const rank = (level: string) => RANK.indexOf(level);

/** A day: often on or next to a threshold of the grading, sometimes missing. */
const day = fc.oneof(
  fc.constantFrom(150, 151, 200, 201, 300, 301, 499, 500),
  fc.integer({ min: 0, max: 520 }),
  fc.constant(null),
);
const forecast = fc.array(day, { maxLength: 16 });

/**
 * The national grading read off its text, by brute force over every window of consecutive days: a window of days
 * all above 200 is yellow from 2 days, orange from 3 days with a day above 300, red from 4 days with two
 * consecutive days above 300; any day reaching 500 is red.
 */
function bruteForce(values: ReadonlyArray<number | null>): string {
  let best = 0;
  const above = (i: number, t: number) => values[i] !== null && (values[i] as number) > t;
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== null && (values[i] as number) >= 500) best = 4;
    for (let j = i; j < values.length && above(j, 200); j++) {
      const n = j - i + 1;
      let any300 = false;
      let pair300 = false;
      for (let k = i; k <= j; k++) {
        if (above(k, 300)) any300 = true;
        if (k < j && above(k, 300) && above(k + 1, 300)) pair300 = true;
      }
      if (n >= 2) best = Math.max(best, 2);
      if (n >= 3 && any300) best = Math.max(best, 3);
      if (n >= 4 && pair300) best = Math.max(best, 4);
    }
  }
  return RANK[best] as string;
}

describe('laws of alertLevel (property)', () => {
  it('agrees with a brute-force reading of the national grading', () => {
    fc.assert(
      fc.property(forecast, (f) => {
        expect(alertLevel(f).level).toBe(bruteForce(f));
      }),
      { numRuns: 2000 },
    );
  });

  it('never lowers the level when a day’s AQI rises', () => {
    fc.assert(
      fc.property(forecast, fc.nat(), fc.integer({ min: 0, max: 400 }), (f, at, rise) => {
        if (f.length === 0) return;
        const i = at % f.length;
        const raised = f.map((v, k) => (k === i && v !== null ? v + rise : v));
        for (const grading of [NATIONAL_ALERT_GRADING, WITH_BLUE] as const) {
          expect(rank(alertLevel(raised, { grading }).level)).toBeGreaterThanOrEqual(rank(alertLevel(f, { grading }).level));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a run of days no higher level than the whole forecast', () => {
    fc.assert(
      fc.property(forecast, fc.nat(), fc.nat(), (f, a, b) => {
        const from = f.length === 0 ? 0 : a % (f.length + 1);
        const to = from + (f.length === 0 ? 0 : b % (f.length - from + 1));
        const part = f.slice(from, to);
        for (const grading of [NATIONAL_ALERT_GRADING, WITH_BLUE] as const) {
          expect(rank(alertLevel(part, { grading }).level)).toBeLessThanOrEqual(rank(alertLevel(f, { grading }).level));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reports an episode that meets the level, inside the forecast, and every missing day', () => {
    fc.assert(
      fc.property(forecast, (f) => {
        const r = alertLevel(f);
        expect(r.missing).toEqual(f.flatMap((v, i) => (v === null ? [i] : [])));
        expect(r.days).toBe(f.length);
        if (r.level === 'none') {
          expect(r.episode).toBeNull();
          return;
        }
        const e = r.episode as NonNullable<typeof r.episode>;
        expect(e.length).toBeGreaterThanOrEqual(r.reason?.condition.days as number);
        for (let i = e.start; i <= e.end; i++) expect(f[i]).not.toBeNull();
        expect(e.peak).toBe(Math.max(...(f.slice(e.start, e.end + 1) as number[])));
      }),
    );
  });
});

describe('laws of episodes (property)', () => {
  it('cover exactly the days above the threshold, in maximal, ordered runs', () => {
    fc.assert(
      fc.property(forecast, fc.constantFrom(0, 150, 200, 300), (f, above) => {
        const e = episodes(f, { above });
        const covered = new Set(e.flatMap((x) => Array.from({ length: x.length }, (_, k) => x.start + k)));
        f.forEach((v, i) => expect(covered.has(i)).toBe(v !== null && v > above));
        for (let k = 1; k < e.length; k++) expect(e[k]!.start).toBeGreaterThan(e[k - 1]!.end + 1);
        for (const x of e) {
          expect(x.end - x.start + 1).toBe(x.length);
          expect(x.cutByMissing).toBe(f[x.start - 1] === null || f[x.end + 1] === null);
        }
      }),
    );
  });
});
