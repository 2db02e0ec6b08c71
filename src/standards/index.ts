/**
 * Limit tables as data: GB 3095-2012, GB 3095-2026 (transition and final), and the international schemes —
 * WHO 2021 guidelines, the EU limit values (Directive 2008/50/EC, Directive (EU) 2024/2881).
 *
 * @module Standards
 */
export {
  limitOf,
  limitsOf,
  type LimitOptions,
  type WhoLimitOptions,
  type WhoLimitOptionsBase,
  type EuLimitOptions,
  type EuLimitOptionsBase,
  type AnyLimitOptions,
} from './limitOf.js';
export { GB3095_2012_LIMITS, GB3095_2026_LIMITS } from './gb3095.js';
export { WHO_2021_LIMITS, EU_2024_LIMITS, EU_2008_LIMITS } from './international.js';
export { LIMIT_TABLES } from './tables.js';
export { ZONE_CLASSES, ZONE_CLASS_DEFINITIONS, gradeOfZone, type ZoneClass } from './zones.js';
export {
  LIMIT_AVERAGINGS,
  GRADES,
  GUIDELINE_LEVELS,
  type LimitAveraging,
  type Grade,
  type GuidelineLevel,
  type LimitObjective,
  type ComplianceForm,
  type LimitValue,
  type LimitRow,
  type GradedLimitRow,
  type LevelledLimitRow,
  type SingleLimitRow,
  type LimitRowOf,
} from './types.js';
