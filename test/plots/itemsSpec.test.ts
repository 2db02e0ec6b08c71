import { describe, expect, it } from 'vitest';
import { assessYear, itemsSpec, ITEM_STATUSES } from '../../src/index.js';
import { codeOf } from '../_helpers/errors.js';

const item = (pollutant: string, statistic: string, value: number | null, limit: number, valid = true, observed: number | null = value) => ({
  pollutant,
  statistic,
  value,
  observed,
  limit,
  valid,
});

describe('itemsSpec', () => {
  it('draws each item as a percentage of its limit, with the limit line at 100 %', () => {
    const spec = itemsSpec({
      year: 2019,
      items: [item('pm25', 'annualMean', 38, 35), item('co', 'p95Daily', 1.2, 4), item('o3', 'p90Mda8', null, 160, false, 142), item('so2', 'p98Daily', null, 150, false, null)],
    });
    const rows = spec.data.values;
    // 38 / 35 = 108.571…%; 1.2 / 4 = 30 %; 142 / 160 = 88.75 %.
    expect(rows.map((r) => r.percentOfLimit)).toEqual([(100 * 38) / 35, 30, 88.75, 0]);
    expect(rows.map((r) => r.status)).toEqual([ITEM_STATUSES.exceeds.label, ITEM_STATUSES.attains.label, ITEM_STATUSES.invalid.label, ITEM_STATUSES.invalid.label]);
    expect(rows.map((r) => r.label)).toEqual(['38 / 35 µg/m³', '1.2 / 4 mg/m³', '142 / 160 µg/m³', '— / 150 µg/m³']);
    expect(rows[2]?.item).toBe('O₃ 日最大8小时平均第90百分位数 · 90th percentile of daily max 8-h means');
    expect(spec.layer[2]?.data?.values).toEqual([{ limit: 100 }]);
    expect(spec.title.text).toBe('2019 年评价项目 · annual items against their limits');
  });

  it('takes an item at its limit as within it, and a missing observed value as none', () => {
    const rows = itemsSpec({ year: 2019, items: [item('no2', 'annualMean', 40, 40), { pollutant: 'pm10', statistic: 'p95Daily', value: null, limit: 150, valid: false }] }).data.values;
    expect(rows[0]?.status).toBe(ITEM_STATUSES.attains.label);
    expect(rows[1]).toMatchObject({ value: null, status: ITEM_STATUSES.invalid.label });
  });

  it("draws assessYear's ten items in its order", () => {
    const days = (v: number) => ({ start: '2025-01-01', values: Array(365).fill(v) });
    const r = assessYear(
      { daily: { so2_24h: days(10), no2_24h: days(30), co_24h: days(0.8), o3_8h: days(120), pm10_24h: days(60), pm25_24h: days(40) } },
      { year: 2025 },
    );
    const rows = itemsSpec(r, { title: 'T' }).data.values;
    expect(rows).toHaveLength(10);
    // PM2.5 annual mean 40 against the GB 3095-2012 Grade II limit 35.
    expect(rows.find((x) => x.pollutant === 'pm25' && x.statistic === 'annualMean')).toMatchObject({ value: 40, limit: 35, status: ITEM_STATUSES.exceeds.label });
  });

  it('rejects bad input with a code and a path', () => {
    expect(codeOf(() => itemsSpec(3 as never))).toEqual(['INVALID_TYPE', ['report']]);
    expect(codeOf(() => itemsSpec({ year: 2019, items: null as never }))).toEqual(['INVALID_TYPE', ['report', 'items']]);
    expect(codeOf(() => itemsSpec({ year: 2019, items: [item('pm1', 'annualMean', 1, 1)] }))).toEqual(['UNKNOWN_POLLUTANT', ['report', 'items', 0, 'pollutant']]);
    expect(codeOf(() => itemsSpec({ year: 2019, items: [item('pm25', 'p50', 1, 1)] }))).toEqual(['INVALID_INPUT', ['report', 'items', 0, 'statistic']]);
    expect(codeOf(() => itemsSpec({ year: 2019, items: [item('pm25', 'annualMean', 1, 0)] }))).toEqual(['OUT_OF_RANGE', ['report', 'items', 0, 'limit']]);
    expect(codeOf(() => itemsSpec({ year: 2019, items: [item('pm25', 'annualMean', 1, null as never)] }))).toEqual(['OUT_OF_RANGE', ['report', 'items', 0, 'limit']]);
    expect(codeOf(() => itemsSpec({ year: 2019, items: [item('pm25', 'annualMean', Infinity, 35)] }))).toEqual(['NOT_FINITE', ['report', 'items', 0, 'value']]);
    expect(codeOf(() => itemsSpec({ year: 2019, items: [{ ...item('pm25', 'annualMean', 1, 35), valid: 'yes' as never }] }))).toEqual(['INVALID_TYPE', ['report', 'items', 0, 'valid']]);
    expect(codeOf(() => itemsSpec({ year: 2019, items: [] }, { size: 1 } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'size']]);
  });
});

describe('itemsSpec labels', () => {
  it('rounds the value as published (GB/T 8170: half to even; CO to one decimal)', () => {
    const rows = itemsSpec({ year: 2019, items: [item('pm25', 'annualMean', null, 35, false, 34.5), item('co', 'p95Daily', null, 4, false, 1.25), item('o3', 'p90Mda8', null, 160, false, 130.8958)] }).data.values;
    expect(rows.map((r) => r.label)).toEqual(['34 / 35 µg/m³', '1.2 / 4 mg/m³', '131 / 160 µg/m³']);
  });
});
