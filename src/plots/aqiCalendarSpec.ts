import { HJ633_CATEGORY_NAMES, HJ633_COLORS } from '../aqi/colors.js';
import { pollutantInfo } from '../pollutants/index.js';
import { civilFromDays, daysFromCivil, formatDay } from '../_lib/time.js';
import { readOptions, requireInteger, requireRecord } from '../_lib/validate.js';
import { readCalendarDays, readYear, type CalendarDay } from './_read.js';
import { bilingual, readTitle, VEGA_LITE_SCHEMA, type VegaLiteSpec } from './_spec.js';

/** Options of {@link aqiCalendarSpec}. */
export interface AqiCalendarSpecOptions {
  /** The plot's title; default `'<year> 空气质量指数日历 · AQI calendar'`. */
  readonly title?: string;
  /** The size of a day's square in pixels (8…60); default 18. */
  readonly cellSize?: number;
}

/** The days of a year as {@link aqiCalendarSpec} reads them: `assessYear`'s result fits. */
export interface AqiCalendarInput {
  readonly year: number;
  readonly daily: ReadonlyArray<{
    readonly date: string;
    readonly aqi: number | null;
    readonly level: number | null;
    readonly primaryPollutants?: ReadonlyArray<string>;
  }>;
}

/** The legend label of days without an AQI. */
export const NO_DATA_LABEL = '无数据 No data';
/** The colour of days without an AQI: a light grey, outside the six category colours. */
export const NO_DATA_COLOR = '#E6E6E6';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_LABELS = MONTHS_EN.map((en, i) => `${i + 1}月 ${en}`);

/**
 * A year of daily AQI as a calendar, in the manner of openair's `calendarPlot` (Carslaw and Ropkins 2012): one
 * panel per month, weeks in rows and weekdays (Monday first) in columns, each day a square in the colour of its
 * AQI category — the RGB colours of HJ 633-2012 Appendix A Table A.1 and HJ 633-2026 Appendix A Table A.1
 * (identical): 优 green #00E400, 良 yellow #FFFF00, 轻度污染 orange #FF7E00, 中度污染 red #FF0000, 重度污染
 * purple #99004C, 严重污染 maroon #7E0023. The legend names the categories as HJ 633-2012 Table 2 and
 * HJ 633-2026 Table 1 do, with their usual English names; days without an AQI (and days the report does not
 * list) are drawn as missing, in grey. Each square shows the day of the month; the tooltip gives the AQI and
 * the primary pollutants.
 *
 * The result is a Vega-Lite specification (plain JSON): render it with vega-embed or any Vega-Lite host.
 *
 * @param report - A year's days: `{ year, daily: [{ date, aqi, level, primaryPollutants? }] }`, e.g. the result
 *   of {@link assessYear}.
 * @param options - `title`, `cellSize`.
 * @returns The Vega-Lite specification, one data row per day of the year.
 * @throws {LantianError} `INVALID_TYPE` for a report that is not an object or a `daily` that is not an array;
 *   `NOT_AN_INTEGER` / `OUT_OF_RANGE` for a bad year, AQI or level; `INVALID_DATE` for a bad date;
 *   `INVALID_INPUT` for a day outside the year or given twice; `UNKNOWN_POLLUTANT` for a bad primary pollutant.
 * @throws {LantianError} `UNKNOWN_OPTION`, `INVALID_TYPE`, `INVALID_OPTION` or `OUT_OF_RANGE` for bad options.
 * @example
 * ```ts
 * const spec = aqiCalendarSpec({ year: 2024, daily: [
 *   { date: '2024-01-01', aqi: 42, level: 1, primaryPollutants: [] },
 *   { date: '2024-01-02', aqi: 135, level: 3, primaryPollutants: ['pm25'] },
 * ] });
 * spec.data.values.length; //=> 366
 * spec.data.values[1]; //=> { date: '2024-01-02', month: 1, week: 0, weekday: 1, day: 2, aqi: 135, level: 3, category: '轻度污染 Lightly polluted', primary: 'PM₂.₅' }
 * spec.data.values[2].category; //=> '无数据 No data'
 * spec.spec.layer[0].encoding.color.scale.range[0]; //=> '#00E400'
 * ```
 */
