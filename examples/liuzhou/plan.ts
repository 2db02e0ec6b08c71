/**
 * The Liuzhou attainment plan (柳州市环境空气质量限期达标规划, ../shared/seeds/000_dcab0b1183c2b9c1.txt) as data:
 * the figures it quotes (§一(二), the introduction and Table 1), its targets (§二(五)–(六), Table 1), what was
 * published afterwards, and every percentage it states, as statements to check.
 */
import { type PlanIndicator, type PlanTargets, type Statement, type TrendPoint, planTargets } from '../../src/index.js';

/** A figure the plan quotes: the year, the value and where it stands. */
export interface QuotedFigure {
  readonly year: number;
  readonly value: number;
  readonly where: string;
}

/**
 * The annual figures the plan quotes (µg/m³; CO mg/m³), by indicator. Annual means for SO2, NO2, PM10 and PM2.5,
 * the 95th percentile of daily CO, the 90th percentile of O3 MDA8 — at the standard state (273 K), as all
 * figures of that time.
 */
export const QUOTED: Readonly<Partial<Record<PlanIndicator, ReadonlyArray<QuotedFigure>>>> = {
  so2_annual: [
    { year: 2009, value: 63, where: '§一(二)2 "2009年SO2年均浓度为63"' },
    { year: 2017, value: 19, where: '§一(二)1, 2' },
  ],
  no2_annual: [
    { year: 2009, value: 35, where: '§一(二)2 "2009年浓度最高（35）"' },
    { year: 2016, value: 23, where: '§一(二)2 "2016年浓度最低（23）"' },
    { year: 2017, value: 26, where: '§一(二)1' },
  ],
  pm10_annual: [
    { year: 2014, value: 92, where: 'introduction "2014年柳州市的PM10年均浓度为92"' },
    { year: 2017, value: 66, where: '§一(二)1, 2' },
  ],
  pm25_annual: [
    { year: 2013, value: 70, where: '§一(二)2 "2013年PM2.5年均浓度为70…为2012至2016年最高值"' },
    { year: 2014, value: 67, where: 'introduction; Table 1' },
    { year: 2016, value: 44, where: 'Table 1' },
    { year: 2017, value: 45, where: '§一(二)1, 2' },
  ],
  o3_8h_p90: [
    { year: 2014, value: 155, where: '§一(二)2' },
    { year: 2017, value: 127, where: '§一(二)1, 2' },
  ],
  co_24h_p95: [
    { year: 2014, value: 1.7, where: '§一(二)2 "2014年…最高（1.7 mg/m3）"' },
    { year: 2017, value: 1.5, where: '§一(二)1, 2' },
  ],
  good_days_ratio: [
    { year: 2014, value: 65.8, where: '§一(二)2; Table 1' },
    { year: 2016, value: 86.3, where: 'Table 1' },
    { year: 2017, value: 84.4, where: '§一(二)2' },
  ],
};

/** Good and polluted days the plan counts (§一(二)2). */
export const DAY_COUNTS = [
  { year: 2014, good: 240, polluted: 123, statedRatio: '65.8' },
  { year: 2017, good: 308, polluted: 57, statedRatio: '84.4' },
] as const;

/**
 * What happened next: the city's annual PM2.5 and good days. `source: 'published'` rows are the published figures
 * (quoted in issue 5), at the standard state like the plan's figures (the assessment of the 13th Five-Year Plan
 * kept the old reference state; GB 3095-2012 amendment of 2018); the targets and trends are judged on them. A city-year
 * computed by lantian from station data goes in as `source: 'computed'`, with its reference state in `note`: the
 * report lists it beside the published row of its year.
 */
export interface Outcome {
  readonly year: number;
  readonly pm25_annual: number;
  readonly goodDays: number;
  readonly good_days_ratio: number;
  readonly source: 'published' | 'computed';
  readonly note: string;
}

export const OUTCOMES: ReadonlyArray<Outcome> = [
  { year: 2018, pm25_annual: 41, goodDays: 322, good_days_ratio: 88.5, source: 'published', note: 'standard state' },
  { year: 2019, pm25_annual: 38, goodDays: 327, good_days_ratio: 89.6, source: 'published', note: 'standard state' },
];

