/**
 * The commands of `lantian`: `aqi` (one report), `hourly` (the real-time AQI of every station-hour of some files) and
 * `assess` (the annual assessment of stations or a city from a year of files).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  AQI_EDITIONS,
  type AqiEdition,
  type AqiReport,
  type Pollutant,
  type Station,
  type YearAssessment,
  type YearItem,
  aqiCalendarSpec,
  aqiCategory,
  dailyAqi,
  hourlyAqi,
  itemsSpec,
  plotPage,
  rankByIndex,
  roundHalfEven,
  stationsSpec,
} from '../index.js';
import { type HourlyAqiRecord, type CnemcFrameInput, hourlyAqiRecords, toCsv, toJsonLines, yearRecords } from '../readers/index.js';
import { assessFrameInput } from './assessFrameInput.js';
import { UsageError, progressBar, readDataFiles, readStations } from './files.js';
import { loadPlotScripts } from './plotScripts.js';
import type { Io } from './io.js';
import { table } from './table.js';

/** One command: its help text and what it does with its arguments (resolves to the exit code). */
export interface Command {
  readonly summary: string;
  readonly help: string;
  readonly run: (args: string[], io: Io) => Promise<number>;
}

type OptionSpec = Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? O : never) : never;

/** Parses a command's arguments strictly: an unknown option or a missing value is a usage error. */
function parse<O extends OptionSpec>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const name = (r: { category: { name: { zh: string } } | null }): string => r.category?.name.zh ?? '—';

function reportText(r: AqiReport): string {
  const lines = [`AQI ${r.aqi ?? '—'} ${name(r)} (${r.edition}, ${r.kind === 'daily' ? 'daily' : 'real-time'} report)`];
  lines.push(`primary pollutants: ${r.primaryPollutants.length === 0 ? '—' : r.primaryPollutants.join(', ')}`);
  if (r.withheld) lines.push('withheld: a pollutant is missing (HJ 633-2026 §5.3.1)');
  const rows = Object.keys(r.concentrations).map((k) => [k, r.concentrations[k as keyof typeof r.concentrations], r.iaqi[k as keyof typeof r.iaqi]]);
  return `${lines.join('\n')}\n\n${table(['indicator', 'value', 'IAQI'], rows)}\n`;
}

const AQI_HELP = `Usage: lantian aqi <indicator>=<value>… [--edition HJ633-2012|HJ633-2026 | --date YYYY-MM-DD] [--hourly] [--json]

One AQI report (HJ 633) from concentrations in µg/m³ (CO mg/m³). Daily report by default: pm25_24h, pm10_24h,
so2_24h, no2_24h, co_24h, o3_8h (and o3_1h under HJ633-2012); --hourly for the real-time report (…_1h).

Options:
  --edition E   HJ633-2012 or HJ633-2026 (default: the edition in force on --date, else the newest)
  --date D      the day the values belong to; selects the edition
  --hourly      the real-time (hourly) report
  --json        the report as JSON
  -h, --help    this help

Example: lantian aqi pm25_24h=75 o3_8h=120 --date 2025-06-01
`;

const aqi: Command = {
  summary: 'one AQI report from concentrations',
  help: AQI_HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      edition: { type: 'string' },
      date: { type: 'string' },
      hourly: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('give at least one <indicator>=<value>, e.g. pm25_24h=75');
    const concentrations: Record<string, number> = {};
    for (const p of positionals) {
      const m = /^([a-z0-9_]+)=([^=]+)$/.exec(p);
      const value = m === null ? NaN : Number(m[2]);
      if (m === null || !Number.isFinite(value)) throw new UsageError(`expected <indicator>=<number>, received '${p}'`);
      concentrations[m[1] as string] = value;
    }
    const edition = readEdition(values.edition);
    if (edition !== undefined && values.date !== undefined) throw new UsageError('give --edition or --date, not both');
    const options = { ...(edition === undefined ? {} : { edition }), ...(values.date === undefined ? {} : { date: values.date }) };
    const report = values.hourly === true ? hourlyAqi(concentrations, options) : dailyAqi(concentrations, options);
    io.out(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
    return 0;
  },
};

