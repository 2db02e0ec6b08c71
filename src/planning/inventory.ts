import * as z from 'zod/mini';
import { LantianError } from '../errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parseWith, readOptions, requireInteger, requireMember } from '../_lib/validate.js';
import { NonNegativeSchema, YearSchema, idRecord, mapEvery } from './_schemas.js';
import { SOURCE_CATEGORIES, type SourceName } from './sources.js';

/**
 * The pollutants of an emission inventory: the six of the national guides (SO2, NOx, PM10, PM2.5, VOCs, NH3)
 * and the optional CO, black carbon (BC) and organic carbon (OC).
 */
export const EMISSION_POLLUTANTS = ['so2', 'nox', 'pm10', 'pm25', 'vocs', 'nh3', 'co', 'bc', 'oc'] as const;

/** One of the {@link EMISSION_POLLUTANTS}. */
export type EmissionPollutant = (typeof EMISSION_POLLUTANTS)[number];

/** Names of the {@link EMISSION_POLLUTANTS}, as inventories write them. */
export const EMISSION_POLLUTANT_NAMES: Readonly<Record<EmissionPollutant, SourceName & { readonly symbol: string }>> = deepFreeze({
  so2: { zh: '二氧化硫', en: 'sulfur dioxide', symbol: 'SO₂' },
  nox: { zh: '氮氧化物', en: 'nitrogen oxides', symbol: 'NOₓ' },
  pm10: { zh: '可吸入颗粒物', en: 'PM₁₀', symbol: 'PM₁₀' },
  pm25: { zh: '细颗粒物', en: 'PM₂.₅', symbol: 'PM₂.₅' },
  vocs: { zh: '挥发性有机物', en: 'volatile organic compounds', symbol: 'VOCs' },
  nh3: { zh: '氨', en: 'ammonia', symbol: 'NH₃' },
  co: { zh: '一氧化碳', en: 'carbon monoxide', symbol: 'CO' },
  bc: { zh: '黑碳', en: 'black carbon', symbol: 'BC' },
  oc: { zh: '有机碳', en: 'organic carbon', symbol: 'OC' },
});

/**
 * Emissions in tonnes a year by pollutant; a pollutant absent is not reported (not zero). An unknown key is
 * `UNKNOWN_POLLUTANT`, a negative amount `NEGATIVE_VALUE`.
 */
export const EmissionsSchema = idRecord(EMISSION_POLLUTANTS, NonNegativeSchema, 'UNKNOWN_POLLUTANT');

/** Emissions in tonnes a year by pollutant (see {@link EmissionsSchema}). */
export type Emissions = z.infer<typeof EmissionsSchema>;

const Label = z.string().check(z.minLength(1));

/** The dimensions an inventory entry can be placed on. */
export const INVENTORY_DIMENSIONS = ['category', 'subcategory', 'group', 'sector', 'enterprise'] as const;

/**
 * A dimension of an inventory entry: `'category'` (one of the ten {@link SOURCE_CATEGORIES}), `'subcategory'`
 * (e.g. `'road_dust'`, see SOURCE_SUBCATEGORIES, or the user's own), `'group'` (how a report groups sources, e.g.
 * 工业源 "industrial sources", which spans stationary combustion, processes and industrial solvents), `'sector'`
 * (an industry, e.g. 钢铁 or 汽车制造业) and `'enterprise'` (a named emitter).
 */
export type InventoryDimension = (typeof INVENTORY_DIMENSIONS)[number];

/** The fields of an inventory entry (see {@link InventoryEntrySchema}). */
const InventoryEntryObject = z.strictObject({
  label: z.optional(Label),
  category: z.optional(z.enum(SOURCE_CATEGORIES)),
  subcategory: z.optional(Label),
  group: z.optional(Label),
  sector: z.optional(Label),
  enterprise: z.optional(Label),
  emissions: EmissionsSchema,
  derived: z.optional(z.boolean()),
  note: z.optional(z.string()),
});

