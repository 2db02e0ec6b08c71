/**
 * The national year (issue 12): a deterministic synthetic year of the national network (1,700 stations × 8,760
 * hours × six pollutants, seeded; lognormal values rounded as published, 2 % of hours missing and runs of missing
 * days), assessed by lantian on one thread and on all cores, beside the numpy pipeline an analyst would write
 * (bench/numpy_reference.py) in the same run. Prints `name: number unit` lines, then the ratios.
 *
 * `LANTIAN_BENCH_STATIONS` sets the number of stations (default 1700). Not a test: rates depend on the machine and
 * its load; compare ratios measured in one run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { POLLUTANTS } from '../src/index.js';
import { nationalYear } from './_national.js';

/**
 * The library as users get it: the built package (dist/, made by `npm run bench` first), whose workers start in
 * milliseconds; the sources with `LANTIAN_BENCH_SOURCE=1` or without a build (then each worker compiles the
 * sources through tsx first, which costs seconds).
 */
async function library(): Promise<typeof import('../src/index.js')> {
  const dist = new URL('../dist/esm/index.js', import.meta.url);
  if (process.env['LANTIAN_BENCH_SOURCE'] === undefined && existsSync(dist)) return (await import(dist.href)) as typeof import('../src/index.js');
  return import('../src/index.js');
}
const { aqiColumns, assessStations, assessStationsAsync, assessYear, dailyMax8h, dailyMeans, iaqi, stationFrame, stationPool } = await library();

const HOURS = 365 * 24;

function line(name: string, value: number, unit: string): void {
  console.log(`${name}: ${value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3)} ${unit}`);
}

