/**
 * GB/T 8170 rounding: half to even on the decimal value, and on the exact value of a computed statistic.
 *
 * @module Rounding
 */
export { roundHalfEven, MAX_DECIMALS } from './roundHalfEven.js';
export { roundStatistic } from './roundStatistic.js';
export { roundConcentration, type RoundConcentrationOptions } from './roundConcentration.js';
