/**
 * The Liuzhou plan report: what lantian computes from the plan's own figures and what happened next.
 * `npm start` prints it (examples/main.ts).
 */
import {
  type PlanIndicator,
  type ValueTarget,
  PLAN_INDICATOR_INFO,
  checkConsistency,
  emissionShares,
  formatCnyAmount,
  investmentTotals,
  isLantianError,
  mannKendall,
  projectAttainment,
  projectsDue,
  spearmanTrend,
  targetGap,
  theilSen,
  topEmitters,
} from '../../src/index.js';
import { fixed, table } from '../_table.js';
import {
  INTENSITIES,
  INVENTORY_POLLUTANTS,
  LIUGANG_SO2_WAN_TONNES,
  POLLUTANT_LABELS,
  SECTOR_SHARES,
  SOURCES,
  TOP_TEN_SHARES,
  TOTALS_WAN_TONNES,
  derivedInventory,
  halfUnit,
} from './inventory.js';
import { NOT_CHECKABLE, OUTCOMES, OUTCOME_STATEMENTS, PUBLISHED_OUTCOMES, QUOTED, STATEMENTS, TARGETS, seriesOf } from './plan.js';
import { TABLE_2, TABLE_3, readProjectTable } from './projects.js';

const INDICATOR_LABEL: Readonly<Partial<Record<PlanIndicator, string>>> = {
  so2_annual: 'SO2 annual mean',
  no2_annual: 'NO2 annual mean',
  pm10_annual: 'PM10 annual mean',
  pm25_annual: 'PM2.5 annual mean',
  co_24h_p95: 'CO 24h P95',
  o3_8h_p90: 'O3 8h P90',
  good_days_ratio: 'good-days ratio',
};

function heading(log: (line: string) => void, text: string): void {
  log('');
  log(text);
  log('='.repeat(Math.min(100, text.length + 8)));
}

/** The 2017 value of an indicator as the plan quotes it. */
function value2017(indicator: PlanIndicator): number {
  const figure = QUOTED[indicator]?.find((f) => f.year === 2017);
  if (figure === undefined) throw new Error(`no 2017 figure for ${indicator}`);
  return figure.value;
}

const valueTargets = (): ValueTarget[] =>
  TARGETS.milestones.flatMap((m) => m.targets.filter((t): t is ValueTarget => t.kind === 'value'));

function targetsSection(log: (line: string) => void): void {
  heading(log, '1. Target gaps from the 2017 values (plan §二(六), Table 1)');
  log(`Baseline ${TARGETS.baseline.year}: PM2.5 ${TARGETS.baseline.values.pm25_annual} µg/m³, good days ${TARGETS.baseline.values.good_days_ratio} %.`);
  const rows = valueTargets().map((t) => {
    const gap = targetGap({ indicator: t.indicator, current: { year: 2017, value: value2017(t.indicator) }, target: { year: t.year, value: t.value, bound: t.bound } });
    const unit = PLAN_INDICATOR_INFO[t.indicator].unit === '%' ? '%' : 'µg/m³';
    return [
      INDICATOR_LABEL[t.indicator],
      t.year,
      `${t.bound} ${t.value} ${unit}`,
      gap.current.value,
      gap.met ? 'yes' : 'no',
      fixed(gap.shortfall, 1),
      fixed(gap.shortfallPercent, 1),
      gap.yearsLeft,
      fixed(gap.annualLinear, 2),
      fixed(gap.annualCompoundPercent, 2),
    ];
  });
  log(
    table(
      ['indicator', 'year', 'target', '2017', 'met', 'shortfall', 'shortfall %', 'years', 'linear /yr', 'compound %/yr'],
      rows,
    ),
  );
  log('Shortfall: how far 2017 is from the target in the required direction; linear and compound: the change a year');
  log('that lands exactly on the target (negative: a fall). 全面达标 in 2025 means all six pollutants attain GB 3095.');
}

