/**
 * The 2014 emission inventory of the Liuzhou plan (§一(三) 大气污染排放现状), as the plan states it: totals in
 * 万吨, intensities in t/km², and shares (percent of the city's total) by the plan's own source groups,
 * sub-sources, sectors and enterprises.
 *
 * The plan publishes no inventory table. Everything below is a figure the plan prints, kept as printed
 * (shares as strings, so "3.0%" keeps its decimal). {@link derivedInventory} then builds a lantian inventory
 * from them — every tonne in it is derived (share × total) and marked so, and it itemises only what does not
 * overlap (see there).
 */
import {
  type EmissionPollutant,
  type Inventory,
  type InventoryFromSharesInput,
  type SourceCategory,
  inventoryFromShares,
} from '../../src/index.js';

/** The pollutants of the plan's inventory. */
export const INVENTORY_POLLUTANTS = ['so2', 'nox', 'pm10', 'pm25', 'vocs', 'nh3'] as const satisfies ReadonlyArray<EmissionPollutant>;

/** Pollutant names as the plan writes them. */
export const POLLUTANT_LABELS: Readonly<Record<(typeof INVENTORY_POLLUTANTS)[number], string>> = {
  so2: 'SO2',
  nox: 'NOx',
  pm10: 'PM10',
  pm25: 'PM2.5',
  vocs: 'VOCs',
  nh3: 'NH3',
};

type Shares = Readonly<Partial<Record<EmissionPollutant, string>>>;

/** "SO2、NOx、PM10、PM2.5、VOCs、NH3的排放量分别为4.2万吨、6.0万吨、7.7万吨、5.1万吨、6.0万吨、2.4万吨" (万吨, as printed). */
export const TOTALS_WAN_TONNES: Readonly<Record<(typeof INVENTORY_POLLUTANTS)[number], string>> = {
  so2: '4.2',
  nox: '6.0',
  pm10: '7.7',
  pm25: '5.1',
  vocs: '6.0',
  nh3: '2.4',
};

/** "排放强度分别为2.3吨/平方公里、3.2…、4.1…、2.7…、3.2…、1.3吨/平方公里" (t/km², as printed; the plan gives no area). */
export const INTENSITIES: Readonly<Record<(typeof INVENTORY_POLLUTANTS)[number], string>> = {
  so2: '2.3',
  nox: '3.2',
  pm10: '4.1',
  pm25: '2.7',
  vocs: '3.2',
  nh3: '1.3',
};

/** A source the plan names with its shares, and the parts of it the plan names. */
export interface StatedSource {
  /** The plan's name, e.g. 工业源, 道路扬尘, 广西柳州钢铁（集团）公司. */
  readonly name: string;
  readonly category?: SourceCategory;
  readonly subcategory?: string;
  readonly enterprise?: string;
  readonly shares: Shares;
  /** Parts the plan names (sub-sources or enterprises); they do not overlap one another. */
  readonly parts?: ReadonlyArray<StatedSource>;
  /** Why the source is placed where it is, where that is a reading of the plan. */
  readonly note?: string;
}

/**
 * The plan's source groups with their shares and named parts. 工业源 ("industrial sources") spans three of the
 * ten categories (fossil-fuel combustion in industry and power, processes, industrial solvent use): the plan
 * does not split it, so it has no category. Its parts are the enterprises the plan names (enterprises do not
 * overlap one another); the sector shares overlap them and are kept apart in {@link SECTOR_SHARES}.
 */
export const SOURCES: ReadonlyArray<StatedSource> = [
  {
    name: '工业源',
    shares: { so2: '94.4', nox: '65.9', pm10: '66.6', pm25: '70.4', vocs: '56.5' },
    parts: [
      { name: '广西柳州钢铁（集团）公司', enterprise: '柳钢', shares: { so2: '50.8', nox: '32.1', pm10: '34.7', pm25: '37.8', vocs: '10.7' } },
      { name: '广西柳州发电有限责任公司', enterprise: '柳电', shares: { so2: '8.7', nox: '7.8' } },
      { name: '广西鱼峰水泥股份有限公司', enterprise: '鱼峰水泥', shares: { nox: '6.5', pm10: '11.2', pm25: '14.1' } },
      { name: '上汽通用五菱汽车股份有限公司', enterprise: '上汽通用五菱', shares: { vocs: '13.7' } },
      { name: '柳州化学工业集团有限公司', enterprise: '柳化', shares: { vocs: '4.0' } },
    ],
  },
  {
    name: '移动源',
    category: 'mobile',
    shares: { so2: '3.0', nox: '29.1' },
    parts: [
      { name: '道路移动源', category: 'mobile', subcategory: 'on_road', shares: { nox: '23.2' } },
      { name: '非道路移动源', category: 'mobile', subcategory: 'non_road', shares: { nox: '5.9' } },
    ],
  },
  {
    name: '扬尘源',
    category: 'dust',
    shares: { pm10: '17', pm25: '6.1' },
    parts: [
      { name: '道路扬尘', category: 'dust', subcategory: 'road_dust', shares: { pm10: '8.9', pm25: '3.5' } },
      { name: '施工扬尘', category: 'dust', subcategory: 'construction_dust', shares: { pm10: '8', pm25: '2.6' } },
    ],
  },
  {
    name: '生物质燃烧源',
    category: 'biomass_burning',
    shares: { so2: '2.0', pm10: '13.2', pm25: '19.4', vocs: '20.3' },
    parts: [
      { name: '秸秆露天焚烧', category: 'biomass_burning', subcategory: 'open_straw_burning', shares: { pm10: '9', pm25: '13.4', vocs: '12.3' } },
      { name: '生物质炉灶', category: 'biomass_burning', subcategory: 'household_biomass_stoves', shares: { vocs: '7.3' } },
    ],
  },
  {
    name: '非工业溶剂使用源',
    category: 'solvent_use',
    subcategory: 'non_industrial_solvents',
    shares: { vocs: '11.1' },
    parts: [
      { name: '建筑涂料', category: 'solvent_use', subcategory: 'non_industrial_solvents', shares: { vocs: '4.7' } },
      { name: '农药使用', category: 'solvent_use', subcategory: 'non_industrial_solvents', shares: { vocs: '2.9' } },
      { name: '沥青铺路', category: 'solvent_use', subcategory: 'non_industrial_solvents', shares: { vocs: '2.6' } },
    ],
  },
  {
    name: '民用源',
    category: 'stationary_combustion',
    subcategory: 'residential_combustion',
    shares: { so2: '0.6' },
    note: 'the plan\'s 民用源 (SO2), read as residential fuel combustion',
  },
];

