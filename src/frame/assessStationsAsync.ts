import { ERROR_CODES, LantianError, type LantianErrorCode } from '../errors.js';
import { POLLUTANTS, type Pollutant } from '../pollutants/index.js';
import { describe, readOptions, requireInteger } from '../_lib/validate.js';
import { type ColumnsPart, type StationTask, type TaskMessage, type WorkerReply, type WorkerRequest, takeBlocks } from './_task.js';
import type { YearPlan } from './_engine.js';
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

/** The options of {@link assessStationsAsync}: those of {@link assessStations}, and the threads or a pool. */
export interface AssessStationsAsyncOptions extends AssessStationsOptions {
  /** Threads (default: the available parallelism — the cores), the calling thread among them. `1` runs on the calling thread. */
  readonly threads?: number;
  /**
   * Where the worker script is (default: `dist/esm/frame/worker.js` beside the ESM module that starts it, or
   * `dist/frame-worker.cjs` beside `index.cjs`). For bundlers that move files: point it at a copy of the worker.
   */
  readonly workerUrl?: string | URL;
  /**
   * Warm workers started by {@link stationPool}, to use instead of starting new ones (then `threads` and
   * `workerUrl` are the pool's and must not be given).
   */
  readonly pool?: StationPool;
}

/** The options of {@link stationPool}. */
export interface StationPoolOptions {
  /** Threads (default: the available parallelism — the cores), the calling thread among them: `threads − 1` workers. */
  readonly threads?: number;
  /** Where the worker script is, as for {@link assessStationsAsync}. */
  readonly workerUrl?: string | URL;
}

/** Worker threads kept warm across calls of {@link assessStationsAsync}, owned by the caller (see {@link stationPool}). */
export interface StationPool {
  /** The threads a call runs on: the workers and the calling thread. */
  readonly threads: number;
  /** Whether the pool was closed (by {@link StationPool.close}, or because a worker failed). */
  readonly closed: boolean;
  /** Stops the workers (calls in progress reject); resolves when they are stopped. */
  close(): Promise<void>;
}

/** A started worker, whatever the runtime. */
interface Thread {
  post(message: WorkerRequest, transfer: ArrayBuffer[]): void;
  onMessage(listener: (message: WorkerReply) => void): void;
  onError(listener: (error: unknown) => void): void;
  /** Whether the worker keeps a Node process alive (Node only; a no-op elsewhere). */
  hold(held: boolean): void;
  terminate(): Promise<unknown>;
}

/** A call in progress on a pool: what its workers' messages go to. */
interface Call {
  block(block: number, part: ColumnsPart): void;
  done(): void;
  fail(error: unknown): void;
}

const WORKER_THREADS = 'node:worker_threads';
const NODE_OS = 'node:os';

/** A counter the threads share (on a SharedArrayBuffer where there is one, so that a call can stop its workers). */
function counter(): Int32Array {
  return typeof SharedArrayBuffer === 'undefined' ? new Int32Array(2) : new Int32Array(new SharedArrayBuffer(8));
}

/**
 * The workers of a pool and the calls running on them. A worker takes its tasks in order; each call gives each
 * worker at most one task, so calls may overlap.
 */
class Pool implements StationPool {
  readonly threads: number;
  closed = false;
  private readonly workers: Thread[] = [];
  private readonly pending: number[] = [];
  private readonly calls = new Map<number, Call>();
  private nextCall = 0;

  constructor(start: () => Thread, workers: number) {
    this.threads = workers + 1;
    for (let k = 0; k < workers; k++) {
      const thread = start();
      this.workers.push(thread);
      this.pending.push(0);
      thread.onError((error) => this.fail(error));
      thread.onMessage((message) => {
        if (message.kind === 'ready') return;
        const call = this.calls.get(message.call);
        if (message.kind === 'block') {
          call?.block(message.block, message.part);
          return;
        }
        if (--(this.pending[k] as number) === 0) thread.hold(false);
        if (message.kind === 'error') call?.fail(rebuildError(message.error));
        else call?.done();
      });
    }
  }

