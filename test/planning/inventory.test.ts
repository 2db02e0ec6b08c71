import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../_helpers/errors.js';
import {
  EMISSION_POLLUTANTS,
  type Inventory,
  SOURCE_CATEGORIES,
  SOURCE_SUBCATEGORIES,
  emissionIntensity,
  emissionShares,
  inventoryFromShares,
  inventoryTotals,
  sourceCategory,
  topEmitters,
} from '../../src/index.js';

describe('source categories (the ten first-level sources the Liuzhou plan lists in §一(三))', () => {
  it('are the ten, in the plan\'s order, with their Chinese names', () => {
    expect(SOURCE_CATEGORIES.map((id) => sourceCategory(id).name.zh)).toEqual([
      '化石燃料固定燃烧源',
      '工艺过程源',
      '溶剂使用源',
      '移动源',
      '农业源',
      '扬尘源',
      '生物质燃烧源',
      '废弃物处理源',
      '储存运输源',
      '其他排放源',
    ]);
  });

  it('name the sub-categories the plan uses', () => {
    const zh = new Map(SOURCE_SUBCATEGORIES.map((s) => [s.name.zh, s.category]));
    expect(zh.get('道路移动源')).toBe('mobile');
    expect(zh.get('非道路移动源')).toBe('mobile');
    expect(zh.get('道路扬尘')).toBe('dust');
    expect(zh.get('施工扬尘')).toBe('dust');
    expect(zh.get('秸秆露天焚烧')).toBe('biomass_burning');
    expect(sourceCategory('mobile').subcategories).toEqual(['on_road', 'non_road']);
    expect(new Set(SOURCE_SUBCATEGORIES.map((s) => s.id)).size).toBe(SOURCE_SUBCATEGORIES.length);
  });

  it('are frozen, and unknown ids are errors', () => {
    expect(Object.isFrozen(SOURCE_SUBCATEGORIES)).toBe(true);
    expect(Object.isFrozen(sourceCategory('dust').name)).toBe(true);
    expect(codeOf(() => sourceCategory('industry' as never))).toEqual(['INVALID_INPUT', ['id']]);
    expect(codeOf(() => sourceCategory(3 as never))).toEqual(['INVALID_TYPE', ['id']]);
  });
});

/** Liuzhou 2014 (plan §一(三)): totals in 万吨 → tonnes, and a few of the stated shares as entries. */
const liuzhou = inventoryFromShares({
  region: '柳州市',
  year: 2014,
  // 4.2, 6.0, 7.7, 5.1, 6.0, 2.4 万吨 = × 10 000 t.
  totals: { so2: 42_000, nox: 60_000, pm10: 77_000, pm25: 51_000, vocs: 60_000, nh3: 24_000 },
  entries: [
    { group: '工业源', enterprise: '柳钢', shares: { so2: 50.8, nox: 32.1, pm10: 34.7, pm25: 37.8, vocs: 10.7 } },
    { group: '工业源', enterprise: '广西柳州发电有限责任公司', shares: { so2: 8.7, nox: 7.8 } },
    { category: 'mobile', subcategory: 'on_road', group: '移动源', shares: { nox: 23.2 } },
    { category: 'mobile', subcategory: 'non_road', group: '移动源', shares: { nox: 5.9 } },
  ],
});

describe('inventoryFromShares: tonnes = share × stated total, marked derived', () => {
  it('derives the tonnes (worked by hand)', () => {
    // 柳钢 SO2: 50.8 % of 42 000 t = 21 336 t. (The plan also states "2.2万吨", 52.4 % of 4.2万吨: the two agree
    // only through the rounding of 2.2 and 4.2, which allows 2.15/4.25 = 50.6 % … 2.25/4.15 = 54.2 %.)
    expect(liuzhou.entries[0]?.emissions.so2).toBeCloseTo(21_336, 9);
    // On-road NOx: 23.2 % of 60 000 t = 13 920 t.
    expect(liuzhou.entries[2]?.emissions.nox).toBeCloseTo(13_920, 9);
    expect(liuzhou.entries.every((e) => e.derived === true)).toBe(true);
    expect(liuzhou.totals).toEqual({ so2: 42_000, nox: 60_000, pm10: 77_000, pm25: 51_000, vocs: 60_000, nh3: 24_000 });
  });

  it('reads frozen input', () => {
    const frozen = Object.freeze({
      region: 'X',
      year: 2014,
      totals: Object.freeze({ so2: 1000 }),
      entries: Object.freeze([Object.freeze({ enterprise: 'A', shares: Object.freeze({ so2: 25 }) })]),
    });
    expect(inventoryFromShares(frozen).entries[0]?.emissions).toEqual({ so2: 250 });
  });

  it('rejects a share of a pollutant without a total, and shares outside 0…100', () => {
    const input = { region: 'X', year: 2014, totals: { so2: 1 }, entries: [{ shares: { nox: 5 } }] };
    expect(codeOf(() => inventoryFromShares(input))).toEqual(['INVALID_INPUT', ['input', 'entries', 0, 'shares', 'nox']]);
    expect(codeOf(() => inventoryFromShares({ ...input, entries: [{ shares: { so2: 101 } }] }))).toEqual([
      'OUT_OF_RANGE',
      ['input', 'entries', 0, 'shares', 'so2'],
    ]);
    expect(codeOf(() => inventoryFromShares({ ...input, entries: [{ shares: { so2: -1 } }] }))).toEqual([
      'NEGATIVE_VALUE',
      ['input', 'entries', 0, 'shares', 'so2'],
    ]);
    expect(codeOf(() => inventoryFromShares({ ...input, entries: [{ shares: { sox: 1 } }] } as never))).toEqual([
      'UNKNOWN_POLLUTANT',
      ['input', 'entries', 0, 'shares', 'sox'],
    ]);
  });
});

