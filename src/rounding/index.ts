export { roundHalfEven, MAX_DECIMALS } from './roundHalfEven.js';
export { roundConcentration, type RoundConcentrationOptions } from './roundConcentration.js';