  /** Resolves when every worker has loaded the engine and run it on a small synthetic year (its JIT warm). */
  warm(): Promise<void> {
    return Promise.all(
      this.workers.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            thread.hold(true);
            thread.onError(reject);
            thread.onMessage((message) => {
              if (message.kind !== 'ready') return;
              thread.hold(false);
              resolve();
            });
            thread.post({ kind: 'warm' }, []);
          }),
      ),
    ).then(() => undefined);
  }

  /** Rejects every call in progress and stops the workers. */
  private fail(error: unknown): void {
    for (const call of this.calls.values()) call.fail(error);
    void this.close();
  }

  close(): Promise<void> {
    this.closed = true;
    const stopped = this.workers.map((t) => t.terminate());
    this.workers.length = 0;
    for (const call of this.calls.values()) call.fail(new LantianError('INVALID_OPTION', ['options', 'pool'], 'the pool was closed during the call'));
    return Promise.all(stopped).then(() => undefined);
  }

  /** The assessment of a frame on the workers and the calling thread. */
  async run(
    frame: StationFrame,
    cloneable: Record<string, unknown>,
    plan: YearPlan,
    onProgress: ((done: number, total: number) => void) | undefined,
    signal: AbortSignal | undefined,
  ): Promise<StationAssessments> {
    if (signal?.aborted === true) throw signal.reason;
    const total = frame.stations.length;
    const blocks = Math.ceil(total / STATION_BLOCK);
    const threads = Math.min(this.threads, blocks);
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
      const c = counter();
      for (let k = 1; k < threads; k++) tasks.push(taskOf(frame, 0, total, c, 0, cloneable));
      own = { frame, counter: c, firstBlock: 0 };
    } else {
      const per = Math.ceil(blocks / threads);
      const ranges: Array<[number, number]> = [];
      for (let b = 0; b < blocks; b += per) ranges.push([b, Math.min(blocks, b + per)]);
      const [lastFrom, lastTo] = ranges.pop() as [number, number];
      for (const [from, to] of ranges) tasks.push(taskOf(frame, from * STATION_BLOCK, Math.min(total, to * STATION_BLOCK), counter(), from, cloneable));
      own = { frame: subFrame(frame, lastFrom * STATION_BLOCK, Math.min(total, lastTo * STATION_BLOCK)), counter: counter(), firstBlock: lastFrom };
    }
    // Stopping a call leaves no block to take, in any task: the workers finish the block in hand and report done.
    const stop = () => {
      for (const c of [own.counter, ...tasks.map((t) => t.task.counter)]) Atomics.store(c, 0, blocks);
    };
    const id = this.nextCall++;
    const finished = new Promise<void>((resolve, reject) => {
      let done = 0;
      const end = () => {
        signal?.removeEventListener('abort', abort);
        this.calls.delete(id);
      };
      const abort = () => {
        end();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      this.calls.set(id, {
        block: (block, part) => {
          try {
            received(block, part);
          } catch (error) {
            end();
            reject(error);
          }
        },
        done: () => {
          if (++done < tasks.length) return;
          end();
          resolve();
        },
        fail: (error) => {
          end();
          reject(error);
        },
      });
      tasks.forEach(({ task, transfer }, k) => {
        const thread = this.workers[k] as Thread;
        const pending = this.pending[k] as number;
        this.pending[k] = pending + 1;
        if (pending === 0) thread.hold(true);
        thread.post({ kind: 'task', call: id, task }, transfer);
      });
      if (tasks.length === 0) {
        end();
        resolve();
      }
    });
    // Keep a rejection from going unhandled while this thread works.
    finished.catch(stop);
    try {
      takeBlocks(own.frame, frameAxis(own.frame), plan, own.counter, (block, part) => {
        if (signal?.aborted === true) throw signal.reason;
        received(own.firstBlock + block, part);
      });
    } catch (error) {
      stop();
      this.calls.get(id)?.fail(error);
      throw error;
    }
    await finished;
    return stationAssessments(frame.stations, plan, mergeColumns(plan, parts as ColumnsPart[]));
  }
}