/**
 * One row of an emission inventory: where it sits on each dimension (all optional — an entry a report does not
 * place on a dimension is "unspecified" there) and its emissions. `derived: true` marks tonnes computed from
 * published shares rather than published themselves.
 */
export const InventoryEntrySchema = z.readonly(InventoryEntryObject);

/** One row of an emission inventory (see {@link InventoryEntrySchema}). */
export interface InventoryEntry extends z.infer<typeof InventoryEntrySchema> {}

/**
 * An emission inventory (大气污染源排放清单) of a region and year: its entries and, when the published entries
 * do not cover everything, the stated totals (shares are then taken of the stated totals and the remainder is
 * reported as unattributed). `areaKm2` gives emission intensities.
 */
export const InventorySchema = z.readonly(
  z.strictObject({
    region: Label,
    year: YearSchema,
    areaKm2: z.optional(z.number().check(z.positive())),
    totals: z.optional(EmissionsSchema),
    entries: z.readonly(z.array(InventoryEntrySchema)),
    source: z.optional(z.string()),
  }),
);

/** An emission inventory (see {@link InventorySchema}). */
export interface Inventory extends z.infer<typeof InventorySchema> {}

/** Reads an inventory at the boundary. Internal. */
export function readInventory(inventory: unknown): Inventory {
  return parseWith(InventorySchema, inventory, ['inventory']);
}

/** Σ over entries, by pollutant (only pollutants some entry reports). */
function sumEntries(entries: ReadonlyArray<InventoryEntry>): Partial<Record<EmissionPollutant, number>> {
  const sums: Partial<Record<EmissionPollutant, number>> = {};
  for (const entry of entries) {
    for (const p of EMISSION_POLLUTANTS) {
      const t = entry.emissions[p];
      if (t !== undefined) sums[p] = (sums[p] ?? 0) + t;
    }
  }
  return sums;
}

/**
 * The totals of an inventory by pollutant: the sum over its entries, or the stated totals where the inventory
 * gives them (which win: published entries are often incomplete).
 *
 * @param inventory - The inventory ({@link InventorySchema}).
 * @returns Tonnes a year by pollutant, for every pollutant an entry or a stated total reports.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE`, `OUT_OF_RANGE`, `INVALID_INPUT` or `UNKNOWN_OPTION` for a
 * malformed inventory (path `['inventory', …]`).
 * @example
 * ```ts
 * inventoryTotals({ region: 'X', year: 2014, entries: [
 *   { category: 'mobile', emissions: { nox: 300, pm25: 20 } },
 *   { category: 'dust', emissions: { pm25: 50 } },
 * ] });
 * //=> { nox: 300, pm25: 70 }
 * ```
 */
export function inventoryTotals(inventory: Inventory): Emissions {
  const inv = readInventory(inventory);
  return { ...sumEntries(inv.entries), ...(inv.totals ?? {}) };
}

/** One row of {@link PollutantShares}. */
export interface EmissionShare {
  /** The entries' value on the dimension; `null` gathers the entries that do not name one. */
  readonly key: string | null;
  readonly tonnes: number;
  /** Percent of the pollutant's total (raw; round at reporting). */
  readonly share: number;
}

/** The shares of one pollutant (see {@link emissionShares}). */
export interface PollutantShares {
  readonly pollutant: EmissionPollutant;
  /** The total the shares are of. */
  readonly total: number;
  /** Whether the total is the stated one or the sum of the entries. */
  readonly totalFrom: 'stated' | 'entries';
  /** Largest first. */
  readonly rows: ReadonlyArray<EmissionShare>;
  /** Stated total minus the entries (0 when the total is the entries' sum; negative if the entries exceed it). */
  readonly unattributed: number;
  readonly unattributedShare: number;
}

/** The result of {@link emissionShares}. */
export interface EmissionShares {
  readonly by: InventoryDimension;
  readonly pollutants: Readonly<Partial<Record<EmissionPollutant, PollutantShares>>>;
}

