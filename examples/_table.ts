/**
 * Plain-text tables for the examples: columns padded by display width (CJK characters count two), numbers
 * right-aligned.
 */
import { roundHalfEven } from '../src/index.js';

import { displayWidth } from '../src/cli/table.js';

export { displayWidth, table } from '../src/cli/table.js';

/** A number for display: rounded half to even (GB/T 8170) to `decimals` places, zeros kept. */
export function fixed(value: number | null | undefined, decimals: number): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : roundHalfEven(value, decimals).toFixed(decimals);
}

/**
 * A logger that wraps prose at `width` display columns (continuation lines indented by two spaces); table rows
 * (cells separated by two spaces) and rules print as they are.
 */
export function wrappingLog(width = 100, log: (line: string) => void = console.log): (text: string) => void {
  return (text: string) => {
    for (const line of text.split('\n')) {
      if (displayWidth(line) <= width || /\S {2,}\S|──/.test(line)) {
        log(line);
        continue;
      }
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      let current = '';
      for (const word of line.trim().split(' ')) {
        const next = current === '' ? `${indent}${word}` : `${current} ${word}`;
        if (displayWidth(next) > width && current.trim() !== '') {
          log(current);
          current = `${indent}  ${word}`;
        } else {
          current = next;
        }
      }
      log(current);
    }
  };
}
