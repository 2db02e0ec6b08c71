import * as z from 'zod/mini';
import { LantianError } from '../errors.js';
import { describe, parseWith, readOptions } from '../_lib/validate.js';
import { NonNegativeSchema, idRecord, mapEvery } from './_schemas.js';
import { EMISSION_POLLUTANTS, type EmissionPollutant, type Inventory, type InventoryEntry, readInventory } from './inventory.js';
import { SOURCE_CATEGORIES } from './sources.js';

const Label = z.string().check(z.minLength(1));

const FractionSchema = z
  .number()
  .check(z.refine((v) => v >= 0 && v <= 1, { message: 'a reduction is a fraction from 0 to 1', params: { code: 'OUT_OF_RANGE' } }));

/**
 * A control measure (控制措施) applied to an inventory: the entries it acts on — every entry whose
 * dimensions equal all those given in `match` (an empty `match` acts on every entry) — and the fraction of each
 * pollutant's emissions it removes there (0…1, e.g. `{ so2: 0.8 }` for desulphurisation removing 80 %).
 */
export const ControlMeasureSchema = z.readonly(
  z.strictObject({
    id: z.optional(z.string()),
    name: z.optional(z.string()),
    match: z.readonly(
      z.strictObject({
        category: z.optional(z.enum(SOURCE_CATEGORIES)),
        subcategory: z.optional(Label),
        group: z.optional(Label),
        sector: z.optional(Label),
        enterprise: z.optional(Label),
      }),
    ),
    reductions: idRecord(EMISSION_POLLUTANTS, FractionSchema, 'UNKNOWN_POLLUTANT'),
  }),
);

/** A control measure (see {@link ControlMeasureSchema}). */
export interface ControlMeasure extends z.infer<typeof ControlMeasureSchema> {}

/**
 * A linear source–receptor response supplied by the user (from a model run or a source apportionment, not from
 * lantian): the change of an annual concentration per tonne of emission removed, by emitted pollutant (µg/m³ per
 * tonne; e.g. PM2.5 responding to primary PM2.5, SO2, NOx and NH3), the concentration before the measures and
 * optionally the target it must reach (an upper bound: the projection meets it at or below).
 */
export const LinearResponseSchema = z.readonly(
  z.strictObject({
    indicator: z.optional(z.string()),
    current: NonNegativeSchema,
    perTonne: idRecord(EMISSION_POLLUTANTS, z.number(), 'UNKNOWN_POLLUTANT'),
    target: z.optional(NonNegativeSchema),
  }),
);

/** A linear response (see {@link LinearResponseSchema}). */
export interface LinearResponse extends z.infer<typeof LinearResponseSchema> {}

/** Options of {@link applyMeasures}. */
export interface ApplyMeasuresOptions {
  /** Turns the tonnes removed into a projected concentration. */
  readonly response?: LinearResponse;
}

/** The change of one pollutant's total. */
export interface EmissionReduction {
  readonly before: number;
  readonly after: number;
  /** Tonnes removed. */
  readonly tonnes: number;
  /** Percent of `before` removed. */
  readonly percent: number;
}

/** What one measure removed. */
export interface MeasureEffect {
  readonly index: number;
  readonly id: string | undefined;
  readonly name: string | undefined;
  /** Entries it acted on (0 flags a `match` that names nothing in the inventory). */
  readonly entries: number;
  /** Tonnes it removed, by pollutant. */
  readonly tonnes: Readonly<Partial<Record<EmissionPollutant, number>>>;
}

/** The projected concentration of {@link applyMeasures} with a response. */
export interface ProjectedConcentration {
  readonly indicator: string | undefined;
  readonly current: number;
  /** Σ perTonne × tonnes removed, as a change (negative: the concentration falls). */
  readonly change: number;
  /** current + change, floored at 0. */
  readonly projected: number;
  /** Whether the floor at 0 was applied (the linear response was pushed beyond its range). */
  readonly clamped: boolean;
  readonly target: number | undefined;
  /** projected − target (≤ 0: met); `undefined` without a target. */
  readonly gap: number | undefined;
  readonly met: boolean | undefined;
}

/** The result of {@link applyMeasures}. */
export interface MeasuresResult {
  /** The projected inventory: entries reduced, stated totals reduced by the tonnes removed. */
  readonly inventory: Inventory;
  /** Before, after and removed, by pollutant (every pollutant of the inventory's totals). */
  readonly reductions: Readonly<Partial<Record<EmissionPollutant, EmissionReduction>>>;
  readonly measures: ReadonlyArray<MeasureEffect>;
  /** With `options.response`: the projected concentration against its target. */
  readonly concentration: ProjectedConcentration | undefined;
}

function matches(entry: InventoryEntry, match: ControlMeasure['match']): boolean {
  for (const key of ['category', 'subcategory', 'group', 'sector', 'enterprise'] as const) {
    const wanted = match[key];
    if (wanted !== undefined && entry[key] !== wanted) return false;
  }
  return true;
}

