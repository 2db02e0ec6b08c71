/**
 * The limit tables of GB 3095, as printed (µg/m³; CO mg/m³).
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { AirItem } from '../pollutants/index.js';
import type { ComplianceForm, GradedLimitRow, LimitAveraging } from './types.js';

type Pair = readonly [number, number];

/**
 * GB 3095's compliance forms: a limit of a period (annual, quarterly) applies to the period's mean, a short-term
 * limit (24h, daily maximum 8h, 1h) to every value ("not to be exceeded").
 */
function gbForm(averaging: LimitAveraging): ComplianceForm {
  return averaging === 'annual' || averaging === 'quarterly' ? { kind: 'mean' } : { kind: 'maximum' };
}

function rows(source: string, printed: ReadonlyArray<readonly [AirItem, LimitAveraging, Pair]>): GradedLimitRow[] {
  return printed.map(([item, averaging, all]) => ({ item, averaging, values: { all }, form: gbForm(averaging), source }));
}

function staged(source: string, printed: ReadonlyArray<readonly [AirItem, LimitAveraging, Pair, Pair]>): GradedLimitRow[] {
  return printed.map(([item, averaging, transition, final]) => ({ item, averaging, values: { transition, final }, form: gbForm(averaging), source }));
}

/**
 * GB 3095-2012 Table 1 (basic items) and Table 2 (other items): `[item, averaging, [Grade I, Grade II]]`.
 * The limits did not change with the 2018 amendment; their reference conditions did (see
 * {@link standardConditionsOn}).
 */
export const GB3095_2012_LIMITS: ReadonlyArray<GradedLimitRow> = deepFreeze([
  ...rows('GB 3095-2012 Table 1', [
    ['so2', 'annual', [20, 60]],
    ['so2', 'daily', [50, 150]],
    ['so2', '1h', [150, 500]],
    ['no2', 'annual', [40, 40]],
    ['no2', 'daily', [80, 80]],
    ['no2', '1h', [200, 200]],
    ['co', 'daily', [4, 4]],
    ['co', '1h', [10, 10]],
    ['o3', '8h', [100, 160]],
    ['o3', '1h', [160, 200]],
    ['pm10', 'annual', [40, 70]],
    ['pm10', 'daily', [50, 150]],
    ['pm25', 'annual', [15, 35]],
    ['pm25', 'daily', [35, 75]],
  ]),
  ...rows('GB 3095-2012 Table 2', [
    ['tsp', 'annual', [80, 200]],
    ['tsp', 'daily', [120, 300]],
    ['nox', 'annual', [50, 50]],
    ['nox', 'daily', [100, 100]],
    ['nox', '1h', [250, 250]],
    ['pb', 'annual', [0.5, 0.5]],
    ['pb', 'quarterly', [1, 1]],
    ['bap', 'annual', [0.001, 0.001]],
    ['bap', 'daily', [0.0025, 0.0025]],
  ]),
]);

/**
 * GB 3095-2026 Table 1 (basic items: transition-stage limits 过渡阶段浓度限值 and limits 浓度限值) and Table 2
 * (other items; NOx annual and daily with the transition values of notes a and b):
 * `[item, averaging, [transition I, II], [final I, II]]`.
 */
export const GB3095_2026_LIMITS: ReadonlyArray<GradedLimitRow> = deepFreeze([
  ...staged('GB 3095-2026 Table 1', [
    ['so2', 'annual', [20, 60], [20, 20]],
    ['so2', 'daily', [50, 150], [50, 50]],
    ['so2', '1h', [150, 500], [150, 150]],
    ['no2', 'annual', [40, 40], [30, 30]],
    ['no2', 'daily', [80, 80], [50, 50]],
    ['no2', '1h', [200, 200], [200, 200]],
    ['co', 'daily', [4, 4], [4, 4]],
    ['co', '1h', [10, 10], [10, 10]],
    ['o3', '8h', [100, 160], [100, 160]],
    ['o3', '1h', [160, 200], [160, 200]],
    ['pm10', 'annual', [40, 60], [20, 50]],
    ['pm10', 'daily', [50, 120], [50, 100]],
    ['pm25', 'annual', [15, 30], [10, 25]],
    ['pm25', 'daily', [35, 60], [25, 50]],
  ]),
  ...staged('GB 3095-2026 Table 2', [
    ['tsp', 'annual', [80, 200], [80, 200]],
    ['tsp', 'daily', [120, 300], [120, 300]],
    ['nox', 'annual', [50, 50], [40, 40]],
    ['nox', 'daily', [100, 100], [70, 70]],
    ['nox', '1h', [250, 250], [250, 250]],
    ['pb', 'annual', [0.5, 0.5], [0.5, 0.5]],
    ['pb', 'quarterly', [1, 1], [1, 1]],
    ['bap', 'annual', [0.001, 0.001], [0.001, 0.001]],
    ['bap', 'daily', [0.0025, 0.0025], [0.0025, 0.0025]],
  ]),
]);

