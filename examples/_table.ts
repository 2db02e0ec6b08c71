/**
 * Plain-text tables for the examples: columns padded by display width (CJK characters count two), numbers
 * right-aligned.
 */
import { roundHalfEven } from '../src/index.js';

export { displayWidth, table } from '../src/cli/table.js';

/** A number for display: rounded half to even (GB/T 8170) to `decimals` places, zeros kept. */
export function fixed(value: number | null | undefined, decimals: number): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : roundHalfEven(value, decimals).toFixed(decimals);
}
