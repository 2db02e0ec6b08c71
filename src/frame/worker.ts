/**
 * The entry point of the workers of {@link assessStationsAsync} and {@link stationPool} (its own file in the build:
 * dist/esm/frame/worker.js, and the bundle dist/frame-worker.cjs). In Node it listens on worker_threads'
 * `parentPort`; in a browser on the Web Worker's `self`.
 */
import { POLLUTANTS } from '../pollutants/index.js';
import { type WorkerReply, type WorkerRequest, runTask } from './_task.js';
import { assessStations } from './assessStations.js';
import { stationFrame } from './stationFrame.js';

type Post = (message: WorkerReply, transfer: ArrayBuffer[]) => void;

interface NodePort {
  on(event: 'message', listener: (request: WorkerRequest) => void): void;
  postMessage(message: WorkerReply, transfer: ArrayBuffer[]): void;
}

interface WebScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply, transfer: ArrayBuffer[]): void;
}

const WORKER_THREADS = 'node:worker_threads';

/** The typical levels of the warm-up year, by pollutant (µg/m³; CO mg/m³). */
const LEVELS = [15, 30, 0.9, 90, 70, 40];

/**
 * Runs the engine on a small synthetic frame — four stations over 2025 and 2026 (both AQI editions), with missing
 * hours, a missing week and ozone days above the limit — until the JIT has compiled its loops, so that the first
 * blocks of real work run at full speed. The data are made here; nothing is kept.
 */
export function warmUp(): void {
  const stations = ['W1', 'W2', 'W3', 'W4'];
  const hours = 731 * 24;
  const values: Record<string, Float64Array> = {};
  POLLUTANTS.forEach((p, k) => {
    const level = LEVELS[k] as number;
    const v = new Float64Array(stations.length * hours);
    for (let i = 0; i < v.length; i++) {
      const x = level * (1 + 0.8 * Math.sin(i * 0.37 + k) * Math.sin(i * 0.0021));
      v[i] = i % 41 === 0 ? NaN : p === 'co' ? Math.round(x * 10) / 10 : Math.round(x);
    }
    v.fill(NaN, hours + 2000, hours + 2168);
    values[p] = v;
  });
  const frame = stationFrame({ start: '2025-01-01 01:00', hours, stations, values });
  for (let r = 0; r < 10; r++) assessStations(frame, { year: 2025 + (r % 2) });
}

function handle(request: WorkerRequest, post: Post): void {
  if (request.kind === 'warm') {
    warmUp();
    post({ kind: 'ready' }, []);
    return;
  }
  runTask(request.task, (message, transfer) => post({ ...message, call: request.call }, transfer));
}

async function listen(): Promise<void> {
  const scope = globalThis as unknown as Partial<WebScope> & { process?: { versions?: { node?: string } } };
  if (scope.process?.versions?.node !== undefined) {
    const { parentPort } = (await import(/* @vite-ignore */ WORKER_THREADS)) as { parentPort: NodePort | null };
    parentPort?.on('message', (request) => handle(request, (message, transfer) => parentPort.postMessage(message, transfer)));
    return;
  }
  /* c8 ignore next 3 -- a Web Worker: not run by the Node test suite */
  const web = scope as WebScope;
  web.onmessage = (event) => handle(event.data, (message, transfer) => web.postMessage(message, transfer));
}

void listen();
