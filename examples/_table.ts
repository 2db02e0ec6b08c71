/**
 * Plain-text tables for the examples: columns padded by display width (CJK characters count two), numbers
 * right-aligned.
 */
import { roundHalfEven } from '../src/index.js';

/** Display width of a string in a terminal: East Asian wide and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

const isNumeric = (text: string): boolean => /^[-+−]?[\d.,]+\s*(%|万|亿|元)?$/.test(text.trim());

/** Renders rows under a header; a cell is any value, `null`/`undefined` print as '—'. */
export function table(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const cells = rows.map((row) => header.map((_, i) => (row[i] === null || row[i] === undefined ? '—' : String(row[i]))));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] as string))));
  const pad = (text: string, i: number, right: boolean): string => {
    const fill = ' '.repeat((widths[i] as number) - displayWidth(text));
    return right ? fill + text : text + fill;
  };
  const line = (r: ReadonlyArray<string>, head = false) => r.map((c, i) => pad(c, i, !head && isNumeric(c))).join('  ').trimEnd();
  return [line(header, true), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map((r) => line(r))].join('\n');
}

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
