/**
 * The entry point of the workers of {@link assessStationsAsync} (its own file in the build: dist/esm/frame/worker.js,
 * and the bundle dist/frame-worker.cjs). In Node it listens on worker_threads' `parentPort`; in a browser on the Web Worker's `self`.
 */
import { type StationTask, type TaskMessage, runTask } from './_task.js';

interface NodePort {
  on(event: 'message', listener: (task: StationTask) => void): void;
  postMessage(message: TaskMessage, transfer: ArrayBuffer[]): void;
}

interface WebScope {
  onmessage: ((event: { data: StationTask }) => void) | null;
  postMessage(message: TaskMessage, transfer: ArrayBuffer[]): void;
}

const WORKER_THREADS = 'node:worker_threads';

async function listen(): Promise<void> {
  const scope = globalThis as unknown as Partial<WebScope> & { process?: { versions?: { node?: string } } };
  if (scope.process?.versions?.node !== undefined) {
    const { parentPort } = (await import(/* @vite-ignore */ WORKER_THREADS)) as { parentPort: NodePort | null };
    parentPort?.on('message', (task) => runTask(task, (message, transfer) => parentPort.postMessage(message, transfer)));
    return;
  }
  /* c8 ignore next 3 -- a Web Worker: not run by the Node test suite */
  const web = scope as WebScope;
  web.onmessage = (event) => runTask(event.data, (message, transfer) => web.postMessage(message, transfer));
}

void listen();
