import { ERROR_CODES, LantianError, type LantianErrorCode } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { describe, readOptions, requireInteger } from '../_lib/validate.js';
import type { YearColumns } from './_engine.js';
import type { StationTask, TaskMessage } from './_task.js';
import { type AssessStationsOptions, STATION_OPTION_KEYS, assessStations, mergeColumns, readStationOptions, stationAssessments, type StationAssessments } from './assessStations.js';
import { type FrameValues, type StationFrame, frameAxis } from './stationFrame.js';

/** The options of {@link assessStationsAsync}: those of {@link assessStations}, and the threads. */
export interface AssessStationsAsyncOptions extends AssessStationsOptions {
  /** Worker threads (default: the available parallelism — the cores). `1` runs on the calling thread. */
  readonly threads?: number;
  /**
   * Where the worker script is (default: beside lantian's own module, `frame-worker.js`). For bundlers that move
   * files: point it at the copied `lantian/dist/frame-worker.js`.
   */
  readonly workerUrl?: string | URL;
}

/** A started worker, whatever the runtime. */
interface Thread {
  post(task: StationTask, transfer: ArrayBuffer[]): void;
  onMessage(listener: (message: TaskMessage) => void): void;
  onError(listener: (error: unknown) => void): void;
  terminate(): void;
}

const WORKER_THREADS = 'node:worker_threads';
const NODE_OS = 'node:os';
const NODE_MODULE = 'node:module';
const NODE_URL = 'node:url';

/**
 * {@link assessStations} on all cores: the stations of the frame are split into contiguous blocks, one per worker
 * thread (worker_threads in Node, Web Workers in browsers), each assessed by the same engine; the columns come back
 * transferred (not copied) and are joined in station order. The results are identical to the one-thread call.
 *
 * The frame's arrays are shared, not copied, when they live on a `SharedArrayBuffer`; otherwise each worker's
 * block of stations is copied once into a buffer transferred to it (the frame itself is never written).
 *
 * @param frame - A frame made by {@link stationFrame}.
 * @param options - Those of {@link assessStations} (`year` required; `onProgress(done, total)`, `signal`), `threads`,
 *   `workerUrl`.
 * @returns A promise of the columns and `report(i)`, as {@link assessStations} returns them.
 * @throws {LantianError} As {@link assessStations}; `INVALID_TYPE`/`OUT_OF_RANGE`/`NOT_AN_INTEGER` for bad
 *   `threads` (1…256). Rejects with the signal's reason when aborted (the workers are stopped).
 * @example
 * ```ts
 * const hours = 365 * 24;
 * const pm25 = new Float64Array(new SharedArrayBuffer(2 * hours * 8)).fill(30);
 * const frame = stationFrame({ start: '2025-01-01 01:00', hours, stations: ['A', 'B'], values: { pm25 } });
 * const r = await assessStationsAsync(frame, { year: 2025, threads: 2 });
 * Array.from(r.items[8]?.value ?? []); //=> [30, 30]
 * ```
 */
export async function assessStationsAsync(frame: StationFrame, options: AssessStationsAsyncOptions): Promise<StationAssessments> {
  frameAxis(frame);
  const opts = readOptions(options, [...STATION_OPTION_KEYS, 'threads', 'workerUrl']);
  const { threads: threadsOption, workerUrl, ...rest } = opts;
  const { plan, onProgress, signal } = readStationOptions(rest);
  if (signal?.aborted === true) throw signal.reason;
  const total = frame.stations.length;
  const wanted = threadsOption === undefined ? await defaultThreads() : requireInteger(threadsOption, ['options', 'threads'], 1, 256);
  if (workerUrl !== undefined && typeof workerUrl !== 'string' && !(workerUrl instanceof URL)) {
    throw new LantianError('INVALID_TYPE', ['options', 'workerUrl'], `expected a string or a URL, received ${describe(workerUrl)}`);
  }
  const threads = Math.min(wanted, total);
  if (threads <= 1) return assessStations(frame, rest as unknown as AssessStationsOptions);

  const { onProgress: _p, signal: _s, ...cloneable } = rest;
  const start = await starter(workerUrl as string | URL | undefined);
  const per = Math.ceil(total / threads);
  const ranges: Array<[number, number]> = [];
  for (let from = 0; from < total; from += per) ranges.push([from, Math.min(total, from + per)]);
  const done = new Array<number>(ranges.length).fill(0);
  const started: Thread[] = [];
  const stopAll = () => {
    for (const t of started) t.terminate();
  };
  try {
    const results = await new Promise<Array<ReadonlyArray<Omit<YearColumns, 'plan'>>>>((resolve, reject) => {
      const out: Array<ReadonlyArray<Omit<YearColumns, 'plan'>>> = [];
      let finished = 0;
      const abort = () => reject(signal?.reason);
      // Aborted while the workers were being prepared, or later.
      if (signal?.aborted === true) {
        abort();
        return;
      }
      signal?.addEventListener('abort', abort, { once: true });
      const fail = (error: unknown) => {
        signal?.removeEventListener('abort', abort);
        reject(error);
      };
      ranges.forEach(([from, to], k) => {
        const thread = start();
        started.push(thread);
        thread.onError(fail);
        thread.onMessage((message) => {
          if (message.kind === 'progress') {
            done[k] = message.done;
            try {
              onProgress?.(
                done.reduce((a, b) => a + b, 0),
                total,
              );
            } catch (error) {
              fail(error);
            }
          } else if (message.kind === 'error') fail(rebuildError(message.error));
          else {
            out[k] = message.parts;
            if (++finished === ranges.length) {
              signal?.removeEventListener('abort', abort);
              resolve(out);
            }
          }
        });
        const { task, transfer } = taskOf(frame, from, to, cloneable);
        thread.post(task, transfer);
      });
    });
    return stationAssessments(frame.stations, plan, mergeColumns(plan, results.flat()));
  } finally {
    stopAll();
  }
}