describe('emissionShares', () => {
  it('gives the shares of the stated totals, the remainder unattributed', () => {
    const byGroup = emissionShares(liuzhou, { by: 'group', pollutants: ['nox'] });
    const nox = byGroup.pollutants.nox;
    expect(nox?.totalFrom).toBe('stated');
    // 工业源 entries: 32.1 + 7.8 = 39.9 %; 移动源: 23.2 + 5.9 = 29.1 % (the plan's mobile share); rest 31.0 %.
    expect(nox?.rows.map((r) => [r.key, Number(r.share.toFixed(10))])).toEqual([
      ['工业源', 39.9],
      ['移动源', 29.1],
    ]);
    expect(nox?.unattributedShare).toBeCloseTo(31, 10);
    expect(Object.keys(byGroup.pollutants)).toEqual(['nox']);
  });

  it('gathers entries without a value on the dimension under key null', () => {
    const byCategory = emissionShares(liuzhou, { pollutants: ['nox'] });
    expect(byCategory.by).toBe('category');
    expect(byCategory.pollutants.nox?.rows.map((r) => r.key)).toEqual([null, 'mobile']);
  });

  it('takes the entries\' sum as the total without stated totals, and leaves out pollutants with none', () => {
    const inv: Inventory = {
      region: 'X',
      year: 2020,
      entries: [
        { category: 'dust', emissions: { pm10: 30, pm25: 10 } },
        { category: 'mobile', emissions: { pm25: 30, nox: 0 } },
      ],
    };
    const shares = emissionShares(inv);
    expect(shares.pollutants.pm25).toMatchObject({ total: 40, totalFrom: 'entries', unattributed: 0 });
    expect(shares.pollutants.pm25?.rows).toEqual([
      { key: 'mobile', tonnes: 30, share: 75 },
      { key: 'dust', tonnes: 10, share: 25 },
    ]);
    expect(shares.pollutants.nox).toBeUndefined();
  });

  it('rows, unspecified and unattributed add up to 100 % (property)', () => {
    const dims = fc.record(
      {
        category: fc.constantFrom(...SOURCE_CATEGORIES),
        sector: fc.constantFrom('steel', 'cement', 'power'),
        enterprise: fc.constantFrom('A', 'B', 'C', 'D'),
      },
      { requiredKeys: [] },
    );
    const emissions = fc.dictionary(fc.constantFrom(...EMISSION_POLLUTANTS), fc.double({ min: 0, max: 1e6, noNaN: true }));
    const entry = fc.tuple(dims, emissions).map(([d, e]) => ({ ...d, emissions: e }));
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 15 }),
        fc.constantFrom('category', 'sector', 'enterprise', 'group') as fc.Arbitrary<'category' | 'sector' | 'enterprise' | 'group'>,
        fc.option(fc.double({ min: 1, max: 1e7, noNaN: true }), { nil: undefined }),
        (entries, by, so2Total) => {
          const inv = { region: 'X', year: 2020, entries, ...(so2Total === undefined ? {} : { totals: { so2: so2Total } }) };
          for (const p of Object.values(emissionShares(inv, { by }).pollutants)) {
            const sum = p.rows.reduce((s, r) => s + r.share, 0) + p.unattributedShare;
            expect(sum).toBeCloseTo(100, 6);
            for (let i = 1; i < p.rows.length; i++) expect(p.rows[i - 1]!.tonnes).toBeGreaterThanOrEqual(p.rows[i]!.tonnes);
          }
        },
      ),
    );
  });

  it('rejects bad input and options', () => {
    expect(codeOf(() => emissionShares(null as never))).toEqual(['INVALID_TYPE', ['inventory']]);
    expect(codeOf(() => emissionShares({ ...liuzhou, year: 2014.5 }))).toEqual(['NOT_AN_INTEGER', ['inventory', 'year']]);
    const bad = { region: 'X', year: 2014, entries: [{ category: 'industry', emissions: {} }] };
    expect(codeOf(() => emissionShares(bad as never))).toEqual(['INVALID_INPUT', ['inventory', 'entries', 0, 'category']]);
    const negative = { region: 'X', year: 2014, entries: [{ emissions: { so2: -5 } }] };
    expect(codeOf(() => emissionShares(negative))).toEqual(['NEGATIVE_VALUE', ['inventory', 'entries', 0, 'emissions', 'so2']]);
    const infinite = { region: 'X', year: 2014, entries: [{ emissions: { so2: Infinity } }] };
    expect(codeOf(() => emissionShares(infinite))).toEqual(['NOT_FINITE', ['inventory', 'entries', 0, 'emissions', 'so2']]);
    expect(codeOf(() => emissionShares(liuzhou, { by: 'county' as never }))).toEqual(['INVALID_OPTION', ['options', 'by']]);
    expect(codeOf(() => emissionShares(liuzhou, { pollutants: ['pm1'] as never }))).toEqual(['UNKNOWN_POLLUTANT', ['options', 'pollutants', 0]]);
    expect(codeOf(() => emissionShares(liuzhou, { pollutants: 'so2' as never }))).toEqual(['INVALID_TYPE', ['options', 'pollutants']]);
  });

  it('does not mutate a frozen inventory', () => {
    const frozen = Object.freeze({ ...liuzhou, entries: Object.freeze(liuzhou.entries.map((e) => Object.freeze({ ...e }))) });
    expect(emissionShares(frozen, { by: 'enterprise' }).pollutants.so2?.rows[0]?.key).toBe('柳钢');
  });
});

