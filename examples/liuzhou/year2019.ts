/**
 * Liuzhou 2019 assessed from the hourly data of its six national stations, as released (examples/data), and
 * compared with the figures published for the year (柳州晚报, 2020-04-17: PM2.5 38 µg/m³, 327 good days, 89.6 %).
 * Run alone: `npm run example:liuzhou-2019`; `npm start` prints it as the last section of the plan report.
 */
import {
  type CityAssessment,
  type GuidelineAssessment,
  type GuidelineItem,
  type YearItem,
  assessCity,
  assessGuidelines,
  cityMean,
  parseStationList,
  roundHalfEven,
  toStandardState,
} from '../../src/index.js';
import { readCnemcDaily, stationHourlyInput } from '../../src/readers/index.js';
import { readDataText } from '../_cnemc.js';
import { fixed, table } from '../_table.js';

/**
 * Liuzhou's mean air temperature and pressure, to bring particles from actual conditions to the standard state.
 * Climatological values for the city (about 21 °C at about 90 m above sea level), not measurements of 2019: a user
 * with the hourly weather passes it per hour.
 */
export const LIUZHOU_WEATHER = { temperature: 294.15, pressure: 100.3 } as const;

/** The published 2019 figures (at the standard state). */
export const PUBLISHED_2019 = { pm25: 38, goodDays: 327, ratio: 89.6 } as const;

/** Assesses Liuzhou's 2019 from its stations (3402A 市二中 joined later and has no 2019 data). */
export function assessLiuzhou2019(): CityAssessment {
  return assessCity(liuzhouStations(), { year: 2019 });
}

function liuzhouStations() {
  const input = readCnemcDaily(readDataText('liuzhou_2019.csv.gz'), { name: 'liuzhou_2019.csv.gz' });
  return parseStationList(readDataText('station_list_2022.02.13.csv'))
    .filter((s) => s.city === '柳州' && input.stations.includes(s.code) && s.code !== '3402A')
    .map((station) => ({ station, hourly: stationHourlyInput(input, station.code) }));
}

/** Liuzhou's 2019 city series (hourly means over its stations) against WHO 2021 and the EU's 2030 limit values. */
export function liuzhou2019Guidelines(): { who: GuidelineAssessment; eu: GuidelineAssessment } {
  const stations = liuzhouStations();
  const hourly = Object.fromEntries(
    (['so2', 'no2', 'co', 'o3', 'pm10', 'pm25'] as const).map((p) => [p, cityMean(stations.map((s) => s.hourly[p] as never), { pollutant: p })]),
  );
  return {
    who: assessGuidelines({ hourly }, { year: 2019, edition: 'WHO-2021' }),
    eu: assessGuidelines({ hourly }, { year: 2019, edition: 'EU-2024' }),
  };
}

/** The strictest WHO level the value over the valid days there are would meet (for an item the release leaves invalid). */
function observedLevel(item: GuidelineItem): string {
  if (item.observed === null) return '—';
  let met = 'none';
  for (const l of item.levels) {
    if (item.observed > l.limit) break;
    met = l.level;
  }
  return met;
}

const STATISTIC = { annualMean: 'annual mean', p98Daily: 'daily P98', p95Daily: 'daily P95', p90Mda8: 'MDA8 P90' } as const;

function itemRow(item: YearItem): unknown[] {
  const decimals = item.pollutant === 'co' ? 1 : 0;
  return [
    item.pollutant,
    STATISTIC[item.statistic],
    fixed(item.observed, decimals + 1),
    item.limit,
    item.valid ? (item.attains ? 'yes' : 'no') : 'invalid',
    item.count,
  ];
}

