import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../_helpers/errors.js';
import { TABLE_2, TABLE_3, readProjectTable } from '../../examples/liuzhou/projects.js';
import { type Project, investmentTotals, parseCompletion, parseProject, projectsDue } from '../../src/index.js';

const row = {
  domain: '深化工业源治理',
  enterprise: '柳钢',
  measure: '焦炉煤气脱硫',
  investment: '7000万',
  completion: '2019',
  responsible: '市环保局、柳钢',
};

describe('parseCompletion: the completion cells of Tables 2 and 3', () => {
  it('reads a year, a range and 每年', () => {
    expect(parseCompletion('2019')).toEqual({ kind: 'year', year: 2019 });
    expect(parseCompletion('2020年')).toEqual({ kind: 'year', year: 2020 });
    expect(parseCompletion('2018～2020年')).toEqual({ kind: 'range', from: 2018, to: 2020 });
    expect(parseCompletion('每年')).toEqual({ kind: 'annual' });
  });

  it('reads other range separators', () => {
    for (const text of ['2018~2020', '2018-2020年', '2018—2020年', '2018年至2020年', ' 2018 ～ 2020 ']) {
      expect(parseCompletion(text), text).toEqual({ kind: 'range', from: 2018, to: 2020 });
    }
  });

  it('rejects what is not a completion time', () => {
    for (const text of ['', '2020年底', '近期', '2020～2018年', '2020～2020年', '1850', '20200']) {
      expect(codeOf(() => parseCompletion(text)), text).toEqual(['INVALID_DATE', ['text']]);
    }
    expect(codeOf(() => parseCompletion(2020 as never))).toEqual(['INVALID_TYPE', ['text']]);
  });
});

describe('parseProject', () => {
  it('reads a printed row', () => {
    expect(parseProject(row)).toEqual({
      domain: '深化工业源治理',
      enterprise: '柳钢',
      measure: '焦炉煤气脱硫',
      investment: '70000000',
      completion: { kind: 'year', year: 2019 },
      responsible: ['市环保局', '柳钢'],
    });
  });

  it('drops the empty unit after a trailing 、 (Table 2 prints "市公安局、市交通运输局、市财政局、市发改委、")', () => {
    expect(parseProject({ ...row, responsible: '市公安局、市交通运输局、市财政局、市发改委、' }).responsible).toEqual([
      '市公安局',
      '市交通运输局',
      '市财政局',
      '市发改委',
    ]);
  });

  it('keeps a dash as no amount, and id, status and note', () => {
    const p = parseProject({ ...row, investment: '—', id: 'T2-1', status: 'completed', note: 'x' });
    expect(p).toMatchObject({ investment: null, id: 'T2-1', status: 'completed', note: 'x' });
  });

  it('reads a frozen row', () => {
    expect(parseProject(Object.freeze({ ...row })).investment).toBe('70000000');
  });

  it('rejects bad rows with a code and a path', () => {
    expect(codeOf(() => parseProject(null as never))).toEqual(['INVALID_TYPE', ['row']]);
    expect(codeOf(() => parseProject([] as never))).toEqual(['INVALID_TYPE', ['row']]);
    expect(codeOf(() => parseProject({ ...row, investment: '约7000万' }))).toEqual(['INVALID_AMOUNT', ['row', 'investment']]);
    expect(codeOf(() => parseProject({ ...row, completion: '尽快' }))).toEqual(['INVALID_DATE', ['row', 'completion']]);
    expect(codeOf(() => parseProject({ ...row, responsible: '、' }))).toEqual(['INVALID_INPUT', ['row', 'responsible']]);
    expect(codeOf(() => parseProject({ ...row, domain: '' }))).toEqual(['OUT_OF_RANGE', ['row', 'domain']]);
    expect(codeOf(() => parseProject({ ...row, status: 'late' as never }))).toEqual(['INVALID_INPUT', ['row', 'status']]);
    expect(codeOf(() => parseProject({ ...row, cost: '1万' } as never))).toEqual(['UNKNOWN_OPTION', ['row', 'cost']]);
    expect(codeOf(() => parseProject({ ...row, measure: 5 } as never))).toEqual(['INVALID_TYPE', ['row', 'measure']]);
    const { measure: _m, ...withoutMeasure } = row;
    expect(codeOf(() => parseProject(withoutMeasure as never))).toEqual(['INVALID_TYPE', ['row', 'measure']]);
  });
});

