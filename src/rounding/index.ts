export { roundHalfEven, MAX_DECIMALS } from './roundHalfEven.js';
export { roundStatistic } from './roundStatistic.js';
export { roundConcentration, type RoundConcentrationOptions } from './roundConcentration.js';