/** Prints the city-year as tables. */
export function printLiuzhou2019(log: (line: string) => void = console.log): void {
  const r = assessLiuzhou2019();
  const a = r.assessment;
  log(`Liuzhou 2019 from its ${r.stations.length} national stations (${r.stations.map((s) => `${s.code} ${s.name}`).join(', ')})`);
  log(`Judged by ${a.limits.edition} Grade ${a.limits.grade === 1 ? 'I' : 'II'}; city values are the hourly means over the stations.\n`);
  log(table(['pollutant', 'statistic', 'value (valid days)', 'limit', 'attains', 'valid days'], a.items.map(itemRow)));
  const reasons = [...new Set(a.items.filter((i) => !i.valid).map((i) => i.reason))];
  if (reasons.length > 0) {
    log(`\nNo item is valid under GB 3095 Table 4 on this release: ${reasons.join(' / ')}.`);
    log('The released files lack 2019-04-08 and most hours of 2019-08-22…25, 08-30, 09-03, 09-21/22 and 10-02/03 at');
    log('every station; the platform assessed the complete data. The values above are over the valid days there are.');
  }

  const days = a.days;
  log('');
  log(
    table(
      ['', 'valid days', 'good days', 'good-days ratio %', 'heavy days', 'primary pollutant shares of days with AQI > 50'],
      [
        [
          'computed',
          days.validDays,
          days.goodDays,
          fixed(days.goodDaysRatio, 1),
          days.heavyDays,
          Object.entries(a.primaryPollutants.share)
            .filter(([, s]) => s !== null && s > 0)
            .sort((x, y) => (y[1] as number) - (x[1] as number))
            .map(([p, s]) => `${p} ${fixed(s, 1)} %`)
            .join(', '),
        ],
        ['published', 365, PUBLISHED_2019.goodDays, fixed(PUBLISHED_2019.ratio, 1), null, null],
      ],
    ),
  );

  const pm25 = a.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean') as YearItem;
  const raw = pm25.observed as number;
  const standard = toStandardState('pm25', raw, LIUZHOU_WEATHER);
  log('');
  log(
    table(
      ['PM2.5 annual mean', 'µg/m³', 'conditions'],
      [
        ['computed from the release', fixed(raw, 2), 'actual (as released since 2018-09-01)'],
        ['converted to the standard state', fixed(standard, 2), `× ${fixed(standard / raw, 4)} (21 °C, 100.3 kPa)`],
        ['rounded as published (GB/T 8170)', roundHalfEven(standard), 'standard state, 273.15 K, 101.325 kPa'],
        ['published', PUBLISHED_2019.pm25, 'standard state'],
      ],
    ),
  );
  log(
    `\nThe published annual figures of 2018–2020 stayed at the standard state; converted, the release gives ${roundHalfEven(standard)} µg/m³ against` +
      ` the published ${PUBLISHED_2019.pm25} (${fixed(standard - PUBLISHED_2019.pm25, 2)} apart before rounding).` +
      ' What remains comes from the missing days and from using a climatological temperature and pressure instead of the hourly weather.',
  );
  log(`Good days: ${days.goodDays} of ${days.validDays} valid days here against ${PUBLISHED_2019.goodDays} of 365 published; the ${365 - days.validDays} days without a valid city AQI make the difference.`);

  log('\nStations ranked by comprehensive index (lowest first; a station needs valid items to be ranked):');
  log(
    table(
      ['rank', 'station', 'index', 'PM2.5 (valid days)', 'good days'],
      r.ranking.map((e) => {
        const s = r.stationAssessments.find((x) => x.station.code === e.id);
        const pm = s?.assessment.items.find((i) => i.pollutant === 'pm25' && i.statistic === 'annualMean');
        return [e.rank, `${e.id} ${s?.station.name ?? ''}`, e.index, fixed(pm?.observed, 1), s?.assessment.days.goodDays];
      }),
    ),
  );
}

/** Prints Liuzhou 2019 against WHO 2021 and the EU's 2030 values. */
export function printLiuzhou2019Guidelines(log: (line: string) => void = console.log): void {
  const { who, eu } = liuzhou2019Guidelines();
  const unit = (p: string) => (p === 'co' ? 'mg/m³' : 'µg/m³');
  log('Liuzhou 2019 (city hourly means) against the WHO 2021 guidelines: levels IT-1 … IT-4, AQG');
  log(
    table(
      ['pollutant', 'averaging', 'statistic', 'value', 'unit', 'level', 'valid', 'levels (IT-1 … AQG)'],
      who.items.map((i) => [
        i.pollutant,
        i.averaging,
        i.statistic,
        fixed(i.observed, 1),
        unit(i.pollutant),
        i.valid ? String(i.level) : `${observedLevel(i)} (on the valid days)`,
        i.valid ? 'yes' : 'no',
        i.levels.map((l) => `${l.level} ${l.limit}`).join(', '),
      ]),
    ),
  );
  log(`Year: ${who.level === null ? 'no level can be stated on this release (items invalid under GB 3095 Table 4)' : who.level}.`);
  log('');
  log('… and against Directive (EU) 2024/2881, the limit values of 2030 (gases × 298.15 / 293.15 to 293 K)');
  log(
    table(
      ['pollutant', 'averaging', 'statistic', 'value', 'limit', 'allowed', 'attains', 'valid', 'count'],
      eu.items.map((i) => [
        i.pollutant,
        i.averaging,
        i.statistic,
        i.statistic === 'exceedances' ? i.observed : fixed(i.observed, 1),
        i.limit,
        i.allowed ?? null,
        i.attains === null ? '?' : i.attains ? 'yes' : 'no',
        i.valid ? 'yes' : 'no',
        i.count,
      ]),
    ),
  );
  log(`Not attaining the 2030 values: ${eu.nonAttaining.join(', ') || 'none'}.`);
}

// Run directly (`tsx examples/liuzhou/year2019.ts`).
if (import.meta.url === `file://${process.argv[1]}`) {
  printLiuzhou2019();
  console.log('');
  printLiuzhou2019Guidelines();
}