function outcomesSection(log: (line: string) => void): void {
  heading(log, '2. What happened next');
  log(
    table(
      ['year', 'PM2.5 µg/m³', 'good days', 'good-days ratio %', 'source', 'note'],
      [...OUTCOMES].sort((a, b) => a.year - b.year).map((o) => [o.year, o.pm25_annual, o.goodDays, o.good_days_ratio, o.source, o.note]),
    ),
  );
  const rows: unknown[][] = [];
  const verdicts: string[] = [];
  for (const t of valueTargets().filter((x) => x.year <= 2020)) {
    const actuals = PUBLISHED_OUTCOMES.filter((o) => o.year > 2017 && o.year <= t.year).map((o) => ({ year: o.year, value: o[t.indicator as 'pm25_annual' | 'good_days_ratio'] }));
    const gap = targetGap({ indicator: t.indicator, current: { year: 2017, value: value2017(t.indicator) }, target: { year: t.year, value: t.value, bound: t.bound }, actuals });
    const track = gap.track;
    if (track === null) continue;
    for (const y of track.years) {
      const judged = y.year === t.year ? (y.onTrackLinear ? 'target met' : 'target missed') : y.onTrackLinear && y.onTrackCompound !== false ? 'on track' : 'behind';
      rows.push([INDICATOR_LABEL[t.indicator], `${t.bound} ${t.value} in ${t.year}`, y.year, y.actual, fixed(y.linear, 2), fixed(y.compound, 2), judged]);
    }
    const latest = track.latest;
    verdicts.push(
      latest.year === t.year
        ? `${INDICATOR_LABEL[t.indicator]} ${t.year} target ${latest.onTrackLinear ? 'met' : 'missed'}`
        : `${INDICATOR_LABEL[t.indicator]} ${latest.year} ${latest.onTrackLinear && latest.onTrackCompound !== false ? 'on track' : 'behind'} for ${t.year}`,
    );
  }
  log('');
  log(table(['indicator', 'target', 'year', 'actual', 'straight path', 'compound path', 'judgement'], rows));
  log('Judged on the published figures. Paths run from the 2017 value to the target: straight (equal steps) and');
  log('compound (equal percentages).');
  log(`${verdicts.join('; ')}.`);
}

function describeError(error: unknown): string {
  if (isLantianError(error)) return error.code === 'INSUFFICIENT_DATA' ? 'too few years' : error.code;
  throw error;
}

function trendsSection(log: (line: string) => void): void {
  heading(log, '3. Trends in the series the plan quotes (Spearman per HJ 663 Annex B; Mann–Kendall; Theil–Sen)');
  const series: Array<[string, PlanIndicator, boolean]> = [
    ['SO2', 'so2_annual', false],
    ['NO2', 'no2_annual', false],
    ['PM10', 'pm10_annual', false],
    ['PM2.5 (plan)', 'pm25_annual', false],
    ['PM2.5 + 2018–2019', 'pm25_annual', true],
    ['O3 P90', 'o3_8h_p90', false],
    ['CO P95', 'co_24h_p95', false],
    ['good days (plan)', 'good_days_ratio', false],
    ['good days + 2018–2019', 'good_days_ratio', true],
  ];
  const rows = series.map(([label, indicator, more]) => {
    const points = seriesOf(indicator, more);
    const years = points.map((p, i) => (i === 0 ? String(p.year) : String(p.year).slice(2))).join(', ');
    let spearman = '';
    let mk = '';
    let sen = '';
    try {
      const s = spearmanTrend(points);
      const verdict = s.significant ? (s.direction === 'decreasing' ? 'falling' : 'rising') : 'none';
      spearman = `rs ${fixed(s.rs, 3)}, crit ${fixed(s.critical, 3)}, p ${fixed(s.p, 4)} → ${verdict}`;
    } catch (e) {
      spearman = describeError(e);
    }
    try {
      const m = mannKendall(points.map((p) => p.value));
      mk = `S ${m.S}, Z ${fixed(m.Z, 2)}, p ${fixed(m.p, 3)}`;
    } catch (e) {
      mk = describeError(e);
    }
    try {
      const t = theilSen(points);
      sen = `${fixed(t.slope, 2)} /yr [${fixed(t.lowSlope, 2)}, ${fixed(t.highSlope, 2)}]`;
    } catch (e) {
      sen = describeError(e);
    }
    return [label, years, spearman, mk, sen];
  });
  log(table(['series', 'years', 'Spearman (one-sided, α 0.05)', 'Mann–Kendall (two-sided)', 'Theil–Sen slope, 95 % CI'], rows));
  log('The critical values are the commonly printed HJ 663 table (UNCONFIRMED); p is exact for n ≤ 10. Two years make no trend.');

  const pm25 = seriesOf('pm25_annual', true);
  const projection = projectAttainment(pm25, { limit: { item: 'pm25', averaging: 'annual', edition: 'GB3095-2012', grade: 2 } });
  log('');
  log(`PM2.5 projected to the GB 3095-2012 annual limit of ${projection.limit} µg/m³ (${projection.limitSource ?? 'given'}) from ${pm25.map((p) => `${p.year}: ${p.value}`).join(', ')}:`);
  log(
    table(
      ['path', 'per year', '95 % interval', `fitted ${projection.lastYear}`, 'reaches 35 in', 'earliest', 'latest'],
      [
        ['linear (Theil–Sen)', `${fixed(projection.linear.perYear, 2)} µg/m³`, `${fixed(projection.linear.perYearLow, 2)} … ${fixed(projection.linear.perYearHigh, 2)}`, fixed(projection.linear.fittedLastYear, 1), fixed(projection.linear.year, 1), fixed(projection.linear.earliest, 1), projection.linear.latest === null ? 'never' : fixed(projection.linear.latest, 1)],
        ...(projection.compound === null
          ? []
          : [['compound (Theil–Sen on ln)', `${fixed(projection.compound.perYear, 2)} %`, `${fixed(projection.compound.perYearLow, 2)} … ${fixed(projection.compound.perYearHigh, 2)}`, fixed(projection.compound.fittedLastYear, 1), fixed(projection.compound.year, 1), fixed(projection.compound.earliest, 1), projection.compound.latest === null ? 'never' : fixed(projection.compound.latest, 1)]]),
      ],
    ),
  );
}

