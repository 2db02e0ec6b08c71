/**
 * Vega-Lite specifications of the pictures people expect: the AQI calendar, items against limits, trends
 * against targets, inventory shares, station rankings; and a self-contained page.
 *
 * @module Plots
 */
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './_spec.js';
export { aqiCalendarSpec, NO_DATA_LABEL, NO_DATA_COLOR, type AqiCalendarSpecOptions, type AqiCalendarInput } from './aqiCalendarSpec.js';
export { itemsSpec, ITEM_STATISTIC_NAMES, ITEM_STATUSES, type ItemsSpecOptions, type ItemsInput } from './itemsSpec.js';
export { trendSpec, TREND_SERIES, type TrendSpecOptions } from './trendSpec.js';
export { inventorySpec, UNSPECIFIED_SOURCE_LABEL, UNATTRIBUTED_LABEL, type InventorySpecOptions } from './inventorySpec.js';
export { stationsSpec, type StationsSpecOptions, type StationsSpecEntry } from './stationsSpec.js';
export { plotPage, type PlotPageOptions, type PlotScripts } from './plotPage.js';
