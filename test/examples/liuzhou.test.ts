/**
 * The Liuzhou example: its data read as the plan prints it, and the report runs. Expected values are the plan's
 * own figures and arithmetic done by hand (shown).
 */
import { describe, expect, it } from 'vitest';
import { derivedInventory } from '../../examples/liuzhou/inventory.js';
import { OUTCOMES, OUTCOME_STATEMENTS, STATEMENTS, TARGETS, seriesOf } from '../../examples/liuzhou/plan.js';
import { printLiuzhouReport } from '../../examples/liuzhou/report.js';
import { checkConsistency, emissionShares, targetGap } from '../../src/index.js';
import { LIUZHOU_PM25 } from '../_helpers/liuzhou.js';

describe('the Liuzhou plan as data', () => {
  it('has the targets of Table 1 and §二(六)', () => {
    const values = TARGETS.milestones.flatMap((m) => m.targets.flatMap((t) => (t.kind === 'value' ? [[t.indicator, t.year, t.bound, t.value]] : [])));
    expect(values).toEqual([
      ['pm25_annual', 2018, '<=', 43],
      ['good_days_ratio', 2018, '>=', 87.7],
      ['pm25_annual', 2020, '<=', 39],
      ['good_days_ratio', 2020, '>=', 88],
      ['pm25_annual', 2025, '<=', 35],
      ['good_days_ratio', 2025, '>', 88],
    ]);
    expect(TARGETS.milestones.map((m) => [m.term, m.year])).toEqual([
      ['near', 2018],
      ['mid', 2020],
      ['long', 2025],
    ]);
    expect(TARGETS.baseline).toEqual({ year: 2014, values: { pm25_annual: 67, good_days_ratio: 65.8 } });
  });

  it('gives the 2018 gap from 2017 as the plan implies it: 45 → 43 in one year, met by 41', () => {
    // (43 − 45)/45 = −4.44 %; the published 2018 value 41 meets ≤ 43.
    const gap = targetGap({ indicator: 'pm25_annual', current: { year: 2017, value: 45 }, target: { year: 2018, value: 43 }, actuals: [{ year: 2018, value: 41 }] });
    expect(gap.shortfall).toBe(2);
    // Exactly −200/45 = −40/9 = −4.444… %.
    expect(gap.annualCompoundPercent).toBeCloseTo(-4.444444444444445, 13);
    expect(gap.track?.latest.onTrackLinear).toBe(true);
  });

  it('appends the published outcomes to the quoted series', () => {
    expect(seriesOf('pm25_annual', true)).toEqual(LIUZHOU_PM25);
    // 327/365 = 89.59 % → 89.6 %: the published 2019 ratio follows from its count over the calendar year.
    expect(OUTCOMES.map((o) => o.good_days_ratio)).toEqual([88.5, 89.6]);
  });

  it('derives the inventory from the printed totals and shares (worked by hand)', () => {
    const inventory = derivedInventory();
    expect(inventory.totals).toEqual({ so2: 42_000, nox: 60_000, pm10: 77_000, pm25: 51_000, vocs: 60_000, nh3: 24_000 });
    expect(inventory.entries.every((e) => e.derived === true)).toBe(true);
    const so2 = emissionShares(inventory, { by: 'group', pollutants: ['so2'] }).pollutants.so2;
    // 工业源 94.4 %, 移动源 3.0 %, 生物质燃烧源 2.0 %, 民用源 0.6 %: all of it.
    expect(so2?.rows.map((r) => [r.key, Number(r.share.toFixed(6))])).toEqual([
      ['工业源', 94.4],
      ['移动源', 3],
      ['生物质燃烧源', 2],
      ['民用源', 0.6],
    ]);
    expect(so2?.unattributedShare).toBeCloseTo(0, 9);
    // The 工业源 SO2 not itemised: 94.4 − 50.8 − 8.7 = 34.9 % of 42 000 t = 14 658 t.
    const rest = inventory.entries.find((e) => e.group === '工业源' && e.enterprise === undefined);
    expect(rest?.emissions.so2).toBeCloseTo(14_658, 6);
  });
});

describe('the consistency check of every percentage the plan states', () => {
  const report = checkConsistency(STATEMENTS);
  const verdict = (label: string) => report.checks.find((c) => c.label?.startsWith(label))?.verdict;

  it('finds the plan right where its arithmetic is right', () => {
    // (19 − 63)/63 = −69.841 %; (45 − 70)/70 = −35.714 %; (127 − 155)/155 = −18.065 %; 240/365 = 65.75 %;
    // 308/365 = 84.38 %; 23.2 + 5.9 = 29.1; 3.5 + 2.6 = 6.1; 94.4 + 3.0 + 2.0 + 0.6 = 100.0.
    for (const label of ['SO2 2009→2017', 'PM2.5 2013→2017', 'O3 2014→2017', '2014 good days 240/365', '2017 good days 308/365', 'NOx 移动源', 'PM2.5 扬尘源', 'SO2: 工业源']) {
      expect(verdict(label), label).toBe('consistent');
    }
  });

  it('pins where it is not', () => {
    // (66 − 92)/92 = −28.26 %, printed −27.08 %.
    expect(verdict('PM10 2014→2017')).toBe('inconsistent');
    // HJ 663 divides by the valid days: 240/(240 + 123) = 66.12 %, printed 65.8 %.
    expect(verdict('2014 good days 240/(240+123)')).toBe('inconsistent');
    // 63.48 + 19.57 + 16.97 = 100.02 > 100 + 3 × 0.005.
    expect(verdict('2017 primary pollutants 63.48')).toBe('inconsistent');
    // 2.2/4.2 = 52.38 %, printed 50.8 %: possible only with 2.15/4.25 = 50.59 % … 2.25/4.15 = 54.22 %.
    expect(verdict('柳钢 SO2')).toBe('within-rounding');
    expect(report.checks).toHaveLength(STATEMENTS.length);
  });

  it('checks the published outcomes too: 322/365 = 88.22 % is not 88.5 %, 327/365 = 89.59 % is 89.6 %', () => {
    expect(checkConsistency(OUTCOME_STATEMENTS).checks.map((c) => c.verdict)).toEqual(['inconsistent', 'consistent', 'consistent']);
  });
});

describe('the report (npm start)', () => {
  it('prints every section with the figures worked by hand', () => {
    const lines: string[] = [];
    printLiuzhouReport((line) => lines.push(line));
    const text = lines.join('\n');
    for (const heading of ['1. Target gaps', '2. What happened next', '3. Trends', '4. The 2014 emission inventory', '5. Key projects', '6. Consistency']) {
      expect(text).toContain(heading);
    }
    // Table 2: 146370万 (see test/planning/projects.test.ts); Table 3: 2000万.
    expect(text).toContain('Table 2 (2017–2020): 29 projects, 14.637亿 (1463700000 yuan); 6 without an amount.');
    expect(text).toContain('Table 3 (2021–2025): 2 projects, 2000万 (20000000 yuan); 1 without an amount.');
    expect(text).toContain('PM2.5 annual mean 2018 target met; good-days ratio 2018 target met; PM2.5 annual mean 2019 on track for 2020');
  });
});
