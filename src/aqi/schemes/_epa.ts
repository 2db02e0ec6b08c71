/**
 * Pieces shared by the two US EPA schemes (internal): how each indicator reads the printed table, the report
 * contents, the categories and the conditions of the concentrations.
 */
import type { ColumnDef } from '../_build.js';
import { bandColumns, categoryBands } from '../_build.js';
import { EPA_COLORS } from '../colors.js';
import type { AboveRule, AqiCategoryBand, AqiColumn, AqiScheme, BandTable, ConcentrationBasis } from '../types.js';
import type { UsAqiEdition } from '../../editions/index.js';
import type { Indicator, Pollutant } from '../../pollutants/index.js';

/**
 * Above the last breakpoint: "AQI values above 500 are considered Beyond the AQI. Follow recommendations for
 * the Hazardous category" (AirNow, "The AQI Equation" and its AQI calculator). lantian continues the last
 * segment's line (extrapolate and flag: the practice of EPA-454/B-24-002, UNCONFIRMED beyond 500) and flags the sub-index `beyondScale`; that the EPA
 * computes values above 500 on that line is UNCONFIRMED in a primary text read for lantian.
 */
const EXTRAPOLATE: AboveRule = Object.freeze({ kind: 'extrapolate' });

/**
 * 8-hour ozone does not define AQI values of 301 or higher (Appendix G Table 2 note 2): above 0.200 ppm there is
 * no 8-hour sub-index and the ozone AQI comes from the 1-hour value.
 */
const O3_8H_ABOVE: AboveRule = Object.freeze({ kind: 'none', fallback: 'o3_1h' });

/**
 * 1-hour SO2 does not define AQI values above 200 (Appendix G Table 2 note 3): above 304 ppb the 1-hour value
 * counts as 200 and the SO2 AQI above 200 comes from the 24-hour mean, whose column starts at 305 ppb (201). In a
 * report the SO2 sub-index is the larger of the two, so a 24-hour mean of 305 ppb or more decides and a lower one
 * leaves 200. The value 200 follows the EPA's Technical Assistance Document ("use 200 as the AQI value" when the
 * 1-hour value is 305 ppb or more and the 24-hour mean below 305 ppb): UNCONFIRMED, that sentence was not read in
 * the 2024 edition.
 */
const SO2_1H_ABOVE: AboveRule = Object.freeze({ kind: 'fixed', value: 200 });

/**
 * How the EPA indicators read Table 2, with the decimals the concentration is truncated to before the lookup:
 * O3 to 0.001 ppm, PM2.5 to 0.1 µg/m³, PM10 to 1 µg/m³ (AirNow, "The AQI Equation (2024 - Valid Beginning May
 * 6th, 2024)"), CO to 0.1 ppm, SO2 and NO2 to 1 ppb (the precision of their breakpoints; EPA Technical
 * Assistance Document, EPA-454/B-18-007 §II).
 */
const DEFS: Readonly<Partial<Record<Indicator, ColumnDef>>> = Object.freeze({
  o3_8h: { table: 'o3_8h', unit: 'ppm', decimals: 3, above: O3_8H_ABOVE },
  o3_1h: { table: 'o3_1h', unit: 'ppm', decimals: 3, above: EXTRAPOLATE },
  pm25_24h: { table: 'pm25_24h', unit: 'ug/m3', decimals: 1, above: EXTRAPOLATE },
  pm10_24h: { table: 'pm10_24h', unit: 'ug/m3', decimals: 0, above: EXTRAPOLATE },
  co_8h: { table: 'co_8h', unit: 'ppm', decimals: 1, above: EXTRAPOLATE },
  so2_1h: { table: 'so2_1h', unit: 'ppb', decimals: 0, above: SO2_1H_ABOVE },
  so2_24h: { table: 'so2_24h', unit: 'ppb', decimals: 0, above: EXTRAPOLATE },
  no2_1h: { table: 'no2_1h', unit: 'ppb', decimals: 0, above: EXTRAPOLATE },
});

/** The columns of an EPA band table. */
export function epaColumns(table: BandTable): Readonly<Partial<Record<Indicator, AqiColumn>>> {
  return Object.freeze(bandColumns(table, DEFS));
}