/** Options of {@link emissionShares}. */
export interface EmissionSharesOptions {
  /** The dimension to group by (default `'category'`). */
  readonly by?: InventoryDimension;
  /** The pollutants to report (default: every pollutant with a positive total). */
  readonly pollutants?: ReadonlyArray<EmissionPollutant>;
}

function readPollutants(value: unknown, path: Array<string | number>): ReadonlyArray<EmissionPollutant> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new LantianError('INVALID_TYPE', path, 'expected an array of pollutants');
  return mapEvery(value, (p, i) => requireMember(p, EMISSION_POLLUTANTS, [...path, i], 'UNKNOWN_POLLUTANT'));
}

function sharesOf(inv: Inventory, by: InventoryDimension, pollutant: EmissionPollutant): PollutantShares | undefined {
  const groups = new Map<string | null, number>();
  let sum = 0;
  for (const entry of inv.entries) {
    const t = entry.emissions[pollutant];
    if (t === undefined) continue;
    const key = entry[by] ?? null;
    groups.set(key, (groups.get(key) ?? 0) + t);
    sum += t;
  }
  const stated = inv.totals?.[pollutant];
  const total = stated ?? sum;
  if (!(total > 0)) return undefined;
  const rows = [...groups]
    .map(([key, tonnes]) => ({ key, tonnes, share: (100 * tonnes) / total }))
    .sort((a, b) => b.tonnes - a.tonnes);
  const unattributed = stated === undefined ? 0 : stated - sum;
  return {
    pollutant,
    total,
    totalFrom: stated === undefined ? 'entries' : 'stated',
    rows,
    unattributed,
    unattributedShare: (100 * unattributed) / total,
  };
}

/**
 * Each source's share of the emissions of each pollutant, grouped by a dimension: the ten categories, a
 * sub-category, a report's groups, sectors or enterprises. Shares are percent of the stated total where the
 * inventory states one (the remainder is `unattributed`), else of the entries' sum; rows, the unspecified
 * (`key: null`) row and the unattributed remainder add up to 100 %.
 *
 * @param inventory - The inventory ({@link InventorySchema}).
 * @param options - `by` (default `'category'`) and `pollutants`.
 * @returns The shares by pollutant; pollutants without a positive total are left out.
 * @throws {LantianError} For a malformed inventory, as {@link inventoryTotals}.
 * @throws {LantianError} `UNKNOWN_OPTION`, `INVALID_OPTION`, `INVALID_TYPE` or `UNKNOWN_POLLUTANT` for bad options.
 * @example
 * ```ts
 * const shares = emissionShares({ region: 'X', year: 2014, totals: { nox: 1000 }, entries: [
 *   { category: 'mobile', subcategory: 'on_road', emissions: { nox: 232 } },
 *   { category: 'mobile', subcategory: 'non_road', emissions: { nox: 59 } },
 * ] });
 * shares.pollutants.nox?.rows; //=> [{ key: 'mobile', tonnes: 291, share: 29.1 }]
 * shares.pollutants.nox?.unattributedShare; //=> 70.9
 * ```
 */
export function emissionShares(inventory: Inventory, options?: EmissionSharesOptions): EmissionShares {
  const opts = readOptions(options, ['by', 'pollutants']);
  const by = opts['by'] === undefined ? 'category' : requireMember(opts['by'], INVENTORY_DIMENSIONS, ['options', 'by'], 'INVALID_OPTION');
  const wanted = readPollutants(opts['pollutants'], ['options', 'pollutants']) ?? EMISSION_POLLUTANTS;
  const inv = readInventory(inventory);
  const pollutants: Partial<Record<EmissionPollutant, PollutantShares>> = {};
  for (const p of wanted) {
    const shares = sharesOf(inv, by, p);
    if (shares !== undefined) pollutants[p] = shares;
  }
  return { by, pollutants };
}

