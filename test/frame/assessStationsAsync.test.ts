import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { POLLUTANTS, type Pollutant, assessStations, assessStationsAsync, isLantianError, stationFrame } from '../../src/index.js';
import { randomValues } from './_random.js';

const HOURS = 365 * 24;
// Three blocks of stations (STATION_BLOCK is 64): the threads share them.
const STATIONS = Array.from({ length: 150 }, (_, i) => `S${i}`);

function frameOf(shared: boolean, kind: 'f64' | 'f32' = 'f64') {
  const values: Partial<Record<Pollutant, Float64Array | Float32Array>> = {};
  POLLUTANTS.forEach((p, k) => {
    const v = randomValues(p, STATIONS.length, HOURS, 9000 + k, 0.03);
    const bytes = kind === 'f64' ? 8 : 4;
    const buffer = shared ? new SharedArrayBuffer(v.length * bytes) : new ArrayBuffer(v.length * bytes);
    const out = kind === 'f64' ? new Float64Array(buffer) : new Float32Array(buffer);
    out.set(v);
    values[p] = out;
  });
  return stationFrame({ start: '2026-01-01 01:00', hours: HOURS, stations: STATIONS, values });
}

/** The columns and the reports of a sample of stations (one in seven, the last), as plain data. */
function plain(r: Awaited<ReturnType<typeof assessStationsAsync>>) {
  return { ...r, report: undefined, reports: r.stations.map((_, i) => (i % 7 === 0 || i === r.stations.length - 1 ? r.report(i) : null)) };
}

describe('assessStationsAsync', () => {
  it('gives the one-thread results on worker threads, from shared memory and from copies', async () => {
    for (const shared of [true, false]) {
      const frame = frameOf(shared);
      const options = { year: 2026, dustDays: ['2026-04-01'] };
      const progress: Array<[number, number]> = [];
      const threaded = await assessStationsAsync(frame, { ...options, threads: 3, onProgress: (done, total) => progress.push([done, total]) });
      expect(plain(threaded)).toEqual(plain(assessStations(frame, options)));
      // One call per block, in whatever order the blocks finish (64, 64 and 22 stations), rising to 150.
      const done = progress.map(([d]) => d);
      expect(done).toHaveLength(3);
      expect(done.at(-1)).toBe(150);
      expect([...done].sort((a, b) => a - b)).toEqual(done);
      expect(progress.every(([, total]) => total === 150)).toBe(true);
      // The frame's arrays are untouched (not transferred away).
      expect(frame.values.pm25?.length).toBe(STATIONS.length * HOURS);
    }
  }, 60_000);

  it('takes Float32 frames', async () => {
    const frame = frameOf(true, 'f32');
    const r = await assessStationsAsync(frame, { year: 2026, threads: 2 });
    expect(plain(r)).toEqual(plain(assessStations(frame, { year: 2026 })));
  }, 60_000);

  it('runs on the calling thread with threads: 1', async () => {
    const frame = frameOf(false);
    const r = await assessStationsAsync(frame, { year: 2026, threads: 1 });
    expect(r.report(3)).toEqual(assessStations(frame, { year: 2026 }).report(3));
  });

  it('stops when aborted, before or during the work', async () => {
    const frame = frameOf(true);
    const before = new AbortController();
    before.abort(new Error('stopped'));
    await expect(assessStationsAsync(frame, { year: 2026, threads: 2, signal: before.signal })).rejects.toThrow('stopped');
    const during = new AbortController();
    const run = assessStationsAsync(frame, { year: 2026, threads: 2, signal: during.signal });
    during.abort(new Error('stopped later'));
    await expect(run).rejects.toThrow('stopped later');
    const late = new AbortController();
    const stopped = assessStationsAsync(frame, { year: 2026, threads: 2, signal: late.signal, onProgress: () => late.abort(new Error('stopped at progress')) });
    await expect(stopped).rejects.toThrow('stopped at progress');
    // An error thrown by onProgress ends the call too.
    const throwing = assessStationsAsync(frame, {
      year: 2026,
      threads: 2,
      onProgress: () => {
        throw new Error('from onProgress');
      },
    });
    await expect(throwing).rejects.toThrow('from onProgress');
    // The one-thread call stops between blocks.
    const sync = new AbortController();
    sync.abort(new Error('sync'));
    expect(() => assessStations(frame, { year: 2026, signal: sync.signal })).toThrow('sync');
  }, 60_000);

  it('rejects bad options with the codes of the one-thread call', async () => {
    const frame = frameOf(false);
    const codeOf = async (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (e: unknown) => (isLantianError(e) ? [e.code, e.path] : e),
      );
    expect(await codeOf(assessStationsAsync(frame, { year: 2026, threads: 0 }))).toEqual(['OUT_OF_RANGE', ['options', 'threads']]);
    expect(await codeOf(assessStationsAsync(frame, { year: 2026, grade: 3 as never, threads: 2 }))).toEqual(['INVALID_OPTION', ['options', 'grade']]);
    expect(await codeOf(assessStationsAsync(frame, { year: 2026, workerUrl: 5 as never }))).toEqual(['INVALID_TYPE', ['options', 'workerUrl']]);
    expect(await codeOf(assessStationsAsync({} as never, { year: 2026 }))).toEqual(['INVALID_TYPE', ['frame']]);
  });

  it.skipIf(!existsSync(new URL('../../dist/esm/index.js', import.meta.url)))('runs on the built package, ESM and CommonJS', async () => {
    const frame = frameOf(true);
    const expected = plain(assessStations(frame, { year: 2026 }));
    const esm = (await import(new URL('../../dist/esm/index.js', import.meta.url).href)) as typeof import('../../src/index.js');
    const cjs = createRequire(import.meta.url)('../../dist/index.cjs') as typeof import('../../src/index.js');
    for (const lib of [esm, cjs]) {
      const built = lib.stationFrame({ start: frame.start, hours: frame.hours, stations: [...frame.stations], values: frame.values });
      expect(plain(await lib.assessStationsAsync(built, { year: 2026, threads: 2 }))).toEqual(expected);
    }
  }, 60_000);

  it('reports a worker that cannot start', async () => {
    const frame = frameOf(false);
    await expect(assessStationsAsync(frame, { year: 2026, threads: 2, workerUrl: new URL('./no-such-worker.js', import.meta.url) })).rejects.toThrow();
  });
});