const MIXING_RATIO: ConcentrationBasis = Object.freeze({ kind: 'mixingRatio' });

/**
 * The conditions of the EPA's concentrations: gases as mixing ratios (ppm, ppb), independent of temperature and
 * pressure; PM2.5 at actual (local) conditions and PM10 at 25 °C and 760 mmHg (40 CFR 50.3).
 */
const CONDITIONS: AqiScheme['conditions'] = Object.freeze({
  so2: MIXING_RATIO,
  no2: MIXING_RATIO,
  co: MIXING_RATIO,
  o3: MIXING_RATIO,
  pm10: Object.freeze({ kind: 'reference', temperatureK: 298.15, pressureKPa: 101.325 }),
  pm25: Object.freeze({ kind: 'actual' }),
});

const SENSITIVE_PM = 'People with heart or lung disease, older adults, children, and people of lower socioeconomic status';
const SENSITIVE_O3 =
  'People with lung disease (such as asthma), children, older adults, people who are active outdoors (including outdoor workers), people with certain genetic variants, and people with diets limited in certain nutrients';
const CO_HEART = 'People with heart disease, such as angina,';
const SO2_LUNG = 'Children, people with asthma, or other lung diseases';
const NO2_GROUPS = 'People with asthma, children and older adults';

/**
 * The EPA's cautionary statements, by category (Moderate … Hazardous; Good has none) and pollutant: Table 4 of the
 * Technical Assistance Document for the Reporting of Daily Air Quality (EPA-454/B-24-002, 2024; the PM wording
 * with "people of lower socioeconomic status" is the 2024 one, the O3, CO, SO2 and NO2 wording that of
 * EPA-454/B-18-007). The wording is as several independent public copies of the table agree; that it was read in the
 * primary 2024 text is UNCONFIRMED. One statement serves PM2.5 and PM10.
 */
const CAUTIONARY: ReadonlyArray<Readonly<Partial<Record<'o3' | 'pm' | 'co' | 'so2' | 'no2', string>>>> = [
  {},
  {
    o3: 'Unusually sensitive people should consider reducing prolonged or heavy outdoor exertion.',
    pm: 'Unusually sensitive people should consider reducing prolonged or heavy exertion.',
    no2: 'Unusually sensitive individuals should consider limiting prolonged exertion especially near busy roads.',
  },
  {
    o3: `${SENSITIVE_O3} should reduce prolonged or heavy outdoor exertion.`,
    pm: `${SENSITIVE_PM} should reduce prolonged or heavy exertion.`,
    co: `${CO_HEART} should limit heavy exertion and avoid sources of CO, such as heavy traffic.`,
    so2: 'People with asthma should consider limiting outdoor exertion.',
    no2: `${NO2_GROUPS} should limit prolonged exertion especially near busy roads.`,
  },
  {
    o3: `${SENSITIVE_O3} should avoid prolonged or heavy outdoor exertion; everyone else should reduce prolonged or heavy outdoor exertion.`,
    pm: `${SENSITIVE_PM} should avoid prolonged or heavy exertion; everyone else should reduce prolonged or heavy exertion.`,
    co: `${CO_HEART} should limit moderate exertion and avoid sources of CO, such as heavy traffic.`,
    so2: `${SO2_LUNG}, should limit outdoor exertion.`,
    no2: `${NO2_GROUPS} should avoid prolonged exertion near roadways; everyone else should limit prolonged exertion especially near busy roads.`,
  },
  {
    o3: `${SENSITIVE_O3} should avoid all outdoor exertion; everyone else should reduce outdoor exertion.`,
    pm: `${SENSITIVE_PM} should avoid all physical activity outdoors. Everyone else should avoid prolonged or heavy exertion.`,
    co: `${CO_HEART} should avoid exertion and sources of CO, such as heavy traffic.`,
    so2: `${SO2_LUNG} should avoid outdoor exertion; everyone else should reduce outdoor exertion.`,
    no2: `${NO2_GROUPS} should avoid all outdoor exertion; everyone else should avoid prolonged exertion especially near busy roads.`,
  },
  {
    o3: 'Everyone should avoid all outdoor exertion.',
    pm: `Everyone should avoid all physical activity outdoors; ${SENSITIVE_PM.replace('People', 'people')} should remain indoors and keep activity levels low.`,
    co: `${CO_HEART} should avoid exertion and sources of CO, such as heavy traffic; everyone else should limit heavy exertion.`,
    so2: `${SO2_LUNG}, should remain indoors; everyone else should avoid outdoor exertion.`,
    no2: `${NO2_GROUPS} should remain indoors; everyone else should avoid all outdoor exertion.`,
  },
];