const HOURLY_HELP = `Usage: lantian hourly <files…> [--stations list.csv] [--city NAME] [--edition E] [--json | --csv] [--skip-bad]

The real-time AQI (HJ 633) of every station-hour in CNEMC files — real-time hour files (timepoint,stationcode,…)
or wide daily files (china_sites_YYYYMMDD.csv); .gz read as well. The edition follows each hour's date
(HJ 633-2026 from 2026-03-01) unless --edition is given. Times are the hour-ending Beijing labels.

Options:
  --stations F  the CNEMC station list (监测点编码,监测点名称,城市,…): adds names and cities
  --city NAME   only the stations of this city (needs --stations)
  --edition E   HJ633-2012 or HJ633-2026 for every hour
  --json        one JSON object per line instead of a table
  --csv         the same records as CSV
  --skip-bad    report bad rows on stderr and go on (default: stop with exit code 2)
  -h, --help    this help

Exit codes: 0 ok, 1 usage, 2 bad data (the message names the file and line).
`;

/** Stations per block of `hourly`'s JSON and CSV output. */
export const STATION_BLOCK = 64;

/** A frame input cut into blocks of consecutive stations: views of its arrays (station-major), no copy. */
export function stationBlocks(input: CnemcFrameInput, size: number): CnemcFrameInput[] {
  const blocks: CnemcFrameInput[] = [];
  for (let a = 0; a < input.stations.length; a += size) {
    const b = Math.min(a + size, input.stations.length);
    const values: Partial<Record<Pollutant, Float64Array>> = {};
    for (const [p, v] of Object.entries(input.values) as Array<[Pollutant, Float64Array]>) values[p] = v.subarray(a * input.hours, b * input.hours);
    blocks.push({ ...input, stations: input.stations.slice(a, b), values });
  }
  return blocks;
}

/** The options of the commands that read data files. */
const DATA_OPTIONS = {
  stations: { type: 'string' },
  city: { type: 'string' },
  json: { type: 'boolean' },
  'skip-bad': { type: 'boolean' },
} as const;

function readEdition(value: string | undefined): AqiEdition | undefined {
  if (value !== undefined && !(AQI_EDITIONS as ReadonlyArray<string>).includes(value)) {
    throw new UsageError(`--edition must be one of ${AQI_EDITIONS.join(', ')}, received '${value}'`);
  }
  return value as AqiEdition | undefined;
}

/** The station list and the data files of a command. */
async function readData(paths: string[], values: { stations?: string | undefined; city?: string | undefined; 'skip-bad'?: boolean | undefined }, io: Io) {
  const stations = await readStations(values.stations, values.city, io);
  const input = await readDataFiles(paths, io, { skipBad: values['skip-bad'] === true, stations: stations.city?.map((s) => s.code) });
  return { stations, input };
}

function stationInfo(list: ReadonlyArray<Station> | undefined): (code: string) => { name: string | null; city: string | null } {
  const byCode = new Map((list ?? []).map((s) => [s.code, s]));
  return (code) => ({ name: byCode.get(code)?.name ?? null, city: byCode.get(code)?.city ?? null });
}

