/** The real published data of examples/data, read with the examples' own reader. */
export { DATA_DIR, readCnemc, readDataText, type CnemcTable } from '../../examples/_cnemc.js';
