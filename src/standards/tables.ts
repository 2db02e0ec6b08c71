/**
 * Every limit table, by edition.
 *
 * @module
 */
import type { AnyStandardEdition } from '../editions/index.js';
import { GB3095_2012_LIMITS, GB3095_2026_LIMITS } from './gb3095.js';
import { EU_2008_LIMITS, EU_2024_LIMITS, WHO_2021_LIMITS } from './international.js';
import type { LimitRowOf } from './types.js';

/** The limit rows of each edition: GB 3095-2012 and -2026, WHO-2021, EU-2008 and EU-2024. */
export const LIMIT_TABLES: { readonly [E in AnyStandardEdition]: ReadonlyArray<LimitRowOf<E>> } = Object.freeze({
  'GB3095-2012': GB3095_2012_LIMITS,
  'GB3095-2026': GB3095_2026_LIMITS,
  'WHO-2021': WHO_2021_LIMITS,
  'EU-2008': EU_2008_LIMITS,
  'EU-2024': EU_2024_LIMITS,
});