export function aqiCalendarSpec(report: AqiCalendarInput, options?: AqiCalendarSpecOptions) {
  const opts = readOptions(options, ['title', 'cellSize']);
  const r = requireRecord(report, ['report']);
  const year = readYear(r['year'], ['report', 'year']);
  const days = readCalendarDays(r, year, ['report']);
  const title = readTitle(opts['title'], `${year} 空气质量指数日历 · AQI calendar`);
  const cell = opts['cellSize'] === undefined ? 18 : requireInteger(opts['cellSize'], ['options', 'cellSize'], 8, 60);
  const byDay = new Map<number, CalendarDay>(days.map((d) => [d.day, d]));
  const first = daysFromCivil(year, 1, 1);
  const nDays = daysFromCivil(year + 1, 1, 1) - first;
  const values = Array.from({ length: nDays }, (_, k) => calendarRow(first + k, byDay.get(first + k)));
  const withAqi = values.filter((v) => v.aqi !== null).length;
  const domain = [...HJ633_CATEGORY_NAMES.map(bilingual), NO_DATA_LABEL];
  const range = [...HJ633_COLORS.map((c) => c.hex), NO_DATA_COLOR];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Daily AQI of ${year} as a calendar, coloured by the HJ 633 categories.`,
    title: { text: title, subtitle: `${withAqi} of ${nDays} days with an AQI · 有AQI的天数 ${withAqi}/${nDays}` },
    data: { values },
    facet: { field: 'month', type: 'ordinal', title: null, header: { labelExpr: `${JSON.stringify(MONTH_LABELS)}[datum.value - 1]`, labelFontSize: 12 } },
    columns: 4,
    spacing: { column: 12, row: 8 },
    spec: {
      width: 7 * cell,
      height: 6 * cell,
      encoding: {
        x: {
          field: 'weekday',
          type: 'ordinal',
          scale: { domain: [0, 1, 2, 3, 4, 5, 6] },
          axis: { title: null, orient: 'bottom', domain: false, ticks: false, labelAngle: 0, labelExpr: "['Mo','Tu','We','Th','Fr','Sa','Su'][datum.value]" },
        },
        y: { field: 'week', type: 'ordinal', scale: { domain: [0, 1, 2, 3, 4, 5] }, axis: null },
        tooltip: [
          { field: 'date', type: 'nominal', title: '日期 date' },
          { field: 'aqi', type: 'quantitative', title: 'AQI' },
          { field: 'category', type: 'nominal', title: '类别 category' },
          { field: 'primary', type: 'nominal', title: '首要污染物 primary' },
        ],
      },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
          encoding: {
            color: { field: 'category', type: 'nominal', scale: { domain, range }, legend: { title: 'AQI 类别 · category', orient: 'bottom', columns: 4 } },
          },
        },
        // day numbers: dark on the light colours, white on purple and maroon (levels 5 and 6)
        ...[
          { test: 'datum.level < 5', color: '#333333' },
          { test: 'datum.level >= 5', color: 'white' },
        ].map(({ test, color }) => ({
          transform: [{ filter: test }],
          mark: { type: 'text', color, fontSize: Math.max(6, Math.round(cell * 0.45)) },
          encoding: { text: { field: 'day', type: 'quantitative' } },
        })),
      ],
    },
    config: { view: { stroke: null } },
  } satisfies VegaLiteSpec;
}

function calendarRow(day: number, entry: CalendarDay | undefined) {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  // 1970-01-01 (day 0) was a Thursday: Monday-based weekday = (day + 3) mod 7.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const firstWeekday = (((daysFromCivil(year, month, 1) + 3) % 7) + 7) % 7;
  const aqi = entry?.aqi ?? null;
  const level = aqi === null ? null : (entry?.level as number);
  return {
    date: formatDay(day),
    month,
    week: Math.floor((dayOfMonth - 1 + firstWeekday) / 7),
    weekday,
    day: dayOfMonth,
    aqi,
    level,
    category: level === null ? NO_DATA_LABEL : bilingual(HJ633_CATEGORY_NAMES[level - 1] as { zh: string; en: string }),
    primary: (entry?.primaryPollutants ?? []).map((p) => pollutantInfo(p).symbol).join(', '),
  };
}
