import type { AnyAqiEdition } from '../editions/index.js';
import type { Indicator, Pollutant } from '../pollutants/index.js';

/** A concentration unit of an AQI table: the Chinese tables use µg/m³ (CO mg/m³); the US EPA ppm and ppb. */
export type AqiUnit = 'ug/m3' | 'mg/m3' | 'ppm' | 'ppb';

/**
 * The state a table's concentrations are expressed at, so that a comparison across schemes converts explicitly
 * (with {@link convertConcentration}):
 * - `mixingRatio`: ppm or ppb by volume, the same at any temperature and pressure (the US EPA gases);
 * - `reference`: mass per volume at a fixed temperature and pressure (GB 3095-2026 §4.3 gases: 298.15 K and
 *   101.325 kPa; 40 CFR 50.3: 25 °C and 760 mmHg for PM10);
 * - `actual`: mass per volume at the ambient temperature and pressure of the measurement (GB 3095-2026 §4.3
 *   particles; 40 CFR 50.3 PM2.5).
 */
export type ConcentrationBasis =
  | { readonly kind: 'mixingRatio' }
  | { readonly kind: 'reference'; readonly temperatureK: number; readonly pressureKPa: number }
  | { readonly kind: 'actual' };

/**
 * What an index table says above its last breakpoint of a column.
 *
 * - `cap`: the sub-index is `value` (500) and the value is flagged beyond the scale (HJ 633 does not define
 *   it: a documented convention).
 * - `fixed`: the sub-index is `value` (HJ 633-2026 Table 3 notes b and c: SO2 1h above 800 → 200,
 *   O3 8h above 800 → 300).
 * - `none`: the column gives no sub-index; the pollutant's sub-index comes from `fallback` when the report
 *   has it (HJ 633-2012 Table 1 notes 2 and 3).
 * - `extrapolate`: the last segment is continued and the value flagged (the US EPA's "beyond the AQI").
 */
export type AboveRule =
  | { readonly kind: 'cap'; readonly value: number }
  | { readonly kind: 'fixed'; readonly value: number }
  | { readonly kind: 'none'; readonly fallback: Indicator | undefined }
  | { readonly kind: 'extrapolate' };

/** One linear segment of a column: concentrations `cLo…cHi` map to sub-indices `iLo…iHi`. */
export interface Segment {
  readonly cLo: number;
  readonly cHi: number;
  readonly iLo: number;
  readonly iHi: number;
}

/** One indicator of a scheme: the segments it is looked up on and what applies outside them. */
export interface AqiColumn {
  readonly indicator: Indicator;
  /** The printed column it is looked up on (`pm25_1h` uses the daily PM2.5 column under HJ 633-2026 §4.2.4). */
  readonly table: Indicator;
  readonly unit: AqiUnit;
  /** Decimals the concentration is rounded (or truncated) to before the lookup. */
  readonly decimals: number;
  readonly segments: ReadonlyArray<Segment>;
  readonly above: AboveRule;
  /**
   * Below the first segment (only where a table starts above zero: US O3 1h from 0.125 ppm, SO2 24h from
   * 305 ppb): no sub-index.
   */
  readonly startsAbove: boolean;
}

/** A category band of an index (HJ 633-2012 Table 2; HJ 633-2026 Table 1; Appendix A colours). */
export interface AqiCategoryBand {
  readonly level: number;
  /** Lowest and highest index of the band; `null` for an open top. */
  readonly range: readonly [number, number | null];
  readonly levelName: { readonly zh: string; readonly en: string };
  readonly name: { readonly zh: string; readonly en: string };
  readonly color: {
    readonly name: { readonly zh: string; readonly en: string };
    readonly rgb: readonly [number, number, number];
    readonly hex: string;
    readonly cmyk: readonly [number, number, number, number] | undefined;
  };
  /**
   * Health effects as the standard words them (HJ 633: Chinese, with lantian's English translation), where it
   * does; `undefined` for the US categories, whose health effects are pollutant-specific.
   */
  readonly health: AqiText | undefined;
  /** Advice (HJ 633's 建议采取的措施), Chinese with lantian's English translation; `undefined` for the US categories. */
  readonly advice: AqiText | undefined;
  /**
   * The US EPA's cautionary statement of each pollutant for this category (EPA-454/B-24-002, Table 4), in English;
   * `undefined` for HJ 633, empty where the EPA gives none (Good).
   */
  readonly cautionary: Readonly<Partial<Record<Pollutant, string>>> | undefined;
}

