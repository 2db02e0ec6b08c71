/**
 * What the readers share: turning text or bytes into text (gzip by its magic bytes), walking the rows of a CSV
 * text with papaparse (RFC 4180: quoted fields may hold commas and quotes) with the line each row starts on, and
 * the errors that name the file, the line and the column.
 */
import Papa from 'papaparse';
import { LantianError } from '../errors.js';
import { describe } from '../_lib/validate.js';

/** A file's content: its text, or its bytes (UTF-8, or gzip-compressed UTF-8). */
export type CnemcSource = string | Uint8Array | ArrayBuffer;

/** A file given to the many-file readers: a name for messages, and its content or a function that yields it. */
export interface CnemcFile {
  /** The file's name, used in error messages (e.g. `'china_sites_20250128.csv'`). */
  readonly name: string;
  /** The content, or a function returning it (called once, when the file's turn comes: a year need not sit in memory). */
  readonly data: CnemcSource | (() => CnemcSource | Promise<CnemcSource>);
}

/** Options shared by the readers. */
export interface ReadCnemcOptions {
  /** The file's name for error messages (default `'input'`). */
  readonly name?: string;
  /**
   * Called with the error of each bad row, which is then skipped; without it the first bad row throws. A bad
   * header always throws.
   */
  readonly onBadRow?: (error: LantianError) => void;
  /** Keep only these station codes (default: every station of the file). */
  readonly stations?: ReadonlyArray<string>;
}

/** Options of the many-file readers. */
export interface ReadCnemcFilesOptions extends Omit<ReadCnemcOptions, 'name'> {
  /** Called after each file with the number of files read and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export const READ_OPTION_KEYS = ['name', 'onBadRow', 'stations'] as const;
export const FILES_OPTION_KEYS = ['onBadRow', 'stations', 'onProgress'] as const;

/** A bad row: the path is `[file, line, column]`, the detail repeats them in words. */
export function badRow(name: string, line: number, column: string | undefined, detail: string): LantianError {
  const where = column === undefined ? `line ${line}` : `line ${line}, column ${column}`;
  return new LantianError('MALFORMED_ROW', column === undefined ? [name, line] : [name, line, column], `${where}: ${detail}`);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function bytesOf(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function checkSource(data: unknown, name: string): asserts data is CnemcSource {
  if (typeof data !== 'string' && !(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) {
    throw new LantianError('INVALID_TYPE', [name], `expected a string, Uint8Array or ArrayBuffer, received ${describe(data)}`);
  }
}

function utf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LantianError('INVALID_INPUT', [name], 'the bytes are not UTF-8 text');
  }
}

/** The text of a source, synchronously: gzip needs {@link textOfAsync}. */
export function textOf(data: unknown, name: string): string {
  checkSource(data, name);
  if (typeof data === 'string') return data;
  const bytes = bytesOf(data);
  if (isGzip(bytes)) throw new LantianError('INVALID_INPUT', [name], 'gzip-compressed input: use the async reader');
  return utf8(bytes, name);
}

/** The text of a source; gzip (by its magic bytes) is decompressed with the platform's `DecompressionStream`. */
export async function textOfAsync(data: unknown, name: string): Promise<string> {
  checkSource(data, name);
  if (typeof data === 'string') return data;
  const bytes = bytesOf(data);
  if (!isGzip(bytes)) return utf8(bytes, name);
  const Stream = (globalThis as { DecompressionStream?: new (format: 'gzip') => TransformStream<Uint8Array, Uint8Array> }).DecompressionStream;
  /* c8 ignore next -- every supported platform (Node ≥ 18, current browsers) has DecompressionStream */
  if (Stream === undefined) throw new LantianError('INVALID_INPUT', [name], 'this platform cannot decompress gzip');
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new Stream('gzip'));
    return utf8(new Uint8Array(await new Response(stream).arrayBuffer()), name);
  } catch (error) {
    if (error instanceof LantianError) throw error;
    throw new LantianError('INVALID_INPUT', [name], 'the gzip data are corrupt');
  }
}

/** The content of a file of the many-file readers. */
export async function fileText(file: unknown, index: number): Promise<{ name: string; text: string }> {
  if (typeof file !== 'object' || file === null || typeof (file as { name?: unknown }).name !== 'string') {
    throw new LantianError('INVALID_TYPE', ['files', index], `expected { name, data }, received ${describe(file)}`);
  }
  const { name, data } = file as CnemcFile;
  const content = typeof data === 'function' ? await data() : data;
  return { name, text: await textOfAsync(content, name) };
}

/**
 * Calls `visit` with each row of a CSV text (fields as strings) and the line it starts on; blank lines are
 * skipped. The first row is the header. Quoting errors become bad rows.
 */
export function eachRow(text: string, name: string, visit: (fields: string[], line: number) => void, onBadRow: ((e: LantianError) => void) | undefined): void {
  let line = 1;
  let consumed = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const end = result.meta.cursor;
      for (let i = consumed; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      consumed = end;
      const fields = result.data;
      if (fields.length === 1 && fields[0] === '') return;
      const error = result.errors[0];
      if (error !== undefined) {
        const e = badRow(name, start, undefined, `${error.message} (CSV quoting)`);
        if (start === 1 || onBadRow === undefined) throw e;
        onBadRow(e);
        return;
      }
      visit(fields, start);
    },
  });
}

/**
 * Reads one cell: a number, or `NaN` for `NA` (missing), `/` (not monitored) or empty; anything else is a bad row.
 * Negative values are bad too: no concentration is negative.
 */
export function cellValue(cell: string, name: string, line: number, column: string): number {
  const text = cell.trim();
  if (text === '' || text === 'NA' || text === '/') return NaN;
  const value = Number(text);
  if (!Number.isFinite(value) || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    throw badRow(name, line, column, `expected a number, NA, / or empty, received ${describe(cell)}`);
  }
  if (value < 0) throw badRow(name, line, column, `a concentration cannot be negative, received ${describe(cell)}`);
  return value;
}