/** The result of {@link topEmitters}. */
export interface TopEmitters {
  readonly pollutant: EmissionPollutant;
  readonly by: InventoryDimension;
  /** The largest `n` (fewer if fewer are named), largest first; entries without a key are not emitters. */
  readonly items: ReadonlyArray<EmissionShare>;
  /** Their combined tonnes and percent of the total. */
  readonly tonnes: number;
  readonly share: number;
  /** The total the shares are of (stated or the entries' sum). */
  readonly total: number;
}

/** Options of {@link topEmitters}. */
export interface TopEmittersOptions {
  /** The dimension that names the emitters (default `'enterprise'`). */
  readonly by?: InventoryDimension;
  /** How many (default 10, as plans quote "the ten largest enterprises"). */
  readonly n?: number;
}

/**
 * The largest emitters of a pollutant and their combined share — the figure plans quote as "the ten largest
 * enterprises emit 74 % of the city's SO2" (排放量最大的十家企业 … 占全市总排放量的74%).
 *
 * @param inventory - The inventory ({@link InventorySchema}).
 * @param pollutant - The pollutant.
 * @param options - `by` (default `'enterprise'`) and `n` (default 10).
 * @returns The top emitters, their tonnes and share.
 * @throws {LantianError} For a malformed inventory, as {@link inventoryTotals}.
 * @throws {LantianError} `UNKNOWN_POLLUTANT` for an unknown pollutant; `EMPTY_INPUT` when the inventory reports
 * no emission of it.
 * @throws {LantianError} `UNKNOWN_OPTION`, `INVALID_OPTION`, `NOT_AN_INTEGER` or `OUT_OF_RANGE` for bad options.
 * @example
 * ```ts
 * topEmitters({ region: 'X', year: 2014, totals: { so2: 42000 }, entries: [
 *   { enterprise: '柳钢', emissions: { so2: 21336 } },
 *   { enterprise: '柳电', emissions: { so2: 3654 } },
 * ] }, 'so2', { n: 1 });
 * //=> { pollutant: 'so2', by: 'enterprise', items: [{ key: '柳钢', tonnes: 21336, share: 50.8 }],
 * //     tonnes: 21336, share: 50.8, total: 42000 }
 * ```
 */
export function topEmitters(inventory: Inventory, pollutant: EmissionPollutant, options?: TopEmittersOptions): TopEmitters {
  const p = requireMember(pollutant, EMISSION_POLLUTANTS, ['pollutant'], 'UNKNOWN_POLLUTANT');
  const opts = readOptions(options, ['by', 'n']);
  const by = opts['by'] === undefined ? 'enterprise' : requireMember(opts['by'], INVENTORY_DIMENSIONS, ['options', 'by'], 'INVALID_OPTION');
  const n = opts['n'] === undefined ? 10 : requireInteger(opts['n'], ['options', 'n'], 1, 1_000_000);
  const shares = sharesOf(readInventory(inventory), by, p);
  if (shares === undefined) throw new LantianError('EMPTY_INPUT', ['inventory'], `no emission of ${p}`);
  const items = shares.rows.filter((r) => r.key !== null).slice(0, n);
  const tonnes = items.reduce((s, r) => s + r.tonnes, 0);
  return { pollutant: p, by, items, tonnes, share: (100 * tonnes) / shares.total, total: shares.total };
}

/** Options of {@link emissionIntensity}. */
export interface EmissionIntensityOptions {
  /** The area in km², overriding the inventory's `areaKm2`. */
  readonly areaKm2?: number;
}

/**
 * Emission intensity (排放强度): tonnes a year per km² of the region, by pollutant, from the totals of
 * {@link inventoryTotals}.
 *
 * @param inventory - The inventory ({@link InventorySchema}).
 * @param options - `areaKm2` when the inventory has none (or to override it).
 * @returns Tonnes per km² by pollutant (raw).
 * @throws {LantianError} For a malformed inventory, as {@link inventoryTotals}.
 * @throws {LantianError} `INVALID_INPUT` when no area is known; `INVALID_TYPE`, `NOT_FINITE` or `OUT_OF_RANGE`
 * for a bad area; `UNKNOWN_OPTION` for an unknown option.
 * @example
 * ```ts
 * emissionIntensity({ region: 'X', year: 2014, areaKm2: 1000, totals: { so2: 2300 }, entries: [] });
 * //=> { so2: 2.3 }
 * ```
 */