/** A text of a standard in Chinese with its English translation (lantian's, faithful to the Chinese). */
export interface AqiText {
  readonly zh: string;
  readonly en: string;
}

/** How a report method departs from the platform's practice (only HJ 633-2012 has a separate text). */
export interface AqiTextMethod {
  /** The real-time report's indicators as the text lists them. */
  readonly hourly: ReadonlyArray<Indicator>;
  /** Columns whose rule above the table differs in the text. */
  readonly above: Readonly<Partial<Record<Indicator, AboveRule>>>;
  /** Inputs accepted only as a fallback (the SO2 24h value when SO2 1h is above 800). */
  readonly fallbackInputs: ReadonlyArray<Indicator>;
}

/**
 * An index scheme: one edition's breakpoint tables, rounding rules, report contents and categories. The
 * generic engine reads it; a scheme is data, not code.
 */
export interface AqiScheme {
  readonly edition: AnyAqiEdition;
  /** Where the table is printed, e.g. `'HJ 633-2026 Table 3'`. */
  readonly source: string;
  readonly columns: Readonly<Partial<Record<Indicator, AqiColumn>>>;
  /** How a concentration is brought to the table's precision: GB/T 8170 half-even, or truncation (US EPA). */
  readonly concentrationRounding: 'halfEven' | 'truncate';
  /** How the interpolated index becomes an integer: up (HJ 633 §6.2 / §4.2.6) or to the nearest (US EPA). */
  readonly indexRounding: 'ceil' | 'halfUp';
  /** The range of the AQI (HJ 633-2026 §4.1.1: 1–500). */
  readonly aqiRange: readonly [number, number];
  readonly reports: {
    readonly daily: ReadonlyArray<Indicator>;
    readonly hourly: ReadonlyArray<Indicator>;
  };
  /** The text's own method where it differs from the practice; `undefined` when they agree. */
  readonly text: AqiTextMethod | undefined;
  /** IAQI above which a pollutant is an exceeding pollutant (超标污染物); `undefined` where the concept is gone. */
  readonly exceedingAbove: number | undefined;
  /** Whether a missing pollutant withholds an AQI of 100 or less (HJ 633-2026 §5.3.1). */
  readonly missingWithholdsUpTo: number | undefined;
  /** Primary pollutants are named when the AQI is above this (HJ 633 §3.3: 50). */
  readonly primaryAbove: number;
  readonly categories: ReadonlyArray<AqiCategoryBand>;
  /** Sensitive groups per pollutant (HJ 633-2026 Table 2), Chinese with English, where the edition lists them. */
  readonly sensitiveGroups: Readonly<Partial<Record<Pollutant, AqiText>>> | undefined;
  /** What each pollutant's concentrations are expressed at (units are on the columns). */
  readonly conditions: Readonly<Record<Pollutant, ConcentrationBasis>>;
}

/**
 * A printed table of index bands with gaps between the concentration ranges (US EPA, 40 CFR Part 58 Appendix G
 * Table 2): one `[lo, hi]` index band per row and, per indicator, one `[cLo, cHi]` concentration range per row
 * (0.0–9.0, 9.1–35.4 …); `null` where the table is blank (below the first or above the last range of a column).
 */
export interface BandTable {
  readonly index: ReadonlyArray<readonly [number, number]>;
  readonly columns: Readonly<Partial<Record<Indicator, ReadonlyArray<readonly [number, number] | null>>>>;
}

/**
 * A printed table with continuous breakpoints (HJ 633): the IAQI row and one concentration column per indicator;
 * `null` where the standard prints a note instead of a breakpoint.
 */
export interface ContinuousTable {
  readonly iaqi: ReadonlyArray<number>;
  readonly columns: Readonly<Partial<Record<Indicator, ReadonlyArray<number | null>>>>;
}
