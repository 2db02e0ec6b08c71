/**
 * The work of one thread of {@link assessStationsAsync} (internal): a block of a frame's stations in, their columns
 * out. Runs in a worker (worker_threads or a Web Worker) and knows nothing of where it runs: `post` sends a message.
 */
import type { Pollutant } from '../pollutants/index.js';
import { readHourly, readTimeConventions } from '../series/internal.js';
import type { HourLabel } from '../series/types.js';
import type { YearColumns } from './_engine.js';
import { assessRange, readStationOptions } from './assessStations.js';
import { type FrameValues, frameAxis, makeFrame } from './stationFrame.js';

/** A block of stations of a validated frame, as sent to a worker (the values shared or transferred, never copied twice). */
export interface StationTask {
  readonly start: string;
  readonly hours: number;
  readonly stations: ReadonlyArray<string>;
  readonly values: Readonly<Partial<Record<Pollutant, FrameValues>>>;
  readonly label: HourLabel;
  readonly timeZone: string | undefined;
  /** The options of {@link assessStations} without `onProgress` and `signal` (structured-cloneable). */
  readonly options: Readonly<Record<string, unknown>>;
}

/** What a worker posts: progress after each block, then the columns (or an error). */
export type TaskMessage =
  | { readonly kind: 'progress'; readonly done: number }
  | { readonly kind: 'done'; readonly parts: ReadonlyArray<Omit<YearColumns, 'plan'>> }
  | { readonly kind: 'error'; readonly error: { readonly name: string; readonly message: string; readonly code?: unknown; readonly path?: unknown; readonly detail?: unknown } };

/**
 * Runs a task: the frame was validated by `stationFrame` in the calling thread, so it is rebuilt here as trusted
 * (its time axis read again, its values not scanned again).
 */
export function runTask(task: StationTask, post: (message: TaskMessage, transfer: ArrayBuffer[]) => void): void {
  try {
    const time = readTimeConventions({ label: task.label, timeZone: task.timeZone }, ['frame']);
    const head = readHourly({ start: task.start, values: new Float64Array(0) }, time, undefined, ['frame']);
    const frame = makeFrame(
      { start: task.start, hours: task.hours, stations: task.stations, stationRecords: undefined, values: task.values, label: task.label, timeZone: task.timeZone },
      time.zone,
      head.origin,
    );
    const { plan } = readStationOptions(task.options);
    const parts = assessRange(frame, frameAxis(frame), plan, (done) => post({ kind: 'progress', done }, [])).map(({ plan: _, ...rest }) => rest);
    const transfer: ArrayBuffer[] = [];
    for (const part of parts) collectBuffers(part, transfer);
    post({ kind: 'done', parts }, transfer);
  } catch (error) {
    const e = error as { name?: unknown; message?: unknown; code?: unknown; path?: unknown; detail?: unknown };
    post({ kind: 'error', error: { name: String(e.name), message: String(e.message), code: e.code, path: e.path, detail: e.detail } }, []);
  }
}

/** The buffers of the typed arrays of a result, to transfer rather than copy. */
function collectBuffers(value: unknown, out: ArrayBuffer[]): void {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && !out.includes(value.buffer)) out.push(value.buffer);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const v of Array.isArray(value) ? value : Object.values(value)) collectBuffers(v, out);
}
