import type { AnyAqiEdition, AqiEdition, UsAqiEdition } from '../../editions/index.js';
import type { AqiScheme } from '../types.js';
import { EPA_2012 } from './epa-2012.js';
import { EPA_2024 } from './epa-2024.js';
import { HJ633_2012 } from './hj633-2012.js';
import { HJ633_2026 } from './hj633-2026.js';

export { HJ633_2012, HJ633_2012_TABLE_1 } from './hj633-2012.js';
export { HJ633_2026, HJ633_2026_TABLE_3 } from './hj633-2026.js';
export { EPA_2012, EPA_2012_TABLE } from './epa-2012.js';
export { EPA_2024, EPA_2024_TABLE } from './epa-2024.js';

/** The Chinese index schemes (HJ 633), by edition. */
export const AQI_SCHEMES: Readonly<Record<AqiEdition, AqiScheme>> = Object.freeze({
  'HJ633-2012': HJ633_2012,
  'HJ633-2026': HJ633_2026,
});

/** The US EPA index schemes (40 CFR Part 58 Appendix G), by edition. */
export const US_AQI_SCHEMES: Readonly<Record<UsAqiEdition, AqiScheme>> = Object.freeze({
  'EPA-2012': EPA_2012,
  'EPA-2024': EPA_2024,
});

/** The scheme of any edition (internal; the edition is known valid). */
export function aqiSchemeOf(edition: AnyAqiEdition): AqiScheme {
  return edition in US_AQI_SCHEMES ? US_AQI_SCHEMES[edition as UsAqiEdition] : AQI_SCHEMES[edition as AqiEdition];
}