/** The best of `runs` timings of `task`, in ms (the machine is shared: the least disturbed run). */
function best(runs: number, task: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    task();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

async function bestAsync(runs: number, task: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** numpy's timings of the same work, or `undefined` without python3 and numpy. */
function numpy(stations: number): { statistics: number; aqi: number; total: number } | undefined {
  const env = { ...process.env };
  delete env['OPENBLAS_CORETYPE'];
  delete env['OPENBLAS_L2_SIZE'];
  const script = fileURLToPath(new URL('./numpy_reference.py', import.meta.url));
  const r = spawnSync('python3', [script, String(stations)], { env, encoding: 'utf8' });
  const m = /numpy statistics: ([\d.]+) s; daily AQI: ([\d.]+) s; total: ([\d.]+) s/.exec(r.stdout ?? '');
  if (r.status !== 0 || m === null) return undefined;
  return { statistics: Number(m[1]), aqi: Number(m[2]), total: Number(m[3]) };
}

/**
 * Peak memory of a national year, in a fresh process that only makes the frame and assesses it on one thread and on
 * all cores (a pool): bench/_memory.ts, bundled by esbuild and run by plain Node on the built package (maxRSS cannot
 * be reset, and a child started later would inherit this process's own peak). `undefined` without a build.
 */
function peakMemory(stations: number, kind: 'f64' | 'f32'): number | undefined {
  const entry = new URL('../dist/esm/index.js', import.meta.url);
  if (!existsSync(entry)) return undefined;
  const script = join(mkdtempSync(join(tmpdir(), 'lantian-bench-')), 'memory.mjs');
  // esbuild's command line in a child process, not its JavaScript API here: loaded through tsx, the API leaves this
  // process as detaching an ArrayBuffer does, with V8 checking every typed-array access for detachment, and the loops
  // measured here would run slower (see docs/performance.md).
  const esbuild = fileURLToPath(new URL('../node_modules/.bin/esbuild', import.meta.url));
  spawnSync(esbuild, [fileURLToPath(new URL('./_memory.ts', import.meta.url)), '--bundle', '--format=esm', '--platform=node', `--outfile=${script}`, '--log-level=error']);
  const r = spawnSync(process.execPath, [script, entry.href, kind, String(stations)], { encoding: 'utf8' });
  rmSync(dirname(script), { recursive: true, force: true });
  const m = /peak-memory: ([\d.]+) MB/.exec(r.stdout ?? '');
  return m === null ? undefined : Number(m[1]);
}

export async function run(stations = Number(process.env['LANTIAN_BENCH_STATIONS'] ?? 1700)): Promise<void> {
  console.log(`\nNational year: ${stations} stations × ${HOURS} hours × 6 pollutants (${((stations * HOURS * 6) / 1e6).toFixed(1)} M values), ${availableParallelism()} cores`);
  // Memory first, in fresh processes, before this one holds a national year.
  const peak = peakMemory(stations, 'f64');
  const peak32 = peakMemory(stations, 'f32');
  const t0 = performance.now();
  const values = nationalYear(stations, HOURS, 'f64', 1, true);
  const codes = Array.from({ length: stations }, (_, i) => `${1001 + i}A`);
  const frame = stationFrame({ start: '2025-01-01 01:00', hours: HOURS, stations: codes, values });
  console.log(`(generated and framed in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const inputMb = (stations * HOURS * 6 * 8) / 2 ** 20;

  // Single values: the IAQI of a published daily PM2.5 (HJ 633-2012 Table 1).
  const pm = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 600);
  const iaqiMs = best(5, () => {
    let s = 0;
    for (const c of pm) s += iaqi('pm25_24h', c, { edition: 'HJ633-2012' }) ?? 0;
    return s;
  });
  line('iaqi-throughput', (pm.length / iaqiMs) * 1000, 'values/s');

  // The columnar daily AQI of the national year's station-days, on its own daily values (24-hour means, MDA8), as
  // numpy computes its AQI on its daily means: the same kind of data on both sides.
  const rows = stations * 365;
  const daily: Record<string, Float64Array> = {};
  for (const p of POLLUTANTS) {
    const column = new Float64Array(rows);
    const all = values[p] as Float64Array;
    for (let s = 0; s < stations; s++) {
      const series = { start: '2025-01-01 01:00', values: all.subarray(s * HOURS, (s + 1) * HOURS) };
      const r = p === 'o3' ? dailyMax8h(series) : dailyMeans(series);
      column.set(r.values.subarray(0, 365), s * 365);
    }
    daily[p === 'o3' ? 'o3_8h' : `${p}_24h`] = column;
  }
  // Best of 10: the evaluator's loops are compiled by the JIT over the first calls (a national year is one call of many).
  // The call gives the AQI (with withheld and beyond-scale flags); levels, masks and IAQIs are made on first access.
  const columnsMs = best(10, () => aqiColumns(daily, { edition: 'HJ633-2012', kind: 'daily' }));
  line('aqi-columns-throughput', ((rows * 6) / columnsMs) * 1000, 'values/s');
  const allMs = best(10, () => {
    const r = aqiColumns(daily, { edition: 'HJ633-2012', kind: 'daily' });
    return [r.level, r.primary, r.exceeding, ...Object.values(r.iaqi)].length;
  });
  line('aqi-columns-all-throughput', ((rows * 6) / allMs) * 1000, 'values/s');

  // One station-year through assessYear (hourly input).
  const hourly = Object.fromEntries(POLLUTANTS.map((p) => [p, { start: '2025-01-01 01:00', values: (values[p] as Float64Array).subarray(0, HOURS) }]));
  line('station-year', best(10, () => assessYear({ hourly }, { year: 2025 })), 'ms');

  const one = best(3, () => assessStations(frame, { year: 2025 }));
  line('national-year-1-thread', one / 1000, 's');
  // All cores: on a pool of warm workers (what repeated calls use), and on workers started for one call.
  const threads = availableParallelism();
  const t1 = performance.now();
  const pool = await stationPool({ threads });
  line('pool-start', performance.now() - t1, 'ms');
  const all = await bestAsync(3, () => assessStationsAsync(frame, { year: 2025, pool }));
  await pool.close();
  line('national-year-all-cores', all / 1000, 's');
  const cold = await bestAsync(3, () => assessStationsAsync(frame, { year: 2025, threads }));
  line('national-year-all-cores-cold', cold / 1000, 's');
  if (peak !== undefined) line('peak-memory', peak, 'MB');
  line('input-size', inputMb, 'MB');
  if (peak32 !== undefined) line('peak-memory-f32', peak32, 'MB');
  line('input-size-f32', inputMb / 2, 'MB');

  const py = numpy(stations);
  if (py === undefined) {
    console.log('numpy: skipped (python3 with numpy not found; apt-get install python3-numpy)');
    return;
  }
  line('numpy-national-year', py.total, 's');
  line('numpy-daily-aqi', py.aqi, 's');
  line('ratio-1-thread', py.total / (one / 1000), '× numpy');
  line('ratio-all-cores', py.total / (all / 1000), '× numpy');
  line('ratio-all-cores-cold', py.total / (cold / 1000), '× numpy');
  // numpy's daily AQI covers 6 × stations × 365 values.
  line('ratio-aqi-columns', ((rows * 6) / columnsMs) * 1000 / ((rows * 6) / py.aqi), '× numpy');
  if (peak !== undefined) line('ratio-peak-memory', peak / inputMb, '× input');
  if (peak32 !== undefined) line('ratio-peak-memory-f32', peak32 / (inputMb / 2), '× input');
}
