import type { AnyAqiEdition, AqiSchemeId } from '../editions/index.js';
import { resolveAqiEdition } from '../editions/index.js';
import type { DateInput } from '../_lib/time.js';
import { isMissing, readOptions, requireInteger } from '../_lib/validate.js';
import { aqiSchemeOf } from './schemes/index.js';
import type { AqiCategoryBand } from './types.js';

/** Options of {@link aqiCategory}. */
export interface AqiCategoryOptions {
  /** The edition whose wording applies; default: the one in force on `date`, else the newest. */
  readonly edition?: AnyAqiEdition;
  /** Selects the edition in force on this day when `edition` is not given. */
  readonly date?: DateInput;
  /** The scheme: `'CN'` (default, HJ 633) or `'US'` (US EPA); implied by `edition`. */
  readonly scheme?: AqiSchemeId;
}

/** An AQI category: level, names, colour, range and the standard's health advice. */
export type AqiCategory = AqiCategoryBand;

/**
 * The level and category of an AQI value: HJ 633-2012 §4.3 Table 2 and HJ 633-2026 §4.1.1 Table 1, with the
 * colours of Appendix A (Table A.1, RGB and CMYK). The bands are the same in both editions — 优 0(1)–50,
 * 良 51–100, 轻度污染 101–150, 中度污染 151–200, 重度污染 201–300, 严重污染 above 300 — and the health
 * effects and advice are worded per edition, in Chinese with lantian's English translation beside them. English
 * names are the usual ones, not the standard's.
 *
 * Under the US editions (`scheme: 'US'` or an `'EPA-…'` edition) the categories of 40 CFR Part 58 Appendix G
 * Table 1: Good 0–50, Moderate 51–100, Unhealthy for Sensitive Groups 101–150, Unhealthy 151–200, Very
 * Unhealthy 201–300, Hazardous 301 and above (an AQI above 500 is "beyond the AQI", in the Hazardous
 * category), coloured #00E400, #FFFF00, #FF7E00, #FF0000, #8F3F97 and #7E0023, with the EPA's cautionary
 * statement for each pollutant (`cautionary`; EPA-454/B-24-002 Table 4).
 *
 * @param aqi - An integer AQI, 0 or more (values above 500 fall in the top band).
 * @param options - `edition`, or `scheme` and `date`, for the bands and wording.
 * @returns The category band; `null` for a missing AQI (`null`, `undefined` or `NaN`: missing data, not an error).
 * @throws {LantianError} `INVALID_TYPE`, `NOT_FINITE`, `NOT_AN_INTEGER` or `OUT_OF_RANGE` for a bad AQI.
 * @throws {LantianError} `UNKNOWN_EDITION`, `INVALID_DATE`, `INVALID_OPTION` or `UNKNOWN_OPTION` for bad options.
 * @example
 * ```ts
 * const c = aqiCategory(120);
 * c.level; //=> 3
 * c.name; //=> { zh: '轻度污染', en: 'Lightly polluted' }
 * c.color.hex; //=> '#FF7E00'
 * c.range; //=> [101, 150]
 * aqiCategory(120, { scheme: 'US' }).name.en; //=> 'Unhealthy for Sensitive Groups'
 * aqiCategory(250, { edition: 'EPA-2024' }).color.hex; //=> '#8F3F97'
 * aqiCategory(null); //=> null
 * aqiCategory(120).advice?.en; //=> 'Children and adolescents, older people and people with cardiovascular or respiratory disease should reduce prolonged, high-intensity outdoor exercise.'
 * aqiCategory(120, { scheme: 'US' }).cautionary?.so2; //=> 'People with asthma should consider limiting outdoor exertion.'
 * ```
 */
export function aqiCategory(aqi: number, options?: AqiCategoryOptions): AqiCategory;
export function aqiCategory(aqi: number | null | undefined, options?: AqiCategoryOptions): AqiCategory | null;
export function aqiCategory(aqi: number | null | undefined, options?: AqiCategoryOptions): AqiCategory | null {
  const value = isMissing(aqi) ? undefined : requireInteger(aqi, ['aqi'], 0, Number.MAX_SAFE_INTEGER);
  const scheme = aqiSchemeOf(resolveAqiEdition(readOptions(options, ['edition', 'date', 'scheme'])));
  return value === undefined ? null : categoryOf(scheme.categories, value);
}

/** The band holding an integer index (internal; the index is known valid). */
export function categoryOf(bands: ReadonlyArray<AqiCategoryBand>, value: number): AqiCategoryBand {
  for (const band of bands) {
    const hi = band.range[1];
    if (hi === null || value <= hi) return band;
  }
  /* c8 ignore next -- the last band is open */
  return bands[bands.length - 1] as AqiCategoryBand;
}