/** The published rows of {@link OUTCOMES}: what targets and trends are judged on. */
export const PUBLISHED_OUTCOMES: ReadonlyArray<Outcome> = OUTCOMES.filter((o) => o.source === 'published');

/** The plan's targets: §二(五) periods, §二(六) targets and Table 1 (空气质量达标规划指标). */
export const TARGETS: PlanTargets = planTargets({
  baseline: { year: 2014, values: { pm25_annual: 67, good_days_ratio: 65.8 } },
  milestones: [
    {
      term: 'near',
      year: 2018,
      text: '近期目标：2018年，PM2.5年均浓度下降到43μg/m3以下，优良天数比率87.7%。',
      targets: [
        { kind: 'value', indicator: 'pm25_annual', year: 2018, bound: '<=', value: 43, text: 'PM2.5年均浓度下降到43μg/m3以下' },
        { kind: 'value', indicator: 'good_days_ratio', year: 2018, bound: '>=', value: 87.7, text: '优良天数比率87.7%' },
      ],
    },
    {
      term: 'mid',
      year: 2020,
      text: '中期目标：到2020年，PM2.5年均浓度下降到39μg/m3以下，SO2和NO2浓度逐年降低，优良天数比率达到88%。',
      targets: [
        { kind: 'value', indicator: 'pm25_annual', year: 2020, bound: '<=', value: 39, text: 'PM2.5年均浓度下降到39μg/m3以下' },
        { kind: 'direction', indicators: ['so2_annual', 'no2_annual'], direction: 'decrease', every: 'year', year: 2020, text: 'SO2和NO2浓度逐年降低' },
        { kind: 'value', indicator: 'good_days_ratio', year: 2020, bound: '>=', value: 88, text: '优良天数比率达到88%' },
      ],
    },
    {
      term: 'long',
      year: 2025,
      text: '远期目标：到2025年，环境空气质量六项污染物全面达标，PM2.5年均浓度达标，SO2和NO2浓度进一步下降，优良天数比率进一步提高。',
      targets: [
        { kind: 'attainment', year: 2025, text: '环境空气质量六项污染物全面达标' },
        { kind: 'value', indicator: 'pm25_annual', year: 2025, bound: '<=', value: 35, text: 'PM2.5年均浓度达标 (Table 1: 35)' },
        { kind: 'direction', indicators: ['so2_annual', 'no2_annual'], direction: 'decrease', every: 'period', year: 2025, text: 'SO2和NO2浓度进一步下降' },
        { kind: 'value', indicator: 'good_days_ratio', year: 2025, bound: '>', value: 88, text: '优良天数比率进一步提高 (Table 1: ＞88)' },
      ],
    },
  ],
});

/** A series of {@link QUOTED} as trend points, with the published outcomes appended when asked. */
export function seriesOf(indicator: PlanIndicator, withOutcomes = false): TrendPoint[] {
  const quoted = (QUOTED[indicator] ?? []).map(({ year, value }) => ({ year, value }));
  if (!withOutcomes || (indicator !== 'pm25_annual' && indicator !== 'good_days_ratio')) return quoted;
  const later = PUBLISHED_OUTCOMES.filter((o) => !quoted.some((q) => q.year === o.year)).map((o) => ({ year: o.year, value: o[indicator] }));
  return [...quoted, ...later];
}

/**
 * Every percentage the plan states as a fact, as a statement lantian can check against the plan's own figures.
 * Figures as strings are rounded as printed; numbers are exact (counts of days, days of a year).
 */
