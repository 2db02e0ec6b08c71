/**
 * The work of the threads of {@link assessStationsAsync} (internal). The stations of a frame are cut into blocks of
 * {@link STATION_BLOCK}; every thread — the workers and the calling thread — takes the next block from a shared
 * counter until none is left (work stealing: a worker that starts late or runs slowly takes fewer), assesses it on
 * the engine and hands its columns back with the block's number. Runs in a worker (worker_threads or a Web Worker)
 * and knows nothing of where it runs: `post` sends a message.
 */
import type { Pollutant } from '../pollutants/index.js';
import { readHourly, readTimeConventions } from '../series/internal.js';
import type { HourLabel } from '../series/types.js';
import { type YearColumns, type YearPlan, assessDaily, blockScratch, frameDaily } from './_engine.js';
import { STATION_BLOCK, readStationOptions } from './assessStations.js';
import { type FrameAxis, type FrameValues, type StationFrame, frameAxis, makeFrame } from './stationFrame.js';

/** A frame (or a block of its stations) as sent to a worker: the values shared, or copied once and transferred. */
export interface StationTask {
  readonly start: string;
  readonly hours: number;
  readonly stations: ReadonlyArray<string>;
  readonly values: Readonly<Partial<Record<Pollutant, FrameValues>>>;
  readonly label: HourLabel;
  readonly timeZone: string | undefined;
  /** The options of {@link assessStations} without `onProgress` and `signal` (structured-cloneable). */
  readonly options: Readonly<Record<string, unknown>>;
  /** `[next block, stations done]`: on a SharedArrayBuffer when the blocks are shared with other threads. */
  readonly counter: Int32Array;
  /** The number of the task's first block among all blocks (a task holding a part of the frame). */
  readonly firstBlock: number;
  /** Which of the task's stations hold whole numbers only, per pollutant (see `FrameAxis`). */
  readonly whole: FrameAxis['whole'];
}

/** Columns without the plan (which holds functions): what travels between threads. */
export type ColumnsPart = Omit<YearColumns, 'plan'>;

/** What a worker posts: each block's columns, then that it is done (or an error). */
export type TaskMessage =
  | { readonly kind: 'block'; readonly block: number; readonly part: ColumnsPart }
  | { readonly kind: 'done' }
  | { readonly kind: 'error'; readonly error: { readonly name: string; readonly message: string; readonly code?: unknown; readonly path?: unknown; readonly detail?: unknown } };

/** What a worker is sent: a task of a call, or to warm up (see `stationPool`). */
export type WorkerRequest = { readonly kind: 'task'; readonly call: number; readonly task: StationTask } | { readonly kind: 'warm' };

/** What a worker posts: a task's messages with the call they belong to, or that it is warm. */
export type WorkerReply = (TaskMessage & { readonly call: number }) | { readonly kind: 'ready' };

/**
 * Takes blocks from the counter until none is left, assessing each; `onBlock` receives the block's number (in the
 * frame) and its columns. Returns when the blocks are all taken.
 */
export function takeBlocks(frame: StationFrame, axis: FrameAxis, plan: YearPlan, counter: Int32Array, onBlock: (block: number, part: YearColumns) => void): void {
  const total = frame.stations.length;
  const blocks = Math.ceil(total / STATION_BLOCK);
  const scratch = blockScratch();
  for (;;) {
    const b = Atomics.add(counter, 0, 1);
    if (b >= blocks) return;
    const from = b * STATION_BLOCK;
    const to = Math.min(total, from + STATION_BLOCK);
    const part = assessDaily(frameDaily(frame, axis, plan, from, to, scratch), plan);
    Atomics.add(counter, 1, to - from);
    onBlock(b, part);
  }
}

/**
 * Runs a task in a worker: the frame was validated by `stationFrame` in the calling thread, so it is rebuilt here as
 * trusted (its time axis read again, its values not scanned again).
 */
export function runTask(task: StationTask, post: (message: TaskMessage, transfer: ArrayBuffer[]) => void): void {
  try {
    const time = readTimeConventions({ label: task.label, timeZone: task.timeZone }, ['frame']);
    const head = readHourly({ start: task.start, values: new Float64Array(0) }, time, undefined, ['frame']);
    const frame = makeFrame(
      { start: task.start, hours: task.hours, stations: task.stations, stationRecords: undefined, values: task.values, label: task.label, timeZone: task.timeZone },
      time.zone,
      head.origin,
      task.whole,
    );
    const { plan } = readStationOptions(task.options);
    // The columns of a block are posted as copies, not transferred: once a thread has detached an ArrayBuffer, V8 checks
    // every typed-array access of its compiled loops for detachment, and the thread's later blocks run slower (the
    // engine by about an eighth, docs/performance.md). A block's columns are small beside its hours.
    takeBlocks(frame, frameAxis(frame), plan, task.counter, (block, { plan: _, ...part }) => post({ kind: 'block', block: task.firstBlock + block, part }, []));
    post({ kind: 'done' }, []);
  } catch (error) {
    const e = error as { name?: unknown; message?: unknown; code?: unknown; path?: unknown; detail?: unknown };
    post({ kind: 'error', error: { name: String(e.name), message: String(e.message), code: e.code, path: e.path, detail: e.detail } }, []);
  }
}

