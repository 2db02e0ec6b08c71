// The stats area's public surface (re-exports only).
export { percentile } from './percentile.js';