export const STATEMENTS: ReadonlyArray<Statement> = [
  // §一(二)2 — changes.
  { kind: 'change', label: 'SO2 2009→2017 "下降了69.84%" (63 → 19)', from: 63, to: 19, stated: '-69.84' },
  { kind: 'change', label: 'PM10 2014→2017 "降低了27.08%" (92 → 66; 92 from the introduction)', from: 92, to: 66, stated: '-27.08' },
  { kind: 'change', label: 'PM2.5 2013→2017 "降低了35.71%" (70 → 45)', from: 70, to: 45, stated: '-35.71' },
  { kind: 'change', label: 'O3 2014→2017 "下降了18.06%" (155 → 127)', from: 155, to: 127, stated: '-18.06' },
  // §一(二)2 and Table 1 — good-days ratios, over the calendar year and over the days counted (HJ 663).
  { kind: 'ratio', label: '2014 good days 240/365 "65.8%" (calendar days)', part: 240, whole: 365, stated: '65.8' },
  { kind: 'ratio', label: '2014 good days 240/(240+123) "65.8%" (valid days, HJ 663)', part: 240, whole: 363, stated: '65.8' },
  { kind: 'ratio', label: '2017 good days 308/365 "84.4%" (calendar days)', part: 308, whole: 365, stated: '84.4' },
  { kind: 'ratio', label: '2017 good days 308/(308+57) "84.4%" (valid days, HJ 663)', part: 308, whole: 365, stated: '84.4' },
  // §一(二)1 — primary pollutants of 2017.
  { kind: 'sum', label: '2017 primary pollutants 63.48 + 19.57 + 16.97 = 100 %', parts: ['63.48', '19.57', '16.97'], total: 100 },
  { kind: 'counts', label: '2017 primary pollutants as shares of a count of days (≤ 366)', shares: ['63.48', '19.57', '16.97'], maxDenominator: 366 },
  // §一(三) — the inventory.
  { kind: 'ratio', label: '柳钢 SO2 "2.2万吨" of "4.2万吨" = "50.8%"', part: '2.2', whole: '4.2', stated: '50.8' },
  { kind: 'sum', label: 'SO2: 工业源 94.4 + 移动源 3.0 + 生物质 2.0 + 民用 0.6 = 100 %', parts: ['94.4', '3.0', '2.0', '0.6'], total: 100 },
  { kind: 'sum', label: 'SO2 within 工业源: 柳钢 50.8 + 柳电 8.7 + 化工 16.2 + 非金属 7.8 ≤ 94.4', parts: ['50.8', '8.7', '16.2', '7.8'], total: '94.4', relation: 'at-most' },
  { kind: 'sum', label: 'NOx: 工业源 65.9 + 移动源 29.1 ≤ 100 %', parts: ['65.9', '29.1'], total: 100, relation: 'at-most' },
  { kind: 'sum', label: 'NOx 移动源: 道路 23.2 + 非道路 5.9 = 29.1', parts: ['23.2', '5.9'], total: '29.1' },
  { kind: 'sum', label: 'NOx 工业源 sectors: 炼焦 27.3 + 水泥 11 ≤ 65.9', parts: ['27.3', '11'], total: '65.9', relation: 'at-most' },
  { kind: 'sum', label: 'NOx 工业源 enterprises: 柳钢 32.1 + 柳电 7.8 + 鱼峰 6.5 ≤ 65.9', parts: ['32.1', '7.8', '6.5'], total: '65.9', relation: 'at-most' },
  { kind: 'sum', label: 'PM10: 工业源 66.6 + 扬尘 17 + 生物质 13.2 ≤ 100 %', parts: ['66.6', '17', '13.2'], total: 100, relation: 'at-most' },
  { kind: 'sum', label: 'PM10 扬尘源: 道路 8.9 + 施工 8 = 17', parts: ['8.9', '8'], total: '17' },
  { kind: 'sum', label: 'PM10 工业源 enterprises: 柳钢 34.7 + 鱼峰 11.2 ≤ 66.6', parts: ['34.7', '11.2'], total: '66.6', relation: 'at-most' },
  { kind: 'sum', label: 'PM10 生物质: 秸秆露天焚烧 9 ≤ 13.2', parts: ['9'], total: '13.2', relation: 'at-most' },
  { kind: 'sum', label: 'PM2.5: 工业源 70.4 + 生物质 19.4 + 扬尘 6.1 ≤ 100 %', parts: ['70.4', '19.4', '6.1'], total: 100, relation: 'at-most' },
  { kind: 'sum', label: 'PM2.5 扬尘源: 道路 3.5 + 施工 2.6 = 6.1', parts: ['3.5', '2.6'], total: '6.1' },
  { kind: 'sum', label: 'PM2.5 工业源 enterprises: 柳钢 37.8 + 鱼峰 14.1 ≤ 70.4', parts: ['37.8', '14.1'], total: '70.4', relation: 'at-most' },
  { kind: 'sum', label: 'PM2.5 生物质: 秸秆露天焚烧 13.4 ≤ 19.4', parts: ['13.4'], total: '19.4', relation: 'at-most' },
  { kind: 'sum', label: 'VOCs: 工业源 56.5 + 生物质 20.3 + 非工业溶剂 11.1 ≤ 100 %', parts: ['56.5', '20.3', '11.1'], total: 100, relation: 'at-most' },
  { kind: 'sum', label: 'VOCs 工业源: 五菱 13.7 + 柳钢 10.7 + 柳化 4.0 ≤ 56.5', parts: ['13.7', '10.7', '4.0'], total: '56.5', relation: 'at-most' },
  { kind: 'sum', label: 'VOCs 工业源: 汽车制造业 25.9 ≤ 56.5', parts: ['25.9'], total: '56.5', relation: 'at-most' },
  { kind: 'sum', label: 'VOCs 生物质: 秸秆 12.3 + 炉灶 7.3 ≤ 20.3', parts: ['12.3', '7.3'], total: '20.3', relation: 'at-most' },
  { kind: 'sum', label: 'VOCs 非工业溶剂: 建筑涂料 4.7 + 农药 2.9 + 沥青 2.6 ≤ 11.1', parts: ['4.7', '2.9', '2.6'], total: '11.1', relation: 'at-most' },
  // §一(四)2 — the ten largest enterprises against the enterprises the plan names.
  { kind: 'sum', label: 'SO2 named enterprises 50.8 + 8.7 ≤ ten largest 74', parts: ['50.8', '8.7'], total: '74', relation: 'at-most' },
  { kind: 'sum', label: 'NOx named enterprises 32.1 + 7.8 + 6.5 ≤ ten largest 58', parts: ['32.1', '7.8', '6.5'], total: '58', relation: 'at-most' },
  { kind: 'sum', label: 'PM10 named enterprises 34.7 + 11.2 ≤ ten largest 57', parts: ['34.7', '11.2'], total: '57', relation: 'at-most' },
  { kind: 'sum', label: 'PM2.5 named enterprises 37.8 + 14.1 ≤ ten largest 63', parts: ['37.8', '14.1'], total: '63', relation: 'at-most' },
  { kind: 'sum', label: 'VOCs named enterprises 13.7 + 10.7 + 4.0 ≤ ten largest 35', parts: ['13.7', '10.7', '4.0'], total: '35', relation: 'at-most' },
];