/**
 * The areas (km²) a pollutant's printed total and intensity allow: each printed figure stands for the values
 * within half a unit of it, so total/intensity lies between (total − ½)/(intensity + ½) and (total + ½)/(intensity − ½).
 */
function areaRange(p: (typeof INVENTORY_POLLUTANTS)[number]): readonly [number, number] {
  const total = TOTALS_WAN_TONNES[p];
  const intensity = INTENSITIES[p];
  return [
    ((Number(total) - halfUnit(total)) * 10_000) / (Number(intensity) + halfUnit(intensity)),
    ((Number(total) + halfUnit(total)) * 10_000) / (Number(intensity) - halfUnit(intensity)),
  ];
}

function inventorySection(log: (line: string) => void): void {
  heading(log, '4. The 2014 emission inventory (plan §一(三)): leading sources per pollutant');
  const ranges = INVENTORY_POLLUTANTS.map(areaRange);
  log(
    table(
      ['pollutant', 'total (万吨)', 'tonnes', 'intensity t/km²', 'implied area km²'],
      INVENTORY_POLLUTANTS.map((p, i) => {
        const [lo, hi] = ranges[i] as readonly [number, number];
        return [POLLUTANT_LABELS[p], TOTALS_WAN_TONNES[p], Number(TOTALS_WAN_TONNES[p]) * 10_000, INTENSITIES[p], `${fixed(lo, 0)} – ${fixed(hi, 0)}`];
      }),
    ),
  );
  const lo = Math.max(...ranges.map((r) => r[0]));
  const hi = Math.min(...ranges.map((r) => r[1]));
  log(
    lo <= hi
      ? `The plan gives no area. Totals and intensities as printed (each ± half a unit) fit one area of ${fixed(lo, 0)}–${fixed(hi, 0)} km².`
      : 'The plan gives no area, and its totals and intensities fit no single area.',
  );

  const inventory = derivedInventory();
  const byGroup = emissionShares(inventory, { by: 'group' });
  const rows: unknown[][] = [];
  const differ: string[] = [];
  for (const p of INVENTORY_POLLUTANTS) {
    const shares = byGroup.pollutants[p];
    const lines: unknown[][] = [];
    for (const row of shares?.rows ?? []) {
      const source = SOURCES.find((s) => s.name === row.key);
      const stated = source?.shares[p];
      const derived = fixed(row.share, 1);
      if (stated !== undefined && Number(stated) !== Number(derived)) differ.push(`${POLLUTANT_LABELS[p]} ${row.key} ${stated} % → ${derived} % (the sum of its named parts)`);
      const parts = source?.parts
        ?.filter((part) => part.shares[p] !== undefined)
        .map((part) => `${part.enterprise ?? part.name} ${part.shares[p]}`)
        .join(', ');
      lines.push([row.key, stated ?? derived, fixed(row.tonnes, 0), parts ?? '']);
    }
    if (shares === undefined || shares.unattributedShare > 0.05) {
      lines.push([shares === undefined ? '(no shares stated)' : '(not attributed by the plan)', shares === undefined ? '' : fixed(shares.unattributedShare, 1), shares === undefined ? Number(TOTALS_WAN_TONNES[p]) * 10_000 : fixed(shares.unattributed, 0), '']);
    }
    lines.forEach((line, i) => rows.push([i === 0 ? POLLUTANT_LABELS[p] : '', ...line]));
  }
  log('');
  log(table(['pollutant', 'source (plan\'s groups)', 'share %', 'tonnes (derived)', 'named parts, share %'], rows));
  log('Shares as printed; the tonnes are derived (share × total), the plan prints none but 柳钢\'s SO2.');
  for (const line of differ) log(`Derived share differs from the printed one: ${line}.`);

  const named = INVENTORY_POLLUTANTS.filter((p) => TOP_TEN_SHARES[p] !== undefined).map((p) => {
    const top = topEmitters(inventory, p);
    return [POLLUTANT_LABELS[p], top.items.map((i) => `${i.key} ${fixed(i.share, 1)}`).join(', '), fixed(top.share, 1), TOP_TEN_SHARES[p]];
  });
  log('');
  log(table(['pollutant', 'enterprises the plan names (%)', 'together %', 'ten largest (§一(四)) %'], named));
  log(`Sector shares the plan states (they overlap the enterprises): ${SECTOR_SHARES.map((s) => `${s.sector} ${Object.entries(s.shares).map(([p, v]) => `${POLLUTANT_LABELS[p as 'so2']} ${v} %`).join(', ')}`).join('; ')}.`);
  log(`柳钢 SO2 is also printed as ${LIUGANG_SO2_WAN_TONNES}万吨 (see the consistency check).`);
}

