import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { POLLUTANTS, type Pollutant, assessStations, assessStationsAsync, isLantianError, stationFrame, stationPool } from '../../src/index.js';
import { warmUp } from '../../src/frame/worker.js';
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

  it('without shared memory (a page that is not cross-origin isolated) sends transferred copies, the frame left whole', async () => {
    const frame = frameOf(false, 'f32');
    const expected = plain(assessStations(frame, { year: 2026 }));
    vi.stubGlobal('SharedArrayBuffer', undefined);
    try {
      const r = await assessStationsAsync(frame, { year: 2026, threads: 2 });
      expect(plain(r)).toEqual(expected);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(frame.values.o3?.length).toBe(STATIONS.length * HOURS);
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

describe('stationPool', () => {
  const codeOf = async (p: Promise<unknown>) =>
    p.then(
      () => 'resolved',
      (e: unknown) => (isLantianError(e) ? [e.code, e.path] : e),
    );

  it('keeps warm workers across calls, overlapping or not, with the one-thread results', async () => {
    const pool = await stationPool({ threads: 3 });
    try {
      expect(pool.threads).toBe(3);
      expect(pool.closed).toBe(false);
      for (const shared of [true, false]) {
        const frame = frameOf(shared);
        const expected = plain(assessStations(frame, { year: 2026 }));
        expect(plain(await assessStationsAsync(frame, { year: 2026, pool }))).toEqual(expected);
        // A second call on the same workers, and two calls at once (each worker takes its tasks in order).
        expect(plain(await assessStationsAsync(frame, { year: 2026, pool }))).toEqual(expected);
        const [a, b] = await Promise.all([assessStationsAsync(frame, { year: 2026, pool }), assessStationsAsync(frame, { year: 2025, pool })]);
        expect(plain(a)).toEqual(expected);
        expect(plain(b)).toEqual(plain(assessStations(frame, { year: 2025 })));
      }
    } finally {
      await pool.close();
    }
    expect(pool.closed).toBe(true);
  }, 120_000);

  it('survives a call that is aborted or fails, and rejects calls once closed', async () => {
    const pool = await stationPool({ threads: 2 });
    const frame = frameOf(true);
    const during = new AbortController();
    const run = assessStationsAsync(frame, { year: 2026, pool, signal: during.signal });
    during.abort(new Error('stopped'));
    await expect(run).rejects.toThrow('stopped');
    const late = new AbortController();
    await expect(assessStationsAsync(frame, { year: 2026, pool, signal: late.signal, onProgress: () => late.abort(new Error('at progress')) })).rejects.toThrow('at progress');
    const failing = assessStationsAsync(frame, {
      year: 2026,
      pool,
      onProgress: () => {
        throw new Error('from onProgress');
      },
    });
    await expect(failing).rejects.toThrow('from onProgress');
    // A worker's own error (the options are read there again) comes back with its code.
    expect(await codeOf(assessStationsAsync(frameOf(false), { year: 2026, pool }).then(() => 'ok'))).toBe('resolved');
    expect(plain(await assessStationsAsync(frame, { year: 2026, pool }))).toEqual(plain(assessStations(frame, { year: 2026 })));
    // Closing rejects the calls in progress.
    const inProgress = codeOf(assessStationsAsync(frameOf(false), { year: 2026, pool }));
    await pool.close();
    expect(await inProgress).toEqual(['INVALID_OPTION', ['options', 'pool']]);
    expect(await codeOf(assessStationsAsync(frame, { year: 2026, pool }))).toEqual(['INVALID_OPTION', ['options', 'pool']]);
  }, 120_000);

  it('runs on the calling thread alone with threads: 1, and stops there when aborted', async () => {
    const pool = await stationPool({ threads: 1 });
    const frame = frameOf(false);
    expect(plain(await assessStationsAsync(frame, { year: 2026, pool }))).toEqual(plain(assessStations(frame, { year: 2026 })));
    const stop = new AbortController();
    await expect(assessStationsAsync(frame, { year: 2026, pool, signal: stop.signal, onProgress: () => stop.abort(new Error('alone')) })).rejects.toThrow('alone');
    await pool.close();
  });

  it('rejects bad options by code and path', async () => {
    const frame = frameOf(false);
    const pool = await stationPool({ threads: 1 });
    expect(await codeOf(assessStationsAsync(frame, { year: 2026, pool, threads: 2 }))).toEqual(['INVALID_OPTION', ['options', 'pool']]);
    expect(await codeOf(assessStationsAsync(frame, { year: 2026, pool, workerUrl: 'w.js' }))).toEqual(['INVALID_OPTION', ['options', 'pool']]);
    expect(await codeOf(assessStationsAsync(frame, { year: 2026, pool: { threads: 2 } as never }))).toEqual(['INVALID_TYPE', ['options', 'pool']]);
    expect(await codeOf(stationPool({ threads: 0 }))).toEqual(['OUT_OF_RANGE', ['options', 'threads']]);
    expect(await codeOf(stationPool({ workerUrl: 3 as never }))).toEqual(['INVALID_TYPE', ['options', 'workerUrl']]);
    expect(await codeOf(stationPool({ size: 2 } as never))).toEqual(['UNKNOWN_OPTION', ['options', 'size']]);
    await pool.close();
  });

  it('rejects when its workers cannot start', async () => {
    await expect(stationPool({ threads: 2, workerUrl: new URL('./no-such-worker.js', import.meta.url) })).rejects.toThrow();
  });

  it('warms a worker on a synthetic year (the work of the warm-up, run here)', () => {
    expect(warmUp()).toBeUndefined();
  });

  it.skipIf(!existsSync(new URL('../../dist/esm/index.js', import.meta.url)))('does not keep a Node process alive while idle', () => {
    const script = `import('${new URL('../../dist/esm/index.js', import.meta.url).href}').then(async (l) => { const p = await l.stationPool({ threads: 2 }); console.log('threads', p.threads); })`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout.trim()).toBe('threads 2');
    expect(r.status).toBe(0);
  }, 60_000);
});
