import { describe, expect, it } from 'vitest';
import { emissionShares, inventorySpec, plotPage, rankByIndex, stationsSpec, UNATTRIBUTED_LABEL, UNSPECIFIED_SOURCE_LABEL } from '../../src/index.js';
import { loadPlotScripts } from '../../src/cli/plotScripts.js';
import { codeOf } from '../_helpers/errors.js';

describe('inventorySpec', () => {
  it('stacks each pollutant’s source shares to 100 %, naming the sources in Chinese and English', () => {
    const shares = emissionShares({
      region: 'X',
      year: 2014,
      totals: { so2: 200 },
      entries: [
        { category: 'stationary_combustion', subcategory: 'power', emissions: { so2: 120, nox: 50 } },
        { category: 'mobile', subcategory: 'on_road', emissions: { nox: 150 } },
        { subcategory: 'cooking', emissions: { so2: 30 } },
      ],
    });
    const rows = inventorySpec(shares).data.values;
    // SO2: 120/200 = 60 %, 30/200 = 15 % (no category), 50 t (25 %) not attributed; NOx: 150/200, 50/200.
    expect(rows.map((r) => [r.pollutant, r.source, r.share, r.tonnes])).toEqual([
      ['SO₂ 二氧化硫', '化石燃料固定燃烧源 stationary fossil-fuel combustion', 60, 120],
      ['SO₂ 二氧化硫', UNSPECIFIED_SOURCE_LABEL, 15, 30],
      ['SO₂ 二氧化硫', UNATTRIBUTED_LABEL, 25, 50],
      ['NOₓ 氮氧化物', '移动源 mobile sources', 75, 150],
      ['NOₓ 氮氧化物', '化石燃料固定燃烧源 stationary fossil-fuel combustion', 25, 50],
    ]);
    const bySub = inventorySpec(emissionShares({ region: 'X', year: 2014, entries: [{ subcategory: 'on_road', emissions: { nox: 1 } }, { subcategory: 'ships', emissions: { nox: 1 } }] }, { by: 'subcategory' }), { title: 'T' });
    expect(bySub.data.values.map((r) => r.source)).toEqual(['道路移动源 on-road vehicles', 'ships']);
    expect(bySub.title).toBe('T');
  });

  it('rejects bad input with a code and a path', () => {
    expect(codeOf(() => inventorySpec(null as never))).toEqual(['INVALID_TYPE', ['shares']]);
    expect(codeOf(() => inventorySpec({ by: 'category', pollutants: {} }))).toEqual(['EMPTY_INPUT', ['shares', 'pollutants']]);
    expect(codeOf(() => inventorySpec({ by: 'category', pollutants: { pm1: {} } } as never))).toEqual(['UNKNOWN_POLLUTANT', ['shares', 'pollutants', 'pm1']]);
    const bad = (row: object, extra: object = {}) => ({ by: 'category', pollutants: { nox: { rows: [row], ...extra } } }) as never;
    expect(codeOf(() => inventorySpec(bad({ key: 3, share: 1, tonnes: 1 })))).toEqual(['INVALID_TYPE', ['shares', 'pollutants', 'nox', 'rows', 0, 'key']]);
    expect(codeOf(() => inventorySpec(bad({ key: 'a', share: NaN, tonnes: 1 })))).toEqual(['NOT_FINITE', ['shares', 'pollutants', 'nox', 'rows', 0, 'share']]);
    expect(codeOf(() => inventorySpec(bad({ key: 'a', share: 1, tonnes: 1 }, { unattributedShare: 'x' })))).toEqual(['INVALID_TYPE', ['shares', 'pollutants', 'nox', 'unattributedShare']]);
    // a remainder without its tonnage is drawn without one
    expect(inventorySpec(bad({ key: 'a', share: 60, tonnes: 6 }, { unattributedShare: 40 })).data.values[1]).toMatchObject({ source: UNATTRIBUTED_LABEL, share: 40, tonnes: null });
  });
});