export function emissionIntensity(inventory: Inventory, options?: EmissionIntensityOptions): Emissions {
  const opts = readOptions(options, ['areaKm2']);
  const inv = readInventory(inventory);
  const area = opts['areaKm2'] === undefined ? inv.areaKm2 : parseWith(z.number().check(z.positive()), opts['areaKm2'], ['options', 'areaKm2']);
  if (area === undefined) throw new LantianError('INVALID_INPUT', ['inventory', 'areaKm2'], 'no area: give areaKm2 in the inventory or the options');
  const totals = inventoryTotals(inv);
  const out: Partial<Record<EmissionPollutant, number>> = {};
  for (const p of EMISSION_POLLUTANTS) {
    const t = totals[p];
    if (t !== undefined) out[p] = t / area;
  }
  return out;
}

/** One row of {@link InventoryFromSharesInput}: the dimensions of an entry and its published shares. */
export const SharedEntrySchema = z.readonly(
  z.extend(z.omit(InventoryEntryObject, { emissions: true, derived: true }), {
    shares: idRecord(
      EMISSION_POLLUTANTS,
      NonNegativeSchema.check(z.refine((v) => v <= 100, { message: 'a share is at most 100 %', params: { code: 'OUT_OF_RANGE' } })),
      'UNKNOWN_POLLUTANT',
    ),
  }),
);

/**
 * What a plan publishes of an inventory: the totals by pollutant and, for some sources, their shares (percent of
 * the total). The entries must not overlap (e.g. do not list an enterprise and the sector that contains it).
 */
export const InventoryFromSharesSchema = z.readonly(
  z.strictObject({
    region: Label,
    year: YearSchema,
    areaKm2: z.optional(z.number().check(z.positive())),
    totals: EmissionsSchema,
    entries: z.readonly(z.array(SharedEntrySchema)),
    source: z.optional(z.string()),
  }),
);

/** Input of {@link inventoryFromShares} (see {@link InventoryFromSharesSchema}). */
export interface InventoryFromSharesInput extends z.infer<typeof InventoryFromSharesSchema> {}

/**
 * Builds an inventory from what plans publish — totals and shares — marking every entry `derived`: its tonnes
 * are share × total, not published figures. The stated totals are kept, so what the shares do not cover shows
 * as `unattributed` in {@link emissionShares}.
 *
 * @param input - Region, year, totals, entries with `shares` (percent), optional area and source.
 * @returns The inventory.
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE`, `OUT_OF_RANGE`, `INVALID_INPUT` or `UNKNOWN_OPTION` for
 * malformed input; `INVALID_INPUT` for a share of a pollutant without a stated total.
 * @example
 * ```ts
 * inventoryFromShares({ region: '柳州市', year: 2014, totals: { so2: 42000 },
 *   entries: [{ enterprise: '柳钢', shares: { so2: 50.8 } }] }).entries;
 * //=> [{ enterprise: '柳钢', emissions: { so2: 21336 }, derived: true }]
 * ```
 */
export function inventoryFromShares(input: InventoryFromSharesInput): Inventory {
  const data = parseWith(InventoryFromSharesSchema, input, ['input']);
  const entries = data.entries.map((entry, i) => {
    const { shares, ...dimensions } = entry;
    const emissions: Partial<Record<EmissionPollutant, number>> = {};
    for (const p of EMISSION_POLLUTANTS) {
      const share = shares[p];
      if (share === undefined) continue;
      const total = data.totals[p];
      if (total === undefined) {
        throw new LantianError('INVALID_INPUT', ['input', 'entries', i, 'shares', p], `no stated total of ${p}`);
      }
      emissions[p] = (share * total) / 100;
    }
    return { ...dimensions, emissions, derived: true };
  });
  const { entries: _ignored, ...rest } = data;
  return { ...rest, entries };
}
