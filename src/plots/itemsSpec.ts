import { YEAR_STATISTICS, type YearStatistic } from '../assessment/assessYear.js';
import { LantianError } from '../errors.js';
import { POLLUTANTS, pollutantInfo, type Pollutant } from '../pollutants/index.js';
import { roundConcentration } from '../rounding/roundConcentration.js';
import { readOptions, requireBoolean, requireMember, requireRecord } from '../_lib/validate.js';
import { readMaybeNumber, readYear } from './_read.js';
import { readTitle, requireArray, VEGA_LITE_SCHEMA, type VegaLiteSpec } from './_spec.js';

/** Options of {@link itemsSpec}. */
export interface ItemsSpecOptions {
  /** The plot's title; default `'<year> 年评价项目 · annual items against their limits'`. */
  readonly title?: string;
}


/** How each statistic is named on the plot (HJ 663-2013 §5 / Table 1 terms, with English). */
export const ITEM_STATISTIC_NAMES: Readonly<Record<YearStatistic, { readonly zh: string; readonly en: string }>> = Object.freeze({
  annualMean: Object.freeze({ zh: '年平均', en: 'annual mean' }),
  p98Daily: Object.freeze({ zh: '日均值第98百分位数', en: '98th percentile of daily means' }),
  p95Daily: Object.freeze({ zh: '日均值第95百分位数', en: '95th percentile of daily means' }),
  p90Mda8: Object.freeze({ zh: '日最大8小时平均第90百分位数', en: '90th percentile of daily max 8-h means' }),
});

/** The status of an item on the plot. */
export const ITEM_STATUSES = Object.freeze({
  attains: Object.freeze({ label: '达标 within the limit', color: '#4C78A8' }),
  exceeds: Object.freeze({ label: '超标 above the limit', color: '#E45756' }),
  invalid: Object.freeze({ label: '数据不足 too few days (observed value)', color: '#BAB0AC' }),
});

/** The annual items as {@link itemsSpec} reads them: `assessYear`'s result fits. */
export interface ItemsInput {
  readonly year: number;
  readonly items: ReadonlyArray<{
    readonly pollutant: string;
    readonly statistic: string;
    readonly value: number | null;
    readonly observed?: number | null;
    readonly limit: number;
    readonly valid: boolean;
  }>;
}

/**
 * The annual items of a year against their limits, one bar per item as a percentage of its limit: the annual
 * means of SO2, NO2, PM10 and PM2.5 against the annual limits, the 98th (SO2, NO2) and 95th (CO, PM10, PM2.5)
 * percentiles of the daily means against the daily limits and the 90th percentile of the O3 MDA8 against the 8-h
 * limit (HJ 663-2013 §5.1 and Table 1, GB 3095-2012 / GB 3095-2026 Table 1). A line marks the limit (100 %).
 * An item whose year has too few valid days (GB 3095 Table 4: 324 days, 27 a month, 25 in February) is drawn
 * in grey at its observed value — what the data show, not an assessment. The labels give the value, rounded as
 * published (GB/T 8170 half to even: µg/m³ to integers, CO mg/m³ to one decimal), and the limit.
 *
 * @param report - `{ year, items: [{ pollutant, statistic, value, observed?, limit, valid }] }`, e.g. the result
 *   of {@link assessYear}.
 * @param options - `title`.
 * @returns The Vega-Lite specification, one data row per item.
 * @throws {LantianError} `INVALID_TYPE` for a malformed report or item; `UNKNOWN_POLLUTANT` or `INVALID_INPUT`
 *   for an unknown pollutant or statistic; `NOT_FINITE` for a non-finite value; `OUT_OF_RANGE` for a limit that
 *   is not positive or a bad year.
 * @throws {LantianError} `UNKNOWN_OPTION`, `INVALID_TYPE` or `INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * const spec = itemsSpec({ year: 2019, items: [
 *   { pollutant: 'pm25', statistic: 'annualMean', value: 42, observed: 42, limit: 35, valid: true },
 *   { pollutant: 'o3', statistic: 'p90Mda8', value: null, observed: 130, limit: 160, valid: false },
 * ] });
 * spec.data.values[0].percentOfLimit; //=> 120
 * spec.data.values[0].status; //=> '超标 above the limit'
 * spec.data.values[1].label; //=> '130 / 160 µg/m³'
 * ```
 */