describe('topEmitters', () => {
  it('gives the largest emitters and their combined share', () => {
    // 柳钢 50.8 % and 柳电 8.7 % of SO2: together 59.5 % — at most the plan's "ten largest: 74 %".
    const top = topEmitters(liuzhou, 'so2');
    expect(top.items.map((i) => i.key)).toEqual(['柳钢', '广西柳州发电有限责任公司']);
    expect(top.share).toBeCloseTo(59.5, 10);
    expect(top.share).toBeLessThanOrEqual(74);
    expect(topEmitters(liuzhou, 'so2', { n: 1 }).items).toHaveLength(1);
    expect(topEmitters(liuzhou, 'nox', { by: 'subcategory', n: 1 }).items[0]).toMatchObject({ key: 'on_road' });
  });

  it('rejects bad arguments', () => {
    expect(codeOf(() => topEmitters(liuzhou, 'pm1' as never))).toEqual(['UNKNOWN_POLLUTANT', ['pollutant']]);
    expect(codeOf(() => topEmitters(liuzhou, 'co'))).toEqual(['EMPTY_INPUT', ['inventory']]);
    expect(codeOf(() => topEmitters(liuzhou, 'so2', { n: 0 }))).toEqual(['OUT_OF_RANGE', ['options', 'n']]);
    expect(codeOf(() => topEmitters(liuzhou, 'so2', { n: 2.5 }))).toEqual(['NOT_AN_INTEGER', ['options', 'n']]);
  });
});

describe('inventoryTotals and emissionIntensity', () => {
  it('prefers stated totals over the entries\' sum', () => {
    expect(inventoryTotals(liuzhou).so2).toBe(42_000);
    expect(inventoryTotals({ region: 'X', year: 2014, entries: [{ emissions: { so2: 1 } }, { emissions: { so2: 2, nh3: 4 } }] })).toEqual({
      so2: 3,
      nh3: 4,
    });
  });

  it('divides the totals by the area', () => {
    // The plan states 2.3 t/km² for SO2: 42 000 t over 18 260.9 km² (42 000 / 2.3) — the area is not in the plan.
    expect(emissionIntensity(liuzhou, { areaKm2: 42_000 / 2.3 }).so2).toBeCloseTo(2.3, 12);
    expect(emissionIntensity({ region: 'X', year: 2014, areaKm2: 1000, totals: { nh3: 1300 }, entries: [] })).toEqual({ nh3: 1.3 });
  });

  it('rejects a malformed inventory', () => {
    expect(codeOf(() => inventoryTotals(undefined as never))).toEqual(['INVALID_TYPE', ['inventory']]);
    expect(codeOf(() => inventoryTotals({ region: '', year: 2014, entries: [] }))).toEqual(['OUT_OF_RANGE', ['inventory', 'region']]);
    expect(codeOf(() => inventoryTotals({ region: 'X', year: 1800, entries: [] }))).toEqual(['OUT_OF_RANGE', ['inventory', 'year']]);
    expect(codeOf(() => inventoryTotals({ region: 'X', year: 2014, entries: [], totals: { co2: 1 } } as never))).toEqual([
      'UNKNOWN_POLLUTANT',
      ['inventory', 'totals', 'co2'],
    ]);
    expect(codeOf(() => inventoryTotals({ region: 'X', year: 2014, entries: {} } as never))).toEqual(['INVALID_TYPE', ['inventory', 'entries']]);
  });

  it('needs an area', () => {
    expect(codeOf(() => emissionIntensity(liuzhou))).toEqual(['INVALID_INPUT', ['inventory', 'areaKm2']]);
    expect(codeOf(() => emissionIntensity(liuzhou, { areaKm2: 0 }))).toEqual(['OUT_OF_RANGE', ['options', 'areaKm2']]);
    expect(codeOf(() => emissionIntensity(liuzhou, { areaKm2: '1' as never }))).toEqual(['INVALID_TYPE', ['options', 'areaKm2']]);
  });
});