/** The block `from … to − 1` of a frame as a task: views on shared memory, or copies transferred. */
function taskOf(frame: StationFrame, from: number, to: number, options: Record<string, unknown>): { task: StationTask; transfer: ArrayBuffer[] } {
  const values: Partial<Record<Pollutant, FrameValues>> = {};
  const transfer: ArrayBuffer[] = [];
  const { hours } = frame;
  for (const p of POLLUTANTS) {
    const v = frame.values[p];
    if (v === undefined) continue;
    if (typeof SharedArrayBuffer !== 'undefined' && v.buffer instanceof SharedArrayBuffer) {
      const offset = v.byteOffset + from * hours * v.BYTES_PER_ELEMENT;
      values[p] = v instanceof Float32Array ? new Float32Array(v.buffer, offset, (to - from) * hours) : new Float64Array(v.buffer, offset, (to - from) * hours);
    } else {
      const copy = v.slice(from * hours, to * hours);
      values[p] = copy;
      transfer.push(copy.buffer as ArrayBuffer);
    }
  }
  const task: StationTask = {
    start: frame.start,
    hours,
    stations: frame.stations.slice(from, to),
    values,
    label: frame.label,
    timeZone: frame.timeZone,
    options,
  };
  return { task, transfer };
}

/** A worker's error, rebuilt: a LantianError keeps its code and path. */
function rebuildError(e: Extract<TaskMessage, { kind: 'error' }>['error']): Error {
  if (e.name === 'LantianError' && (ERROR_CODES as ReadonlyArray<unknown>).includes(e.code)) {
    return new LantianError(e.code as LantianErrorCode, (e.path as ReadonlyArray<string | number>) ?? [], typeof e.detail === 'string' ? e.detail : undefined);
  }
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}

/** Whether this is Node (worker_threads), else a runtime with Web Workers. */
function isNode(): boolean {
  return (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node !== undefined;
}

async function defaultThreads(): Promise<number> {
  if (isNode()) {
    const os = (await import(/* @vite-ignore */ NODE_OS)) as { availableParallelism?: () => number; cpus: () => unknown[] };
    return os.availableParallelism?.() ?? os.cpus().length;
  }
  /* c8 ignore next -- browsers */
  return (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;
}

/**
 * How to start a worker here. From the built package the worker is `frame-worker.js` (`.cjs`) beside this module;
 * from the sources (tests, tsx) it is `worker.ts`, started through tsx's loader.
 */
async function starter(given: string | URL | undefined): Promise<() => Thread> {
  const here = import.meta.url;
  const source = given === undefined && here.endsWith('.ts');
  const url = given !== undefined ? new URL(String(given), here) : new URL(source ? './worker.ts' : here.endsWith('.cjs') ? './frame-worker.cjs' : './frame-worker.js', here);
  if (isNode()) {
    const { Worker } = (await import(/* @vite-ignore */ WORKER_THREADS)) as typeof import('node:worker_threads');
    let script: URL | string = url;
    let evaluated = false;
    if (source) {
      const { createRequire } = (await import(/* @vite-ignore */ NODE_MODULE)) as typeof import('node:module');
      const { pathToFileURL } = (await import(/* @vite-ignore */ NODE_URL)) as typeof import('node:url');
      // tsx's ESM API (its package's own export map names the file).
      const require = createRequire(url);
      const manifest = require.resolve('tsx/package.json');
      const exportsMap = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
      const tsx = new URL((exportsMap['./esm/api'] as { import: { default: string } }).import.default, pathToFileURL(manifest)).href;
      script = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
      evaluated = true;
    }
    return () => {
      const w = new Worker(script, { eval: evaluated });
      return {
        post: (task, transfer) => w.postMessage(task, transfer),
        onMessage: (listener) => w.on('message', listener),
        onError: (listener) => w.on('error', listener),
        terminate: () => void w.terminate(),
      };
    };
  }
  /* c8 ignore start -- Web Workers: not run by the Node test suite */
  const WebWorker = (globalThis as unknown as { Worker: new (url: URL, options: { type: 'module' }) => WebWorkerLike }).Worker;
  return () => {
    const w = new WebWorker(url, { type: 'module' });
    return {
      post: (task, transfer) => w.postMessage(task, transfer),
      onMessage: (listener) => w.addEventListener('message', (event) => listener((event as { data: TaskMessage }).data)),
      onError: (listener) => w.addEventListener('error', listener),
      terminate: () => w.terminate(),
    };
  };
  /* c8 ignore stop */
}

interface WebWorkerLike {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: string, listener: (event: unknown) => void): void;
  terminate(): void;
}
