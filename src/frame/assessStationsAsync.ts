import { ERROR_CODES, LantianError, type LantianErrorCode } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { describe, readOptions, requireInteger } from '../_lib/validate.js';
import { type ColumnsPart, type StationTask, type TaskMessage, takeBlocks } from './_task.js';
import {
  type AssessStationsOptions,
  STATION_BLOCK,
  STATION_OPTION_KEYS,
  type StationAssessments,
  assessStations,
  mergeColumns,
  readStationOptions,
  stationAssessments,
} from './assessStations.js';
import { type FrameAxis, type FrameValues, type StationFrame, frameAxis, makeFrame } from './stationFrame.js';

/** The options of {@link assessStationsAsync}: those of {@link assessStations}, and the threads. */
export interface AssessStationsAsyncOptions extends AssessStationsOptions {
  /** Worker threads (default: the available parallelism — the cores). `1` runs on the calling thread. */
  readonly threads?: number;
  /**
   * Where the worker script is (default: `dist/esm/frame/worker.js` beside the ESM module that starts it, or
   * `dist/frame-worker.cjs` beside `index.cjs`). For bundlers that move files: point it at a copy of the worker.
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
 * {@link assessStations} on all cores: the stations of the frame are cut into blocks of {@link STATION_BLOCK}, and
 * `threads − 1` worker threads (worker_threads in Node, Web Workers in browsers) and the calling thread assess them
 * on the same engine. When the frame's arrays live on a `SharedArrayBuffer` the threads read them in place and take
 * blocks from one shared counter until none is left (a thread that starts late or runs slowly takes fewer); otherwise
 * each worker is sent a copy of its own contiguous range of stations (the frame itself is never written or
 * detached). The columns come back transferred, not copied, and are joined in station order: the results are
 * identical to the one-thread call. `onProgress` is called as blocks complete (the calling thread's own as it goes,
 * the workers' when it is free to receive them).
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
  const blocks = Math.ceil(total / STATION_BLOCK);
  const threads = Math.min(wanted, blocks);
  if (threads <= 1) return assessStations(frame, rest as unknown as AssessStationsOptions);

  const { onProgress: _p, signal: _s, ...cloneable } = rest;
  const start = await starter(workerUrl as string | URL | undefined);
  const parts = new Array<ColumnsPart | undefined>(blocks);
  let stationsDone = 0;
  const received = (block: number, part: ColumnsPart) => {
    parts[block] = part;
    stationsDone += part.stations;
    onProgress?.(stationsDone, total);
  };
  // The calling thread works too: on the frame itself when its values are shared (all threads take blocks from one
  // counter), else on the last of the contiguous ranges of blocks (each worker is sent a copy of its own range).
  const shared = POLLUTANTS.every((p) => frame.values[p] === undefined || (typeof SharedArrayBuffer !== 'undefined' && frame.values[p]?.buffer instanceof SharedArrayBuffer));
  const tasks: Array<{ task: StationTask; transfer: ArrayBuffer[] }> = [];
  let own: { frame: StationFrame; counter: Int32Array; firstBlock: number };
  if (shared) {
    const counter = new Int32Array(new SharedArrayBuffer(8));
    for (let k = 1; k < threads; k++) tasks.push(taskOf(frame, 0, total, counter, 0, cloneable));
    own = { frame, counter, firstBlock: 0 };
  } else {
    const per = Math.ceil(blocks / threads);
    const ranges: Array<[number, number]> = [];
    for (let b = 0; b < blocks; b += per) ranges.push([b, Math.min(blocks, b + per)]);
    const [lastFrom, lastTo] = ranges.pop() as [number, number];
    for (const [from, to] of ranges) {
      tasks.push(taskOf(frame, from * STATION_BLOCK, Math.min(total, to * STATION_BLOCK), new Int32Array(2), from, cloneable));
    }
    own = { frame: subFrame(frame, lastFrom * STATION_BLOCK, Math.min(total, lastTo * STATION_BLOCK)), counter: new Int32Array(2), firstBlock: lastFrom };
  }
  const started: Thread[] = [];
  try {
    const finished = new Promise<void>((resolve, reject) => {
      let done = 0;
      const abort = () => reject(signal?.reason);
      signal?.addEventListener('abort', abort, { once: true });
      const fail = (error: unknown) => {
        signal?.removeEventListener('abort', abort);
        reject(error);
      };
      for (const { task, transfer } of tasks) {
        const thread = start();
        started.push(thread);
        thread.onError(fail);
        thread.onMessage((message) => {
          if (message.kind === 'block') {
            try {
              received(message.block, message.part);
            } catch (error) {
              fail(error);
            }
          } else if (message.kind === 'error') fail(rebuildError(message.error));
          else if (++done === tasks.length) {
            signal?.removeEventListener('abort', abort);
            resolve();
          }
        });
        thread.post(task, transfer);
      }
    });
    // Keep a rejection from going unhandled while this thread works.
    finished.catch(() => undefined);
    takeBlocks(own.frame, frameAxis(own.frame), plan, own.counter, (block, part) => {
      if (signal?.aborted === true) {
        // Leave no block for the workers either.
        Atomics.store(own.counter, 0, blocks);
        throw signal.reason;
      }
      received(own.firstBlock + block, part);
    });
    await finished;
    return stationAssessments(frame.stations, plan, mergeColumns(plan, parts as ColumnsPart[]));
  } finally {
    for (const t of started) t.terminate();
  }
}

/** A trusted view of the stations `from … to − 1` of a frame (no copy). */
function subFrame(frame: StationFrame, from: number, to: number): StationFrame {
  const { hours } = frame;
  const values: Partial<Record<Pollutant, FrameValues>> = {};
  for (const p of POLLUTANTS) {
    const v = frame.values[p];
    if (v !== undefined) values[p] = v.subarray(from * hours, to * hours);
  }
  const axis = frameAxis(frame);
  return makeFrame({ ...frame, stations: frame.stations.slice(from, to), stationRecords: undefined, values }, axis.zone, axis.origin, wholeOf(axis, from, to));
}

/** What is known of the stations `from … to − 1` holding whole numbers. */
function wholeOf(axis: FrameAxis, from: number, to: number): FrameAxis['whole'] {
  const out: Partial<Record<Pollutant, Uint8Array>> = {};
  for (const p of POLLUTANTS) {
    const w = axis.whole[p];
    if (w !== undefined) out[p] = w.slice(from, to);
  }
  return out;
}

/** The stations `from … to − 1` of a frame as a task: views on shared memory, or copies transferred. */
function taskOf(
  frame: StationFrame,
  from: number,
  to: number,
  counter: Int32Array,
  firstBlock: number,
  options: Record<string, unknown>,
): { task: StationTask; transfer: ArrayBuffer[] } {
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
    counter,
    firstBlock,
    whole: wholeOf(frameAxis(frame), from, to),
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
 * How to start a worker here. From the built package the worker is `worker.js` (ESM) or `frame-worker.cjs` beside this module;
 * from the sources (tests, tsx) it is `worker.ts`, started through tsx's loader.
 */
async function starter(given: string | URL | undefined): Promise<() => Thread> {
  const here = import.meta.url;
  const source = given === undefined && here.endsWith('.ts');
  // ESM (sources or dist/esm): the worker module beside this one; CommonJS: the worker bundle beside index.cjs.
  const url = given !== undefined ? new URL(String(given), here) : new URL(source ? './worker.ts' : here.endsWith('.cjs') ? './frame-worker.cjs' : './worker.js', here);
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
