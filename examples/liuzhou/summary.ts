/**
 * The summary `npm start` prints first (at most 40 lines of at most 100 columns): the plan's targets against what
 * happened, and Liuzhou 2019 computed from the released station data beside the published figures, with what those
 * data can and cannot support. `npm start -- --full` prints the full report after it.
 */
import { type CityAssessment, type ValueTarget, aqiCategory, roundHalfEven, targetGap, theilSen, toStandardState } from '../../src/index.js';
import { fixed, table } from '../_table.js';
import { PUBLISHED_OUTCOMES, TARGETS, seriesOf } from './plan.js';
import { LIUZHOU_WEATHER, PUBLISHED_2019 } from './year2019.js';

const LABEL = { pm25_annual: 'PM2.5 annual mean, µg/m³', good_days_ratio: 'good-days ratio, %' } as const;
const BOUND = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' } as const;

/** The months below the monthly minimum, from the items' reasons: `2019-08 (25), 2019-09 (24–25)`. */
function shortMonths(reasons: ReadonlyArray<string | null>): string {
  const counts = new Map<string, number[]>();
  for (const reason of reasons) {
    for (const m of (reason ?? '').matchAll(/(\d+) valid days in (\d{4}-\d{2})/g)) {
      counts.set(m[2] as string, [...(counts.get(m[2] as string) ?? []), Number(m[1])]);
    }
  }
  return [...counts]
    .map(([month, n]) => {
      const [lo, hi] = [Math.min(...n), Math.max(...n)];
      return `${month} (${lo === hi ? lo : `${lo}–${hi}`})`;
    })
    .join(', ');
}

function targetRows(): unknown[][] {
  const targets = TARGETS.milestones.flatMap((m) => m.targets.filter((t): t is ValueTarget => t.kind === 'value'));
  return targets.map((t) => {
    const indicator = t.indicator as keyof typeof LABEL;
    const actuals = PUBLISHED_OUTCOMES.map((o) => ({ year: o.year, value: o[indicator] }));
    const at = actuals.find((a) => a.year === t.year);
    const latest = actuals[actuals.length - 1] as { year: number; value: number };
    if (at !== undefined) {
      const gap = targetGap({ indicator, current: at, target: { year: t.year, value: t.value, bound: t.bound } });
      return [LABEL[indicator], t.year, `${BOUND[t.bound]} ${t.value}`, `${at.value} (${at.year})`, gap.met ? 'met' : 'missed'];
    }
    const gap = targetGap({ indicator, current: latest, target: { year: t.year, value: t.value, bound: t.bound } });
    const status = gap.met ? `already met in ${latest.year}` : `${fixed(Math.abs(gap.shortfall), 1)} to go`;
    return [LABEL[indicator], t.year, `${BOUND[t.bound]} ${t.value}`, `${latest.value} (${latest.year})`, status];
  });
}

/** Prints the summary; `plotPath` is where the plots were written. */
export function printSummary(city: CityAssessment, plotPath: string, log: (line: string) => void = console.log): void {
  const a = city.assessment;
  log('lantian: the Liuzhou attainment plan (柳州市环境空气质量限期达标规划) and its 2019, in brief');
  log('(`npm start -- --full` prints the full report)');
  log('');
  log("The plan’s targets (baseline 2014: PM2.5 67 µg/m³, good days 65.8 %) and the published figures");
  log(table(['indicator', 'year', 'target', 'published', 'status'], targetRows()));
  const pm = seriesOf('pm25_annual', true);
  const fit = theilSen(pm);
  const first = pm[0] as { year: number };
  const last = pm[pm.length - 1] as { year: number; value: number };
  log(
    `PM2.5 ${first.year}–${last.year}: Theil–Sen slope ${fixed(fit.slope, 1)} µg/m³ a year ` +
      `(95 % interval ${fixed(fit.lowSlope, 1)} … ${fixed(fit.highSlope, 1)}).`,
  );
  log('');

  const pm25 = a.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean');
  const raw = pm25?.observed ?? null;
  const standard = raw === null ? null : toStandardState('pm25', raw, LIUZHOU_WEATHER);
  const days = a.days;
  log(`Liuzhou 2019 from the released hourly data of its ${city.stations.length} stations, beside the published figures`);
  log(
    table(
      ['figure', 'computed', 'published'],
      [
        ['PM2.5 annual mean, µg/m³ (standard state)', standard === null ? null : roundHalfEven(standard), PUBLISHED_2019.pm25],
        ['good days (AQI ≤ 100)', `${days.goodDays} of ${days.validDays} valid days`, `${PUBLISHED_2019.goodDays} of 365`],
        ['good-days ratio, %', fixed(days.goodDaysRatio, 1), fixed(PUBLISHED_2019.ratio, 1)],
      ],
    ),
  );
  const invalid = a.items.filter((i) => !i.valid);
  const byLevel = days.byLevel.map((n, i) => `${aqiCategory([25, 75, 125, 175, 250, 400][i] as number).name.zh} ${n}`).join(' ');
  log(`Days by category (${days.validDays} with an AQI): ${byLevel}.`);
  log('What these data support:');
  log(`- ${365 - days.validDays} days lack a valid city AQI (the release misses 2019-04-08 and hours of Aug–Oct).`);
  if (invalid.length > 0) {
    log(`- ${invalid.length} of ${a.items.length} annual items fall short of GB 3095 Table 4 (27 valid days a month):`);
    log(`  ${shortMonths(invalid.map((i) => i.reason))}; so no attainment verdict and no index.`);
  }
  log(`- Over the valid days PM2.5 averages ${fixed(raw, 1)} µg/m³ at actual conditions, ${fixed(standard, 1)} at the`);
  log(`  standard state of the 2019 figures: ${standard === null ? '—' : roundHalfEven(standard)} rounded, as published.`);
  log(`- The valid days' good-days ratio is ${fixed(days.goodDaysRatio, 1)} %; the published ${PUBLISHED_2019.ratio} % counts all 365 days.`);
  log('');
  log(`Plots (calendar, items, trend, inventory, stations): ${plotPath}`);
}
