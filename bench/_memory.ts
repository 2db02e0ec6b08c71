/**
 * The peak-memory run of bench/national.bench.ts, in a fresh process: makes a national frame and assesses it on one
 * thread and on all cores (a pool), then prints the process's peak RSS. Run by plain Node on the built package — the
 * bench bundles this file with esbuild first — so that the figure is the library's and Node's, not the TypeScript
 * loader's (tsx holds some 35 MB of its own). Arguments: the package's ESM entry (a file URL), `f64` or `f32`, the
 * number of stations.
 */
import { availableParallelism } from 'node:os';
import { nationalYear } from './_national.js';

const [, , entry, kind, count] = process.argv as [string, string, string, 'f64' | 'f32', string];
const { assessStations, assessStationsAsync, stationFrame, stationPool } = (await import(entry)) as typeof import('../src/index.js');
const HOURS = 365 * 24;
const stations = Number(count);
const values = nationalYear(stations, HOURS, kind, 1, true);
const frame = stationFrame({ start: '2025-01-01 01:00', hours: HOURS, stations: Array.from({ length: stations }, (_, i) => `S${i}`), values });
assessStations(frame, { year: 2025 });
const pool = await stationPool({ threads: availableParallelism() });
await assessStationsAsync(frame, { year: 2025, pool });
await pool.close();
console.log(`peak-memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
