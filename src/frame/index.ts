export { stationFrame, StationFrameSchema, MAX_FRAME_VALUES, type StationFrame, type StationFrameInput, type FrameValues } from './stationFrame.js';
export {
  assessStations,
  STATION_BLOCK,
  type AssessStationsOptions,
  type StationAssessments,
  type StationItemColumns,
} from './assessStations.js';
export { assessStationsAsync, stationPool, type AssessStationsAsyncOptions, type StationPool, type StationPoolOptions } from './assessStationsAsync.js';
export { assessCities, type AssessCitiesOptions, type CityAssessments } from './assessCities.js';
export { dailyAqiOn, type StationDayAqi } from './dailyAqiOn.js';
