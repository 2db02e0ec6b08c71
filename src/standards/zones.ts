import { deepFreeze } from '../_lib/freeze.js';
import { requireNumberMember } from '../_lib/validate.js';
import type { StandardEdition } from '../editions/index.js';
import type { Grade } from './types.js';

/** The functional zone classes of GB 3095 (环境空气功能区): class 1 and class 2. */
export const ZONE_CLASSES = [1, 2] as const;
/** One of the {@link ZONE_CLASSES}. */
export type ZoneClass = (typeof ZONE_CLASSES)[number];

/** What each edition says a zone class is (GB 3095-2012 §4.1; GB 3095-2026 §4.1). */
export const ZONE_CLASS_DEFINITIONS: Readonly<Record<StandardEdition, Readonly<Record<ZoneClass, { readonly zh: string; readonly en: string }>>>> =
  deepFreeze({
    'GB3095-2012': {
      1: { zh: '自然保护区、风景名胜区和其他需要特殊保护的区域', en: 'nature reserves, scenic areas and other areas needing special protection' },
      2: { zh: '居住区、商业交通居民混合区、文化区、工业区和农村地区', en: 'residential, mixed commercial/traffic/residential, cultural, industrial and rural areas' },
    },
    'GB3095-2026': {
      1: { zh: '国家公园、自然保护区、自然公园和其他需要特殊保护的区域', en: 'national parks, nature reserves, natural parks and other areas needing special protection' },
      2: { zh: '居住区、商业交通居民混合区、文化区、工业区和农村地区', en: 'residential, mixed commercial/traffic/residential, cultural, industrial and rural areas' },
    },
  });

/**
 * The grade of limits a functional zone is judged by: class 1 zones Grade I, class 2 zones Grade II
 * (GB 3095-2012 §4.2; GB 3095-2026 §4.2 — the same rule in both editions).
 *
 * @param zoneClass - `1` or `2`.
 * @returns `1` (Grade I) or `2` (Grade II).
 * @throws {LantianError} `INVALID_OPTION` for another value.
 * @example
 * ```ts
 * gradeOfZone(1); //=> 1
 * gradeOfZone(2); //=> 2
 * ```
 */
export function gradeOfZone(zoneClass: ZoneClass): Grade {
  return requireZoneClass(zoneClass, ['zoneClass']);
}

/** Throws `INVALID_OPTION` unless `value` is a zone class. */
export function requireZoneClass(value: unknown, path: ReadonlyArray<string | number>): ZoneClass {
  return requireNumberMember(value, ZONE_CLASSES, path, 'INVALID_OPTION');
}