describe('stationsSpec', () => {
  it('orders by index, lowest first, keeping rankByIndex’s ranks ("1, 1, 3")', () => {
    const spec = stationsSpec(rankByIndex([{ id: '柳州', index: 4.36 }, { id: '桂林', index: 3.9 }, { id: '南宁', index: 3.9 }, { id: 'X', index: null }]));
    expect(spec.data.values.map((v) => [v.name, v.rank])).toEqual([['桂林', 1], ['南宁', 1], ['柳州', 3]]);
    expect(spec.title.subtitle).toBe('1 without an index, not shown · 1个无指数');
  });

  it('ranks entries without a rank the same way, by name or station', () => {
    const spec = stationsSpec([{ name: 'B', index: 5 }, { station: 'A', index: 2 }, { name: 'C', index: 5 }], { title: 'S', indexTitle: 'I' });
    expect(spec.data.values.map((v) => [v.name, v.rank, v.label])).toEqual([['A', 1, '2 (#1)'], ['B', 2, '5 (#2)'], ['C', 2, '5 (#2)']]);
    expect(spec.title).toEqual({ text: 'S', subtitle: '' });
    expect(spec.encoding.x.title).toBe('I');
  });

  it('rejects bad input with a code and a path', () => {
    expect(codeOf(() => stationsSpec('a' as never))).toEqual(['INVALID_TYPE', ['entries']]);
    expect(codeOf(() => stationsSpec([{ index: 1 }]))).toEqual(['INVALID_TYPE', ['entries', 0, 'id']]);
    expect(codeOf(() => stationsSpec([{ id: 'a', index: 1 }, { id: 'a', index: 2 }]))).toEqual(['INVALID_INPUT', ['entries', 1, 'id']]);
    expect(codeOf(() => stationsSpec([{ id: 'a', index: Infinity }]))).toEqual(['NOT_FINITE', ['entries', 0, 'index']]);
    expect(codeOf(() => stationsSpec([{ id: 'a', index: 1, rank: 'x' as never }]))).toEqual(['INVALID_TYPE', ['entries', 0, 'rank']]);
    expect(codeOf(() => stationsSpec([{ id: 'a', index: null }]))).toEqual(['EMPTY_INPUT', ['entries']]);
  });
});

describe('plotPage', () => {
  const scripts = { vega: 'var v = "</script>";', vegaLite: '/* vl */', vegaEmbed: '/* ve */' };
  const spec = stationsSpec([{ id: 'a<b', index: 1 }]);

  it('inlines the scripts and the specs so that neither can close its script element', () => {
    const html = plotPage([spec, spec], { title: '<T>', scripts });
    expect(html).toContain('<title>&#60;T&#62;</title>');
    expect(html).toContain('var v = "<\\/script>";');
    expect(html).toContain('a\\u003cb');
    expect(html.match(/<\/script>/g)).toHaveLength(4);
    expect(html).toContain('id="plot-1"');
    expect(html).not.toMatch(/https?:\/\/(?!vega\.github\.io\/schema)/);
    expect(plotPage([spec], { scripts })).toContain('<title>lantian plots</title>');
  });

  it('rejects bad input with a code and a path', () => {
    expect(codeOf(() => plotPage({} as never, { scripts }))).toEqual(['INVALID_TYPE', ['specs']]);
    expect(codeOf(() => plotPage([], { scripts }))).toEqual(['EMPTY_INPUT', ['specs']]);
    expect(codeOf(() => plotPage([{}], { scripts }))).toEqual(['INVALID_TYPE', ['specs', 0]]);
    expect(codeOf(() => plotPage([spec], undefined as never))).toEqual(['INVALID_TYPE', ['options', 'scripts']]);
    expect(codeOf(() => plotPage([spec], { scripts: { ...scripts, vega: 1 as never } }))).toEqual(['INVALID_TYPE', ['options', 'scripts', 'vega']]);
    expect(codeOf(() => plotPage([spec], { scripts: { ...scripts, vegaEmbed: ' ' } }))).toEqual(['EMPTY_INPUT', ['options', 'scripts', 'vegaEmbed']]);
  });
});

describe('loadPlotScripts (Node)', () => {
  it('reads the browser builds of the installed packages', () => {
    const s = loadPlotScripts();
    expect(s.vega.length).toBeGreaterThan(100_000);
    expect(s.vegaLite).toContain('vegaLite');
    expect(s.vegaEmbed).toContain('vegaEmbed');
  });

  it('says how to install a missing package', () => {
    expect(() =>
      loadPlotScripts(() => {
        throw new Error('not found');
      }),
    ).toThrow("plots need the 'vega' package: npm install vega vega-lite vega-embed");
  });
});