export function itemsSpec(report: ItemsInput, options?: ItemsSpecOptions) {
  const opts = readOptions(options, ['title']);
  const r = requireRecord(report, ['report']);
  const year = readYear(r['year'], ['report', 'year']);
  const values = requireArray(r['items'], ['report', 'items']).map((value, i) => itemRow(value, ['report', 'items', i]));
  const title = readTitle(opts['title'], `${year} 年评价项目 · annual items against their limits`);
  const statuses = Object.values(ITEM_STATUSES);
  const y = { field: 'item', type: 'nominal', sort: values.map((v) => v.item), axis: { title: null, labelLimit: 320 } } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `The annual items of ${year} as a percentage of their limits.`,
    title: { text: title, subtitle: '柱长 = 统计值 / 限值 · bar = value as % of its limit' },
    width: 420,
    data: { values },
    encoding: {
      x: { field: 'percentOfLimit', type: 'quantitative', title: '占限值的百分比 % of the limit', scale: { domainMin: 0, nice: true } },
    },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          color: {
            field: 'status',
            type: 'nominal',
            scale: { domain: statuses.map((s) => s.label), range: statuses.map((s) => s.color) },
            legend: { title: null, orient: 'bottom', direction: 'vertical', labelLimit: 400 },
          },
          tooltip: [
            { field: 'item', type: 'nominal', title: '项目 item' },
            { field: 'label', type: 'nominal', title: '值 / 限值 value / limit' },
            { field: 'percentOfLimit', type: 'quantitative', format: '.0f', title: '% of limit' },
          ],
        },
      },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 }, encoding: { y, text: { field: 'label', type: 'nominal' } } },
      {
        data: { values: [{ limit: 100 }] },
        mark: { type: 'rule', color: '#7E0023', strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: { x: { field: 'limit', type: 'quantitative' } },
      },
    ],
  } satisfies VegaLiteSpec;
}

function itemRow(value: unknown, path: ReadonlyArray<string | number>) {
  const item = requireRecord(value, path);
  const pollutant: Pollutant = requireMember(item['pollutant'], POLLUTANTS, [...path, 'pollutant'], 'UNKNOWN_POLLUTANT');
  const statistic = requireMember(item['statistic'], YEAR_STATISTICS, [...path, 'statistic'], 'INVALID_INPUT');
  const limit = readMaybeNumber(item['limit'], [...path, 'limit']);
  if (limit === null || limit <= 0) throw new LantianError('OUT_OF_RANGE', [...path, 'limit'], `expected a positive limit, received ${String(limit)}`);
  const valid = requireBoolean(item['valid'], [...path, 'valid']);
  const assessed = readMaybeNumber(item['value'], [...path, 'value']);
  const observed = item['observed'] === undefined ? null : readMaybeNumber(item['observed'], [...path, 'observed']);
  const shown = valid ? assessed : observed;
  const info = pollutantInfo(pollutant);
  const name = ITEM_STATISTIC_NAMES[statistic];
  const status = !valid || shown === null ? ITEM_STATUSES.invalid : shown > limit ? ITEM_STATUSES.exceeds : ITEM_STATUSES.attains;
  const unit = info.unit === 'mg/m3' ? 'mg/m³' : 'µg/m³';
  return {
    item: `${info.symbol} ${name.zh} · ${name.en}`,
    pollutant,
    statistic,
    value: shown,
    limit,
    percentOfLimit: shown === null ? 0 : (100 * shown) / limit,
    status: status.label,
    label: `${shown === null ? '—' : String(roundConcentration(pollutant, shown))} / ${limit} ${unit}`,
  };
}