/**
 * Applies control measures to an inventory and reports the emissions they remove, and — given a linear response —
 * the concentration they lead to.
 *
 * Measures act in the order given; where several act on one entry they compound (80 % then 50 % removes 90 %),
 * and each is credited with what it removes from what the earlier ones left, so the credit of each depends on
 * the order while the total does not. Stated totals fall by the tonnes removed from the entries; the
 * unattributed remainder of a stated total is untouched (no measure can name it).
 *
 * @param inventory - The inventory ({@link InventorySchema}).
 * @param measures - The measures ({@link ControlMeasureSchema}).
 * @param options - `response` ({@link LinearResponseSchema}).
 * @returns The projected inventory, the reductions, each measure's effect and the projected concentration.
 * @throws {LantianError} For a malformed inventory, as {@link inventoryTotals}.
 * @throws {LantianError} `INVALID_TYPE`, `OUT_OF_RANGE` (a reduction outside 0…1), `UNKNOWN_POLLUTANT`,
 * `UNKNOWN_OPTION` or `INVALID_INPUT` for a malformed measure (path `['measures', i, …]`).
 * @throws {LantianError} `NEGATIVE_VALUE`, `NOT_FINITE`, `UNKNOWN_POLLUTANT` or `UNKNOWN_OPTION` for a malformed
 * response; `UNKNOWN_OPTION` for an unknown option.
 * @example
 * ```ts
 * const inventory = { region: 'X', year: 2014, entries: [
 *   { enterprise: 'Steelworks', emissions: { so2: 1000, pm25: 400 } },
 *   { category: 'dust', subcategory: 'road_dust', emissions: { pm25: 600 } },
 * ] } as const;
 * const result = applyMeasures(inventory, [
 *   { name: 'sinter desulphurisation', match: { enterprise: 'Steelworks' }, reductions: { so2: 0.8, pm25: 0.5 } },
 *   { name: 'road sweeping', match: { subcategory: 'road_dust' }, reductions: { pm25: 0.25 } },
 * ], { response: { indicator: 'pm25', current: 45, perTonne: { pm25: 0.01, so2: 0.002 }, target: 43 } });
 * result.reductions.pm25; //=> { before: 1000, after: 650, tonnes: 350, percent: 35 }
 * result.concentration?.projected; //=> 39.9 (45 − 0.01·350 − 0.002·800)
 * result.concentration?.met; //=> true
 * ```
 */
export function applyMeasures(inventory: Inventory, measures: ReadonlyArray<ControlMeasure>, options?: ApplyMeasuresOptions): MeasuresResult {
  const inv = readInventory(inventory);
  if (!Array.isArray(measures)) {
    throw new LantianError('INVALID_TYPE', ['measures'], `expected an array of measures, received ${describe(measures)}`);
  }
  const list = mapEvery(measures, (m, i) => parseWith(ControlMeasureSchema, m, ['measures', i]));
  const opts = readOptions(options, ['response']);
  const response = opts['response'] === undefined ? undefined : parseWith(LinearResponseSchema, opts['response'], ['options', 'response']);

  const removed: Partial<Record<EmissionPollutant, number>> = {};
  const effects = list.map((m, index) => ({ index, id: m.id, name: m.name, entries: 0, tonnes: {} as Partial<Record<EmissionPollutant, number>> }));
  const entries = inv.entries.map((entry) => {
    const emissions: Partial<Record<EmissionPollutant, number>> = { ...entry.emissions };
    list.forEach((measure, i) => {
      if (!matches(entry, measure.match)) return;
      const effect = effects[i] as (typeof effects)[number];
      effect.entries++;
      for (const p of EMISSION_POLLUTANTS) {
        const fraction = measure.reductions[p];
        const now = emissions[p];
        if (fraction === undefined || now === undefined) continue;
        const cut = now * fraction;
        emissions[p] = now - cut;
        effect.tonnes[p] = (effect.tonnes[p] ?? 0) + cut;
        removed[p] = (removed[p] ?? 0) + cut;
      }
    });
    return { ...entry, emissions };
  });

  const before: Partial<Record<EmissionPollutant, number>> = {};
  const after: Partial<Record<EmissionPollutant, number>> = {};
  for (const entry of inv.entries) {
    for (const p of EMISSION_POLLUTANTS) {
      const t = entry.emissions[p];
      if (t !== undefined) before[p] = (before[p] ?? 0) + t;
    }
  }
  const stated = inv.totals;
  const reductions: Partial<Record<EmissionPollutant, EmissionReduction>> = {};
  for (const p of EMISSION_POLLUTANTS) {
    const b = stated?.[p] ?? before[p];
    if (b === undefined) continue;
    const tonnes = removed[p] ?? 0;
    after[p] = b - tonnes;
    reductions[p] = { before: b, after: b - tonnes, tonnes, percent: b > 0 ? (100 * tonnes) / b : 0 };
  }
  const projected: Inventory = {
    ...inv,
    entries,
    ...(stated === undefined
      ? {}
      : { totals: Object.fromEntries(Object.keys(stated).map((p) => [p, after[p as EmissionPollutant]])) as Inventory['totals'] }),
  };
  return { inventory: projected, reductions, measures: effects, concentration: response && project(response, removed) };
}

function project(response: LinearResponse, removed: Partial<Record<EmissionPollutant, number>>): ProjectedConcentration {
  let change = 0;
  for (const p of EMISSION_POLLUTANTS) {
    const k = response.perTonne[p];
    if (k !== undefined) change -= k * (removed[p] ?? 0);
  }
  const raw = response.current + change;
  const projected = Math.max(0, raw);
  const target = response.target;
  return {
    indicator: response.indicator,
    current: response.current,
    change,
    projected,
    clamped: raw < 0,
    target,
    gap: target === undefined ? undefined : projected - target,
    met: target === undefined ? undefined : projected <= target,
  };
}
