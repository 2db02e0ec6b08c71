// The worker of assessStationsAsync and stationPool when lantian runs from its TypeScript sources (its tests, tsx):
// tsx's loader is registered in the worker, then the worker module is loaded. The built package starts
// dist/esm/frame/worker.js (or dist/frame-worker.cjs) instead and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