const hourly: Command = {
  summary: 'the real-time AQI of every station-hour in files',
  help: HOURLY_HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, { ...DATA_OPTIONS, edition: { type: 'string' }, csv: { type: 'boolean' } });
    const edition = readEdition(values.edition);
    if (values.json === true && values.csv === true) throw new UsageError('--json and --csv exclude each other');
    const { stations, input } = await readData(positionals, values, io);
    const aqiOptions = edition === undefined ? {} : { edition };
    const info = stationInfo(stations.list);
    const named = (records: HourlyAqiRecord[]) =>
      stations.list === undefined ? records : records.map(({ station, ...rest }) => ({ station, ...info(station), ...rest }));
    if (values.json === true || values.csv === true) {
      // Written a block of stations at a time: a year of a whole network never sits in memory as records.
      let first = true;
      for (const block of stationBlocks(input, STATION_BLOCK)) {
        const records = named(hourlyAqiRecords(block, aqiOptions));
        if (records.length === 0) continue;
        const text = values.json === true ? toJsonLines(records) : toCsv(records);
        io.out(first || values.json === true ? text : text.slice(text.indexOf('\r\n') + 2));
        first = false;
      }
      return 0;
    }
    const records = hourlyAqiRecords(input, aqiOptions);
    const header = stations.list === undefined ? ['station', 'time', 'AQI', 'category', 'primary'] : ['station', 'name', 'city', 'time', 'AQI', 'category', 'primary'];
    const rows = records.map((r) => {
      const category = r.aqi === null ? null : aqiCategory(r.aqi, { edition: r.edition }).name.zh;
      const primary = r.primaryPollutants.length === 0 ? null : r.primaryPollutants.join(' ');
      const s = info(r.station);
      return stations.list === undefined ? [r.station, r.time, r.aqi, category, primary] : [r.station, s.name, s.city, r.time, r.aqi, category, primary];
    });
    io.out(`${table(header, rows)}\n`);
    return 0;
  },
};

const ASSESS_HELP = `Usage: lantian assess <files…> --year YYYY [--stations list.csv] [--city NAME] [--json | --csv] [--skip-bad]

The annual assessment (HJ 663, GB 3095) of every station in a year of CNEMC files (wide daily files or real-time
hour files; .gz read as well), and of a city with --city: annual means and percentiles against the limits,
attainment, the comprehensive index and the good-days ratio.

Options:
  --year YYYY   the calendar year (required)
  --stations F  the CNEMC station list (needed for --city; adds names)
  --city NAME   only this city's stations, and the city from its assessment stations (control sites left out)
  --json        one JSON object per line: { station, assessment }
  --csv         tidy records (station,time,pollutant,statistic,value,limit,valid,attains) as CSV
  --skip-bad    report bad rows on stderr and go on (default: stop with exit code 2)
  --plot F      also write the plots to F, a self-contained HTML page (no network): the AQI calendar and the
                annual items of the city (or of a single station), and the stations ranked by comprehensive
                index (those with a valid year); needs the
                packages vega, vega-lite and vega-embed installed beside lantian
  -h, --help    this help

A progress bar shows on stderr when it is a terminal. Exit codes: 0 ok, 1 usage, 2 bad data.
`;

/** The page of plots of an assessment: calendar and items of the city (or the only station), stations ranked. */
export function assessmentPlots(
  year: number,
  places: ReadonlyArray<{ readonly station: string; readonly name: string | null; readonly assessment: YearAssessment }>,
  city: string | undefined,
): string {
  const specs: object[] = [];
  const main = city !== undefined ? places[places.length - 1] : places.length === 1 ? places[0] : undefined;
  if (main !== undefined) {
    const label = main.name === null ? main.station : `${main.station} ${main.name}`;
    specs.push(aqiCalendarSpec(main.assessment, { title: `${label} ${year}: daily AQI` }));
    specs.push(itemsSpec(main.assessment, { title: `${label} ${year}: annual items against their limits` }));
  }
  const stations = city === undefined ? places : places.slice(0, -1);
  // A ranking needs stations with an index: none has one when no station's year meets the validity minimums.
  if (stations.length > 1 && stations.some((p) => p.assessment.comprehensiveIndex !== null)) {
    const ranked = rankByIndex(stations.map((p) => ({ id: p.station, index: p.assessment.comprehensiveIndex?.total ?? null })));
    const names = new Map(stations.map((p) => [p.station, p.name]));
    specs.push(stationsSpec(ranked.map((e) => ({ ...e, name: names.get(e.id) ?? e.id })), { title: `${year}: stations ranked by comprehensive index` }));
  }
  return plotPage(specs, { title: `lantian assess ${year}${city === undefined ? '' : ` ${city}`}`, scripts: loadPlotScripts() });
}