describe('investmentTotals: Tables 2 and 3 of the Liuzhou plan', () => {
  const table2 = readProjectTable(TABLE_2, 'T2');
  const table3 = readProjectTable(TABLE_3, 'T3');

  it('reads all 29 rows of Table 2 and both of Table 3', () => {
    expect(table2).toHaveLength(29);
    expect(table3).toHaveLength(2);
    // Merged cells: the 柳钢 rows share the enterprise and the units; 柳电关停 spans enterprise and measure.
    expect(table2[5]).toMatchObject({ enterprise: '柳钢', measure: '烧结、球团脱硫烟气消白', responsible: ['市环保局', '柳钢'] });
    expect(table2[12]).toMatchObject({ domain: '调整能源结构', measure: '柳电关停', investment: null });
    expect(table2[12]?.enterprise).toBeUndefined();
  });

  it('sums Table 2 to 14.637亿 (worked by hand)', () => {
    // 柳钢: 7000 + 21500 + 32770 + 5100 + 20000 + 35000 = 121370万; cement and sugar: 400 + 600 + 500 + 800 + 800 +
    // 2000 = 5100万 → 深化工业源治理 126470万. 调整能源结构 3000万; 优化产业空间布局 0 (all dashes); transport 1000 + 6000 +
    // 1000 + 1500 = 9500万; 面源 2000 + 1000 = 3000万; 科技 1500 + 500 + 1800 + 600 = 4400万.
    // Total 126470 + 3000 + 9500 + 3000 + 4400 = 146370万 = 14.637亿 = 1 463 700 000 yuan.
    const totals = investmentTotals(table2);
    expect(totals).toMatchObject({ by: 'domain', yuan: '1463700000', display: '14.637亿', projects: 29, unpriced: 6 });
    expect(totals.groups.map((g) => [g.key, g.yuan, g.projects, g.unpriced])).toEqual([
      ['深化工业源治理', '1264700000', 12, 0],
      ['调整能源结构', '30000000', 3, 2],
      ['优化产业空间布局', '0', 3, 3],
      ['发展绿色交通，减少移动源污染排放', '95000000', 4, 0],
      ['加强面源治理，严格控制扬尘污染', '30000000', 3, 1],
      ['提高环境科技支撑能力', '44000000', 4, 0],
    ]);
    // Table 3: 2000万 (脱硝改造) and one dash.
    expect(investmentTotals(table3)).toMatchObject({ yuan: '20000000', display: '2000万', unpriced: 1 });
  });

  it('groups by deadline year: a range counts in its last year, 每年 apart', () => {
    // 2017: 黄标车 1000万. 2018: 600万 (鱼峰 扬尘) + 柳电 (—). 2019: 7000 + 5100 + 1800 + 600 = 14500万.
    // 2020: the rest, 146370 − 1000 − 600 − 14500 − 400 = 129870万. 每年: 400万.
    expect(investmentTotals(table2, { by: 'year' }).groups.map((g) => [g.key, g.display, g.projects])).toEqual([
      ['2017', '1000万', 1],
      ['2018', '600万', 2],
      ['2019', '1.45亿', 4],
      ['2020', '12.987亿', 21],
      ['annual', '400万', 1],
    ]);
  });

  it('counts a project in full for every responsible unit (groups overlap)', () => {
    const byUnit = investmentTotals(table2, { by: 'responsible' });
    const ep = byUnit.groups.find((g) => g.key === '市环保局');
    // 市环保局 is among the units of every priced row except rows 19 (黄标车, 1000万), 20 (新能源汽车, 6000万) and
    // 23 (施工、道路、堆场扬尘, 2000万): 146370 − 1000 − 6000 − 2000 = 137370万.
    expect(ep?.display).toBe('13.737亿');
    expect(byUnit.yuan).toBe('1463700000');
    const sumOfGroups = byUnit.groups.reduce((s, g) => s + Number(g.yuan), 0);
    expect(sumOfGroups).toBeGreaterThan(1463700000);
  });

  it('groups by enterprise, null where the table names none', () => {
    const byEnterprise = investmentTotals(table2, { by: 'enterprise' });
    expect(byEnterprise.groups[0]).toMatchObject({ key: '柳钢', display: '12.137亿', projects: 6 });
    expect(byEnterprise.groups.find((g) => g.key === null)?.projects).toBe(17);
  });

  it('does not mutate frozen input', () => {
    const frozen = Object.freeze(table2.map((p) => Object.freeze({ ...p })));
    expect(investmentTotals(frozen).yuan).toBe('1463700000');
  });

  it('rejects bad input', () => {
    expect(codeOf(() => investmentTotals(null as never))).toEqual(['INVALID_TYPE', ['projects']]);
    expect(codeOf(() => investmentTotals([{ ...table2[0], investment: 7e7 }] as never))).toEqual(['INVALID_TYPE', ['projects', 0, 'investment']]);
    expect(codeOf(() => investmentTotals([{ ...table2[0], investment: '7000万' }] as never))).toEqual([
      'INVALID_AMOUNT',
      ['projects', 0, 'investment'],
    ]);
    expect(codeOf(() => investmentTotals([{ ...table2[0], completion: { kind: 'range', from: 2020, to: 2018 } }] as never))).toEqual([
      'OUT_OF_RANGE',
      ['projects', 0, 'completion'],
    ]);
    expect(codeOf(() => investmentTotals(table2, { by: 'unit' as never }))).toEqual(['INVALID_OPTION', ['options', 'by']]);
    expect(codeOf(() => investmentTotals(table2, { group: 'year' } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'group']]);
  });

  it('the total equals the sum of the domain groups (property)', () => {
    const amount = fc.option(fc.integer({ min: 0, max: 10 ** 12 }).map(String), { nil: null });
    const project = fc.record({
      domain: fc.constantFrom('a', 'b', 'c'),
      measure: fc.constant('m'),
      investment: amount,
      completion: fc.constant({ kind: 'year' as const, year: 2020 }),
      responsible: fc.constant(['u']),
    });
    fc.assert(
      fc.property(fc.array(project, { maxLength: 20 }), (projects) => {
        const totals = investmentTotals(projects as Project[]);
        expect(BigInt(totals.yuan)).toBe(totals.groups.reduce((s, g) => s + BigInt(g.yuan), 0n));
        expect(totals.groups.reduce((s, g) => s + g.projects, 0)).toBe(projects.length);
      }),
    );
  });
});