function projectsSection(log: (line: string) => void): void {
  heading(log, '5. Key projects (plan §四, Tables 2 and 3): investment');
  const table2 = readProjectTable(TABLE_2, 'T2');
  const table3 = readProjectTable(TABLE_3, 'T3');
  for (const [name, projects] of [
    ['Table 2 (2017–2020)', table2],
    ['Table 3 (2021–2025)', table3],
  ] as const) {
    const byDomain = investmentTotals(projects);
    log('');
    log(`${name}: ${byDomain.projects} projects, ${byDomain.display} (${byDomain.yuan} yuan); ${byDomain.unpriced} without an amount.`);
    log(table(['domain', 'investment', 'projects', 'no amount'], byDomain.groups.map((g) => [g.key, g.display, g.projects, g.unpriced])));
  }
  const byYear = investmentTotals(table2, { by: 'year' });
  log('');
  log('Table 2 by deadline (a range counts in its last year; 每年 apart):');
  log(table(['deadline', 'investment', 'projects'], byYear.groups.map((g) => [g.key === 'annual' ? '每年' : g.key, g.display, g.projects])));
  const byUnit = investmentTotals([...table2, ...table3], { by: 'responsible' }).groups.slice().sort((a, b) => Number(b.yuan) - Number(a.yuan));
  log('');
  log('Tables 2 and 3 by responsible unit (a project counts for each unit it names), the five largest:');
  log(table(['unit', 'investment', 'projects'], byUnit.slice(0, 5).map((g) => [g.key, g.display, g.projects])));
  const due = projectsDue(table2, '2019-01-01');
  log('');
  log(`Deadlines passed on 2019-01-01 (the plan records no status, so each needs checking): ${due.overdue.map((p) => `${p.measure} (${p.deadline})`).join('; ')}.`);
  log(`Due in 2019: ${due.dueThisYear.length} projects (${formatCnyAmount(investmentTotals(due.dueThisYear.map((p) => table2[p.index]!)).yuan)}); recurring: ${due.recurring.map((p) => p.measure).join(', ')}.`);
}

function consistencySection(log: (line: string) => void): void {
  heading(log, '6. Consistency: does every percentage the plan states follow from its own figures?');
  const report = checkConsistency(STATEMENTS);
  const mark = { consistent: '✓', 'within-rounding': '≈', inconsistent: '✗' } as const;
  log(table(['', 'statement', 'computed', 'stated'], report.checks.map((c) => [mark[c.verdict], c.label, c.computed === null ? '' : fixed(c.computed, 3), c.stated ?? ''])));
  log('');
  log('Findings:');
  for (const c of report.checks.filter((x) => x.verdict !== 'consistent')) log(`  ${mark[c.verdict]} ${c.label}: ${c.note}`);
  log('');
  log(`${report.consistent} follow from the figures (✓), ${report.withinRounding} only within the rounding of the figures (≈), ${report.inconsistent} do not (✗).`);
  log('Not checked (no figures to check them against, or requirements rather than facts):');
  for (const line of NOT_CHECKABLE) log(`  - ${line}`);
  log('');
  log('The published outcomes, checked the same way (not the plan\'s statements):');
  for (const c of checkConsistency(OUTCOME_STATEMENTS).checks) log(`  ${mark[c.verdict]} ${c.label}: ${c.note}`);
}

/** Prints the whole report through `log` (default `console.log`). */
export function printLiuzhouReport(log: (line: string) => void = console.log): void {
  log('柳州市环境空气质量限期达标规划 — the Liuzhou attainment plan, read by lantian');
  log('Figures at the standard state (273 K) as the plan and the 2018–2019 assessments publish them.');
  targetsSection(log);
  outcomesSection(log);
  trendsSection(log);
  inventorySection(log);
  projectsSection(log);
  consistencySection(log);
}