/** The statements of one category by pollutant (PM2.5 and PM10 share theirs). */
function cautionaryOf(level: number): Readonly<Partial<Record<Pollutant, string>>> {
  const { pm, ...rest } = CAUTIONARY[level] ?? {};
  return Object.freeze(pm === undefined ? rest : { ...rest, pm10: pm, pm25: pm });
}

/**
 * The six categories (Appendix G Table 1), with the EPA's colours and cautionary statements. Names in Chinese are
 * conventional translations, not the EPA's; the level names are plain ordinals. Hazardous is 301–500 in the table
 * and open above: "AQI values above 500 are considered Beyond the AQI. Follow recommendations for the Hazardous
 * category" (AirNow). Both US editions carry the 2024 statements.
 */
const CATEGORIES: ReadonlyArray<AqiCategoryBand> = categoryBands(
  (
    [
      [[0, 50], '良好', 'Good'],
      [[51, 100], '中等', 'Moderate'],
      [[101, 150], '对敏感人群不健康', 'Unhealthy for Sensitive Groups'],
      [[151, 200], '不健康', 'Unhealthy'],
      [[201, 300], '非常不健康', 'Very Unhealthy'],
      [[301, null], '危险', 'Hazardous'],
    ] as const
  ).map(([range, zh, en], i) => ({
    range,
    levelName: Object.freeze({ zh: `${i + 1}级`, en: `Level ${i + 1}` }),
    name: Object.freeze({ zh, en }),
    color: EPA_COLORS[i] as AqiCategoryBand['color'],
    health: undefined,
    advice: undefined,
    cautionary: cautionaryOf(i),
  })),
);

/**
 * An EPA scheme from its edition, source and band table. Everything but the table is the same in both
 * editions:
 * - concentrations truncated (not rounded) before the lookup; the index rounded to the nearest integer (AirNow,
 *   "The AQI Equation": "The resulting AQI is rounded to the nearest whole number");
 * - daily report (Appendix G §4, EPA-454/B-24-002 §IV): the day's maximum 8-hour O3 (and the maximum 1-hour O3
 *   where the more precautionary), the 24-hour PM2.5 and PM10 means, the maximum 8-hour CO, the maximum 1-hour
 *   SO2 with the 24-hour SO2 mean above 200, and the maximum 1-hour NO2; the AQI is the largest sub-index and
 *   the critical pollutant (Appendix G §4(i)(c)) is always named;
 * - real-time report (AirNow): NowCast concentrations on the 24-hour PM and 8-hour O3 columns (see
 *   {@link nowCast}), with the latest 1-hour O3, SO2 and NO2 and the latest 8-hour CO.
 */
export function epaScheme(edition: UsAqiEdition, source: string, table: BandTable): AqiScheme {
  return Object.freeze({
    edition,
    source,
    columns: epaColumns(table),
    concentrationRounding: 'truncate',
    indexRounding: 'halfUp',
    aqiRange: Object.freeze([0, 500] as const),
    reports: Object.freeze({
      daily: Object.freeze(['o3_8h', 'o3_1h', 'pm25_24h', 'pm10_24h', 'co_8h', 'so2_1h', 'so2_24h', 'no2_1h'] as const),
      hourly: Object.freeze(['o3_8h', 'o3_1h', 'pm25_24h', 'pm10_24h', 'co_8h', 'so2_1h', 'no2_1h'] as const),
    }),
    text: undefined,
    exceedingAbove: undefined,
    missingWithholdsUpTo: undefined,
    primaryAbove: -1,
    categories: CATEGORIES,
    sensitiveGroups: undefined,
    conditions: CONDITIONS,
  });
}
