/**
 * Tables 2 and 3 of the Liuzhou attainment plan (柳州市环境空气质量限期达标规划, §四 重点工程), every row
 * verbatim, and their reading into lantian projects.
 *
 * Each row is the list of its cells exactly as the plan prints them. The tables merge cells: a blank cell ('')
 * continues the cell above (the domain, the enterprise and the responsible units of a run of rows), and a row
 * with five cells instead of six has one cell spanning the enterprise and measure columns (the plan names no
 * enterprise there). {@link readProjectTable} applies exactly these two rules.
 */
import { type Project, parseProject } from '../../src/index.js';

/** A row as printed: six cells (domain, enterprise, measure, investment, completion, responsible) or five. */
export type PrintedRow = readonly string[];

/** 表2 近期和中期规划（2017～2020年）重点工程. Columns: 所属领域, 企业名称, 措施, 投资估算, 完成时间, 责任单位. */
export const TABLE_2: ReadonlyArray<PrintedRow> = [
  ['深化工业源治理', '柳钢', '焦炉煤气脱硫', '7000万', '2019', '市环保局、柳钢'],
  ['', '', '焦炉烟气脱硫脱硝', '2.15亿', '2018～2020年', ''],
  ['', '', '料场扬尘治理', '3.277亿', '2018～2020年', ''],
  ['', '', '烧结脱硫尾气深度净化', '5100万', '2019', ''],
  ['', '', '烧结、球团烟气脱硝', '2亿', '2018～2020年', ''],
  ['', '', '烧结、球团脱硫烟气消白', '3.5亿', '2020', ''],
  ['', '鱼峰水泥', '收尘设施定期维修', '400万', '每年', '市环保局、鱼峰水泥'],
  ['', '', '包装、散装扬尘治理', '600万', '2018年', ''],
  ['', '鹿寨金利水泥', '窑炉生产线脱硝', '500万', '2020年', '市环保局、鹿寨金利水泥'],
  ['', '贝江水泥厂', '熟料生产线脱硝', '800万', '2020年', '市环保局、贝江水泥厂'],
  ['', '正菱鹿寨水泥', '窑炉生产线脱硝', '800万', '2020年', '市环保局、正菱鹿寨水泥'],
  ['', '糖厂环保改造', '达到电厂排放标准', '2000万', '2020年', '市环保局、各企业'],
  ['调整能源结构', '柳电关停', '—', '2018年', '市工信委、市环保局、柳电'],
  [
    '',
    '实施高污染燃料禁燃区管理',
    '3000万',
    '2020年',
    '市发改委、市工信委、市住建委、市环保局、市财政局、市国土局、市规划局、市城管执法局、市安监局、市工商局、市质监局、各县（区）人民政府、新区管委会',
  ],
  ['', '关停鹿寨工业园内小锅炉', '—', '2020年', '鹿寨县人民政府、市环保局、鹿寨县环保局'],
  ['优化产业空间布局', '柳化搬迁', '—', '2020年', '市工信委、市环保局、柳化'],
  ['', '柳州鱼峰制漆股份有限公司搬迁', '—', '2020年', '市工信委、市环保局、鱼峰制漆'],
  ['', '广西京龙生化有限责任公司搬迁', '—', '2020年', '市工信委、市环保局、京龙生化'],
  ['发展绿色交通，减少移动源污染排放', '完成黄标车淘汰，供应国五车用汽柴油', '1000万', '2017年', '市公安局、市交通运输局、市发改委'],
  ['', '推广新能源汽车，加快充电站、充电桩等配套设施建设，大力发展绿色交通', '6000万', '2020年', '市公安局、市交通运输局、市财政局、市发改委、'],
  ['', '落实排放不达标机动车强制报废制度', '1000万', '2020年', '市公安局、市交通运输局、市环保局、市财政局'],
  ['', '开展非道路移动机械、船舶等污染防治工作', '1500万', '2020年', '市环保局、柳州海事局'],
  ['加强面源治理，严格控制扬尘污染', '加强施工、道路、堆场扬尘控制', '2000万', '2020年', '市住建委、市城管执法局、市国土局、各县（区）人民政府'],
  ['', '市区环路以内全面禁止柴油货车通行', '—', '2020年', '公安局、市交通运输局、市环保局'],
  ['', '加强城市餐饮油烟、农村秸秆焚烧等面源污染控制', '1000万', '2020年', '各县（区）人民政府、市城管执法局、市环保局、市农业局、市公安局'],
  ['提高环境科技支撑能力', '加强环保科研队伍建设，提升环境科研水平，构建环境科研支撑体系', '1500万', '2020年', '市环保局、市科技局、市财政局'],
  ['', '启动开展大气污染成因研究工作', '500万', '2020年', '市环保局、市科技局、市财政局'],
  ['', '大气污染防治网格化精准监控及决策支持系统', '1800万', '2019年', '市环保局、市发改委、市财政局'],
  ['', '国控环境空气自动监测站点优化调整及市控站点建设', '600万', '2019年', '市环保局、市发改委、市财政局'],
];

/** 表3 远期规划（2021～2025）重点工程. Columns: 所属领域, 企业名称, 措施, 投资, 完成时间, 责任单位. */
export const TABLE_3: ReadonlyArray<PrintedRow> = [
  ['优化产业空间布局', '柳钢', '部分产能搬迁', '—', '2025年', '市环保局、柳钢'],
  ['深化工业源治理', '柳钢', '脱硝改造', '2000万', '2025年', '市环保局、柳钢'],
];

/**
 * Reads a printed table into projects: a blank cell takes the value above it (merged cells), a five-cell row has
 * no enterprise (its second cell spans enterprise and measure). Ids are `T2-1` … in table order.
 */
export function readProjectTable(table: ReadonlyArray<PrintedRow>, name: string): Project[] {
  let domain = '';
  let enterprise = '';
  let responsible = '';
  return table.map((cells, i) => {
    const six = cells.length === 6;
    const [d = '', e, measure = '', investment = '', completion = '', r = ''] = six ? cells : [cells[0], undefined, ...cells.slice(1)];
    domain = d === '' ? domain : d;
    responsible = r === '' ? responsible : r;
    if (six) enterprise = e === '' || e === undefined ? enterprise : e;
    return parseProject({
      id: `${name}-${i + 1}`,
      domain,
      ...(six ? { enterprise } : {}),
      measure,
      investment,
      completion,
      responsible,
    });
  });
}