/**
 * Starts worker threads (worker_threads in Node, Web Workers in browsers) for {@link assessStationsAsync} and keeps
 * them for later calls: each worker loads the engine and runs it on a small synthetic year before the pool is
 * returned, so a call finds its workers ready and their code compiled — where workers started by the call itself
 * first load the modules and run their first blocks unoptimized (on a national year, about as long as their share of
 * the work). The caller owns the pool and closes it; an idle pool does not keep a Node process alive.
 *
 * @param options - `threads` (the calling thread among them: `threads − 1` workers; default the cores) and
 *   `workerUrl`, as for {@link assessStationsAsync}.
 * @returns A promise of the pool, its workers warm.
 * @throws {LantianError} `INVALID_TYPE`/`OUT_OF_RANGE`/`NOT_AN_INTEGER` for bad `threads` (1…256),
 *   `INVALID_TYPE` for a bad `workerUrl`, `UNKNOWN_OPTION`. Rejects when a worker cannot start.
 * @example
 * ```ts
 * const pool = await stationPool({ threads: 2 });
 * const hours = 365 * 24;
 * const pm25 = new Float64Array(new SharedArrayBuffer(2 * hours * 8)).fill(30);
 * const frame = stationFrame({ start: '2025-01-01 01:00', hours, stations: ['A', 'B'], values: { pm25 } });
 * const r = await assessStationsAsync(frame, { year: 2025, pool });
 * Array.from(r.items[8]?.value ?? []); //=> [30, 30]
 * await pool.close();
 * pool.closed; //=> true
 * ```
 */
export async function stationPool(options?: StationPoolOptions): Promise<StationPool> {
  const opts = readOptions(options, ['threads', 'workerUrl']);
  const threads = await readThreads(opts['threads']);
  const start = await starter(readWorkerUrl(opts['workerUrl']));
  const pool = new Pool(start, threads - 1);
  try {
    await pool.warm();
  } catch (error) {
    await pool.close();
    throw error;
  }
  return pool;
}

async function readThreads(value: unknown): Promise<number> {
  return value === undefined ? defaultThreads() : requireInteger(value, ['options', 'threads'], 1, 256);
}

function readWorkerUrl(value: unknown): string | URL | undefined {
  if (value !== undefined && typeof value !== 'string' && !(value instanceof URL)) {
    throw new LantianError('INVALID_TYPE', ['options', 'workerUrl'], `expected a string or a URL, received ${describe(value)}`);
  }
  return value;
}

/**
 * {@link assessStations} on all cores: the stations of the frame are cut into blocks of {@link STATION_BLOCK}, and
 * worker threads (worker_threads in Node, Web Workers in browsers) and the calling thread assess them on the same
 * engine — the warm workers of a `pool` ({@link stationPool}), or `threads − 1` workers started for the call and
 * stopped after it. When the frame's arrays live on a `SharedArrayBuffer` the threads read them in place and take
 * blocks from one shared counter until none is left (a thread that starts late or runs slowly takes fewer); otherwise
 * each worker is sent a copy of its own contiguous range of stations, on shared memory where there is any (the frame
 * itself is never written or detached). The columns come back copied (they are small beside the hours) and are
 * joined in station order: the results are identical to the one-thread call. No thread detaches an ArrayBuffer where
 * shared memory exists: V8 would then check every typed-array access of that thread for detachment. `onProgress` is called as blocks complete (the calling thread's own as it goes,
 * the workers' when it is free to receive them).
 *
 * @param frame - A frame made by {@link stationFrame}.
 * @param options - Those of {@link assessStations} (`year` required; `onProgress(done, total)`, `signal`), and
 *   `threads` and `workerUrl`, or a `pool`.
 * @returns A promise of the columns and `report(i)`, as {@link assessStations} returns them.
 * @throws {LantianError} As {@link assessStations}; `INVALID_TYPE`/`OUT_OF_RANGE`/`NOT_AN_INTEGER` for bad
 *   `threads` (1…256); `INVALID_TYPE` for a `pool` not made by {@link stationPool}, `INVALID_OPTION` for a closed
 *   one or one given with `threads` or `workerUrl`. Rejects with the signal's reason when aborted (workers started
 *   for the call are stopped; a pool's workers finish the block in hand and stay).
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
  const opts = readOptions(options, [...STATION_OPTION_KEYS, 'threads', 'workerUrl', 'pool']);
  const { threads: threadsOption, workerUrl: urlOption, pool, ...rest } = opts;
  const { plan, onProgress, signal } = readStationOptions(rest);
  const { onProgress: _p, signal: _s, ...cloneable } = rest;
  if (pool !== undefined) {
    if (!(pool instanceof Pool)) throw new LantianError('INVALID_TYPE', ['options', 'pool'], `expected a pool made by stationPool, received ${describe(pool)}`);
    if (threadsOption !== undefined || urlOption !== undefined) {
      throw new LantianError('INVALID_OPTION', ['options', 'pool'], 'a pool brings its own threads and worker: give no threads or workerUrl with it');
    }
    if (pool.closed) throw new LantianError('INVALID_OPTION', ['options', 'pool'], 'the pool is closed');
    return pool.run(frame, cloneable, plan, onProgress, signal);
  }
  if (signal?.aborted === true) throw signal.reason;
  const wanted = await readThreads(threadsOption);
  const workerUrl = readWorkerUrl(urlOption);
  const threads = Math.min(wanted, Math.ceil(frame.stations.length / STATION_BLOCK));
  if (threads <= 1) return assessStations(frame, rest as unknown as AssessStationsOptions);
  // Workers for this call alone: they take their tasks as soon as they have started.
  const own = new Pool(await starter(workerUrl), threads - 1);
  try {
    return await own.run(frame, cloneable, plan, onProgress, signal);
  } finally {
    void own.close();
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

/** The constructor of a frame's values. */
interface ValuesConstructor {
  new (length: number): FrameValues;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): FrameValues;
}

