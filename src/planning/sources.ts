import { deepFreeze } from '../_lib/freeze.js';
import { requireMember } from '../_lib/validate.js';

/**
 * The ten first-level source categories of China's national emission-inventory guides, in the order the
 * Liuzhou plan lists them (§一(三)): 化石燃料固定燃烧源, 工艺过程源, 溶剂使用源, 移动源, 农业源, 扬尘源,
 * 生物质燃烧源, 废弃物处理源, 储存运输源, 其他排放源 — the classification of《大气细颗粒物一次源排放清单编制技术
 * 指南（试行）》(环境保护部, 2014) and《城市大气污染源排放清单编制技术手册》(2017).
 */
export const SOURCE_CATEGORIES = [
  'stationary_combustion',
  'process',
  'solvent_use',
  'mobile',
  'agriculture',
  'dust',
  'biomass_burning',
  'waste_treatment',
  'storage_transport',
  'other',
] as const;

/** One of the ten {@link SOURCE_CATEGORIES}. */
export type SourceCategory = (typeof SOURCE_CATEGORIES)[number];

/** Names of a category or sub-category. */
export interface SourceName {
  readonly zh: string;
  readonly en: string;
}

/** What lantian records of a first-level source category. */
export interface SourceCategoryInfo {
  readonly id: SourceCategory;
  readonly name: SourceName;
  /** Known sub-categories (see {@link SOURCE_SUBCATEGORIES}). */
  readonly subcategories: ReadonlyArray<string>;
}

/** What lantian records of a sub-category: its id, names and first-level category. */
export interface SourceSubcategoryInfo {
  readonly id: string;
  readonly category: SourceCategory;
  readonly name: SourceName;
}

const CATEGORY_NAMES: Readonly<Record<SourceCategory, SourceName>> = {
  stationary_combustion: { zh: '化石燃料固定燃烧源', en: 'stationary fossil-fuel combustion' },
  process: { zh: '工艺过程源', en: 'industrial processes' },
  solvent_use: { zh: '溶剂使用源', en: 'solvent use' },
  mobile: { zh: '移动源', en: 'mobile sources' },
  agriculture: { zh: '农业源', en: 'agriculture' },
  dust: { zh: '扬尘源', en: 'fugitive dust' },
  biomass_burning: { zh: '生物质燃烧源', en: 'biomass burning' },
  waste_treatment: { zh: '废弃物处理源', en: 'waste treatment' },
  storage_transport: { zh: '储存运输源', en: 'storage and transport' },
  other: { zh: '其他排放源', en: 'other sources' },
};

/**
 * Sub-categories lantian names: those the Liuzhou plan uses and the common second level of the guides. The
 * guides' complete second and third levels are not reproduced (which sub-categories each guide lists is
 * UNCONFIRMED): an inventory entry may carry any sub-category string, these ids only give names to the usual ones.
 */
export const SOURCE_SUBCATEGORIES: ReadonlyArray<SourceSubcategoryInfo> = deepFreeze([
  sub('power', 'stationary_combustion', '电力', 'power generation'),
  sub('industrial_boilers', 'stationary_combustion', '工业锅炉', 'industrial boilers'),
  sub('residential_combustion', 'stationary_combustion', '民用燃烧', 'residential combustion'),
  sub('iron_steel', 'process', '钢铁', 'iron and steel'),
  sub('building_materials', 'process', '建材', 'building materials (cement, bricks, …)'),
  sub('chemicals', 'process', '石化化工', 'petrochemicals and chemicals'),
  sub('industrial_solvents', 'solvent_use', '工业溶剂使用', 'industrial solvent use'),
  sub('non_industrial_solvents', 'solvent_use', '非工业溶剂使用', 'non-industrial solvent use'),
  sub('on_road', 'mobile', '道路移动源', 'on-road vehicles'),
  sub('non_road', 'mobile', '非道路移动源', 'non-road machinery, ships, …'),
  sub('fertiliser', 'agriculture', '氮肥施用', 'nitrogen fertiliser'),
  sub('livestock', 'agriculture', '畜禽养殖', 'livestock'),
  sub('soil_dust', 'dust', '土壤扬尘', 'soil dust'),
  sub('road_dust', 'dust', '道路扬尘', 'road dust'),
  sub('construction_dust', 'dust', '施工扬尘', 'construction dust'),
  sub('storage_yard_dust', 'dust', '堆场扬尘', 'storage-yard dust'),
  sub('open_straw_burning', 'biomass_burning', '秸秆露天焚烧', 'open burning of straw'),
  sub('household_biomass_stoves', 'biomass_burning', '户用生物质炉灶', 'household biomass stoves'),
  sub('biomass_boilers', 'biomass_burning', '生物质锅炉', 'biomass boilers'),
  sub('wastewater', 'waste_treatment', '废水处理', 'wastewater treatment'),
  sub('solid_waste', 'waste_treatment', '固体废物处理', 'solid-waste treatment'),
  sub('fuel_storage_transport', 'storage_transport', '油品储运', 'fuel storage and distribution'),
  sub('cooking', 'other', '餐饮油烟', 'commercial cooking fumes'),
]);

function sub(id: string, category: SourceCategory, zh: string, en: string): SourceSubcategoryInfo {
  return { id, category, name: { zh, en } };
}

const INFO: Readonly<Record<SourceCategory, SourceCategoryInfo>> = deepFreeze(
  Object.fromEntries(
    SOURCE_CATEGORIES.map((id) => [
      id,
      { id, name: CATEGORY_NAMES[id], subcategories: SOURCE_SUBCATEGORIES.filter((s) => s.category === id).map((s) => s.id) },
    ]),
  ) as unknown as Record<SourceCategory, SourceCategoryInfo>,
);

/**
 * What lantian records of a first-level source category: its names and known sub-categories.
 *
 * @param id - A category id, e.g. `'mobile'`.
 * @returns The frozen record.
 * @throws {LantianError} `INVALID_TYPE` when `id` is not a string; `INVALID_INPUT` when it is not one of
 * {@link SOURCE_CATEGORIES}.
 * @example
 * ```ts
 * sourceCategory('mobile').name.zh; //=> '移动源'
 * sourceCategory('dust').subcategories; //=> ['soil_dust', 'road_dust', 'construction_dust', 'storage_yard_dust']
 * ```
 */
export function sourceCategory(id: SourceCategory): SourceCategoryInfo {
  return INFO[requireMember(id, SOURCE_CATEGORIES, ['id'], 'INVALID_INPUT')];
}
