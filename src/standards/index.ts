// The standards area's public surface (re-exports only).
export { limitOf, limitsOf, type LimitOptions } from './limitOf.js';
export { GB3095_2012_LIMITS, GB3095_2026_LIMITS, LIMIT_TABLES } from './gb3095.js';
export { ZONE_CLASSES, ZONE_CLASS_DEFINITIONS, gradeOfZone, type ZoneClass } from './zones.js';
export { LIMIT_AVERAGINGS, GRADES, type LimitAveraging, type Grade, type LimitValue, type LimitRow } from './types.js';