describe('projectsDue', () => {
  const table2 = readProjectTable(TABLE_2, 'T2');

  it('judges the plan on 2019-01-01: the 2017 and 2018 items are overdue unless marked done', () => {
    const due = projectsDue(table2, '2019-01-01');
    expect(due.date).toBe('2019-01-01');
    expect(due.overdue.map((p) => p.measure)).toEqual(['包装、散装扬尘治理', '柳电关停', '完成黄标车淘汰，供应国五车用汽柴油']);
    expect(due.overdue.map((p) => p.deadline)).toEqual(['2018-12-31', '2018-12-31', '2017-12-31']);
    expect(due.dueThisYear).toHaveLength(4);
    expect(due.recurring.map((p) => p.measure)).toEqual(['收尘设施定期维修']);
    expect(due.later).toHaveLength(21);
    expect(due.closed).toHaveLength(0);
  });

  it('is due through 31 December and overdue from 1 January (Beijing time)', () => {
    const one = [table2[12] as Project]; // 柳电关停, 2018年
    expect(projectsDue(one, '2018-12-31').dueThisYear).toHaveLength(1);
    expect(projectsDue(one, '2019-01-01').overdue).toHaveLength(1);
    // 2018-12-31T16:00Z is 2019-01-01 00:00 in Beijing.
    expect(projectsDue(one, '2018-12-31T16:00:00Z').overdue).toHaveLength(1);
    expect(projectsDue(one, Date.UTC(2018, 11, 31, 15, 59)).dueThisYear).toHaveLength(1);
  });

  it('closes completed and cancelled projects; a cancelled recurring one too', () => {
    const done = projectsDue(
      [
        { ...(table2[12] as Project), status: 'completed' },
        { ...(table2[6] as Project), status: 'cancelled' },
        { ...(table2[6] as Project), status: 'completed' },
      ],
      '2020-06-01',
    );
    expect(done.closed.map((p) => p.index)).toEqual([0, 1]);
    // A recurring project completed this year is still due next year: it stays recurring.
    expect(done.recurring.map((p) => p.index)).toEqual([2]);
  });

  it('rejects bad input', () => {
    expect(codeOf(() => projectsDue(table2, '2019-02-30'))).toEqual(['INVALID_DATE', ['date']]);
    expect(codeOf(() => projectsDue(table2, {} as never))).toEqual(['INVALID_TYPE', ['date']]);
    expect(codeOf(() => projectsDue('T2' as never, '2019-01-01'))).toEqual(['INVALID_TYPE', ['projects']]);
    expect(codeOf(() => projectsDue([{ ...table2[0], status: 'late' }] as never, '2019-01-01'))).toEqual([
      'INVALID_INPUT',
      ['projects', 0, 'status'],
    ]);
  });
});