/**
 * The published outcomes' own ratios, checked like the plan's (they are not the plan's statements). 2018: 322
 * good days are 88.5 % only of 364 valid days (322/364 = 88.46 %); the count of valid days is not published.
 */
export const OUTCOME_STATEMENTS: ReadonlyArray<Statement> = [
  { kind: 'ratio', label: '2018 good days 322/365 "88.5%" (calendar days)', part: 322, whole: 365, stated: '88.5' },
  { kind: 'ratio', label: '2018 good days 322/364 "88.5%" (364 valid days, assumed)', part: 322, whole: 364, stated: '88.5' },
  { kind: 'ratio', label: '2019 good days 327/365 "89.6%" (calendar days)', part: 327, whole: 365, stated: '89.6' },
];

/**
 * Percentages the plan states that are not facts to check against its figures: requirements and policy
 * thresholds, and one figure with nothing to check it against.
 */
export const NOT_CHECKABLE: ReadonlyArray<string> = [
  'Table 1: 2016 good-days ratio 86.3 % (no count of days is given)',
  '§一(四)2: second industry 55.0 % of value added in 2016 (no figures given)',
  '§三(二): sulphur in coal ≤ 0.6 %, in fuel oil ≤ 0.8 %; §三(三): ≤ 1.5 % and ≤ 0.8 % (requirements)',
  '§三(三): denitrification efficiency ≥ 60 %; 100 % stable compliance of key sources by 2020 (requirements)',
  '§三(四): VOC capture ≥ 90 % (vehicle plants), ≥ 80 % (other car makers) (requirements)',
  '§三(五): dust-control zones 100 % of the built-up area; §三(六): ≥ 30 % new-energy buses and taxis (requirements)',
];