/** Sector shares the plan states; they overlap the enterprises (柳钢 runs the coke ovens; 鱼峰水泥 makes cement). */
export const SECTOR_SHARES: ReadonlyArray<{ readonly sector: string; readonly shares: Shares }> = [
  { sector: '化学原料和化学制品制造业', shares: { so2: '16.2' } },
  { sector: '砖瓦、水泥等非金属制造', shares: { so2: '7.8' } },
  { sector: '炼焦', shares: { nox: '27.3' } },
  { sector: '水泥制造', shares: { nox: '11' } },
  { sector: '汽车制造业', shares: { vocs: '25.9' } },
];

/** §一(四)2: "排放量最大的十家企业SO2、NOx、PM10、PM2.5、VOCs的排放量分别占全市总排放量的74%、58%、57%、63%以及35%". */
export const TOP_TEN_SHARES: Shares = { so2: '74', nox: '58', pm10: '57', pm25: '63', vocs: '35' };

/** §一(三): "柳钢的SO2排放量为2.2万吨，排放占比高达50.8%" — the one enterprise tonnage the plan prints. */
export const LIUGANG_SO2_WAN_TONNES = '2.2';

/** Half a unit in the last printed place of a figure ('4.2' → 0.05, '17' → 0.5). */
export function halfUnit(printed: string): number {
  const decimals = printed.split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/**
 * An inventory derived from the plan's figures: totals = 万吨 × 10 000; each named part an entry of share × total;
 * where a source's named parts leave more of its share than their rounding can explain, the rest is an entry
 * "(not itemised)" of that source (e.g. 工业源 SO2: 94.4 − 50.8 − 8.7 = 34.9 %). What no source covers stays
 * unattributed (the plan names, e.g., 95.0 % of NOx). NH3 has a total and no shares.
 */
export function derivedInventory(): Inventory {
  const totals = Object.fromEntries(INVENTORY_POLLUTANTS.map((p) => [p, Number(TOTALS_WAN_TONNES[p]) * 10_000]));
  const entries: Array<InventoryFromSharesInput['entries'][number]> = [];
  for (const source of SOURCES) {
    const dims = {
      group: source.name,
      ...(source.category === undefined ? {} : { category: source.category }),
      ...(source.subcategory === undefined ? {} : { subcategory: source.subcategory }),
    };
    const rest: Partial<Record<EmissionPollutant, number>> = {};
    for (const p of INVENTORY_POLLUTANTS) {
      const whole = source.shares[p];
      if (whole === undefined) continue;
      const parts = (source.parts ?? []).map((part) => part.shares[p]).filter((s): s is string => s !== undefined);
      const left = Number(whole) - parts.reduce((s, x) => s + Number(x), 0);
      const rounding = halfUnit(whole) + parts.reduce((s, x) => s + halfUnit(x), 0);
      if (left > rounding) rest[p] = Number(left.toFixed(10));
    }
    for (const part of source.parts ?? []) {
      entries.push({
        ...dims,
        label: part.name,
        ...(part.subcategory === undefined ? {} : { subcategory: part.subcategory }),
        ...(part.enterprise === undefined ? {} : { enterprise: part.enterprise }),
        shares: Object.fromEntries(Object.entries(part.shares).map(([p, s]) => [p, Number(s)])),
      });
    }
    if (Object.keys(rest).length > 0) {
      entries.push({ ...dims, label: source.parts === undefined ? source.name : `${source.name}（未细分）`, shares: rest, ...(source.note === undefined ? {} : { note: source.note }) });
    }
  }
  return inventoryFromShares({ region: '柳州市', year: 2014, totals, entries, source: '柳州市环境空气质量限期达标规划 §一(三)' });
}