/** The stations `from … to − 1` of a frame as a task: views on shared memory, or copies (shared, or transferred). */
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
    const shared = typeof SharedArrayBuffer !== 'undefined';
    const range = v.subarray(from * hours, to * hours);
    if (shared && v.buffer instanceof SharedArrayBuffer) {
      // A view on the frame's own shared memory.
      values[p] = range;
      continue;
    }
    // A copy: on shared memory where there is any, sent without detaching anything in this thread (a thread that has
    // detached an ArrayBuffer runs its typed-array loops slower in V8, see `runTask`); otherwise (a page
    // that is not cross-origin isolated) transferred.
    const Values = v.constructor as ValuesConstructor;
    const copy = shared ? new Values(new SharedArrayBuffer(range.byteLength), 0, range.length) : new Values(range.length);
    copy.set(range);
    values[p] = copy;
    if (!shared) transfer.push(copy.buffer as ArrayBuffer);
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
 * How to start a worker here. From the built package the worker is `worker.js` (ESM) or `frame-worker.cjs` beside this
 * module; from the sources (tests, tsx) `_sourceWorker.mjs`, which loads `worker.ts` through tsx's loader.
 */
async function starter(given: string | URL | undefined): Promise<() => Thread> {
  const here = import.meta.url;
  const url = new URL(given ?? (here.endsWith('.ts') ? './_sourceWorker.mjs' : here.endsWith('.cjs') ? './frame-worker.cjs' : './worker.js'), here);
  if (isNode()) {
    const { Worker } = (await import(/* @vite-ignore */ WORKER_THREADS)) as typeof import('node:worker_threads');
    return () => {
      const w = new Worker(url);
      return {
        post: (message, transfer) => w.postMessage(message, transfer),
        onMessage: (listener) => w.on('message', listener),
        onError: (listener) => w.on('error', listener),
        hold: (held) => (held ? w.ref() : w.unref()),
        terminate: () => w.terminate(),
      };
    };
  }
  /* c8 ignore start -- Web Workers: not run by the Node test suite */
  const WebWorker = (globalThis as unknown as { Worker: new (url: URL, options: { type: 'module' }) => WebWorkerLike }).Worker;
  return () => {
    const w = new WebWorker(url, { type: 'module' });
    return {
      post: (message, transfer) => w.postMessage(message, transfer),
      onMessage: (listener) => w.addEventListener('message', (event) => listener((event as { data: WorkerReply }).data)),
      onError: (listener) => w.addEventListener('error', listener),
      hold: () => undefined,
      terminate: () => Promise.resolve(w.terminate()),
    };
  };
  /* c8 ignore stop */
}

interface WebWorkerLike {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: string, listener: (event: unknown) => void): void;
  terminate(): void;
}
