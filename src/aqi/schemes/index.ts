import type { AqiEdition } from '../../editions/index.js';
import type { AqiScheme } from '../types.js';
import { HJ633_2012 } from './hj633-2012.js';
import { HJ633_2026 } from './hj633-2026.js';

export { HJ633_2012, HJ633_2012_TABLE_1 } from './hj633-2012.js';
export { HJ633_2026, HJ633_2026_TABLE_3 } from './hj633-2026.js';

/** Every index scheme, by edition. */
export const AQI_SCHEMES: Readonly<Record<AqiEdition, AqiScheme>> = Object.freeze({
  'HJ633-2012': HJ633_2012,
  'HJ633-2026': HJ633_2026,
});