const ITEMS: ReadonlyArray<readonly [string, YearItem['pollutant'], YearItem['statistic']]> = [
  ['PM2.5', 'pm25', 'annualMean'],
  ['PM10', 'pm10', 'annualMean'],
  ['O3-8h p90', 'o3', 'p90Mda8'],
  ['NO2', 'no2', 'annualMean'],
  ['SO2', 'so2', 'annualMean'],
  ['CO p95', 'co', 'p95Daily'],
];

function itemCell(a: YearAssessment, pollutant: string, statistic: string): string | null {
  const item = a.items.find((i) => i.pollutant === pollutant && i.statistic === statistic);
  if (item === undefined || item.observed === null) return null;
  // An invalid year still shows what was observed, marked.
  return item.valid ? String(item.value) : `(${roundHalfEven(item.observed, pollutant === 'co' ? 1 : 0)})`;
}

const assess: Command = {
  summary: 'the annual assessment of stations or a city from a year of files',
  help: ASSESS_HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, { ...DATA_OPTIONS, year: { type: 'string' }, csv: { type: 'boolean' }, plot: { type: 'string' } });
    if (values.year === undefined || !/^\d{4}$/.test(values.year)) throw new UsageError('--year YYYY is required');
    if (values.json === true && values.csv === true) throw new UsageError('--json and --csv exclude each other');
    const year = Number(values.year);
    const { stations, input } = await readData(positionals, values, io);
    const bar = progressBar(io, 'assessing', input.stations.length);
    const result = (() => {
      try {
        return assessFrameInput(input, { year, ...(stations.city === undefined ? {} : { city: stations.city }), onProgress: (done) => bar.update(done) });
      } finally {
        bar.stop();
      }
    })();
    const info = stationInfo(stations.list);
    const places = [
      ...result.stations.map((s) => ({ station: s.code, name: info(s.code).name, assessment: s.assessment })),
      ...(result.city === undefined ? [] : [{ station: result.city.city, name: null, assessment: result.city.assessment }]),
    ];
    if (values.plot !== undefined) {
      writeFileSync(values.plot, assessmentPlots(year, places, result.city === undefined ? undefined : result.city.city));
      io.err(`lantian: plots written to ${values.plot}\n`);
    }
    if (values.json === true) {
      io.out(toJsonLines(places.map(({ station, name: n, assessment: a }) => ({ station, name: n, assessment: a }))));
      return 0;
    }
    if (values.csv === true) {
      io.out(toCsv(places.flatMap((p) => yearRecords(p.assessment, { station: p.station }))));
      return 0;
    }
    const header = ['station', 'name', ...ITEMS.map(([label]) => label), 'index', 'good days %', 'attains'];
    const rows = places.map((p) => {
      const a = p.assessment;
      const attains = a.attains === null ? (a.nonAttaining.length > 0 ? 'no' : 'undecided') : a.attains ? 'yes' : `no (${a.nonAttaining.join(' ')})`;
      return [p.station, p.name, ...ITEMS.map(([, pollutant, statistic]) => itemCell(a, pollutant, statistic)), a.comprehensiveIndex?.total, a.days.goodDaysRatio, attains];
    });
    io.out(`${table(header, rows)}\n`);
    io.err(`lantian: ${year}, ${places.length} place${places.length === 1 ? '' : 's'}; values in parentheses are over the valid days of a year that misses the validity minimums (GB 3095 Table 4)\n`);
    return 0;
  },
};

/** The commands by name. */
export const COMMANDS: Readonly<Record<string, Command>> = { aqi, hourly, assess };
