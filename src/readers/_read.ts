/** The entry points shared by the readers of each format: options read once, then the format's parser. */
import { LantianError } from '../errors.js';
import { describe, readOptions } from '../_lib/validate.js';
import {
  type CnemcFile,
  FILES_OPTION_KEYS,
  READ_OPTION_KEYS,
  type ReadCnemcFilesOptions,
  type ReadCnemcOptions,
  fileText,
  textOf,
  textOfAsync,
} from './_csv.js';
import { type CnemcFrameInput, mergeFrameInputs } from './frameInput.js';

/** A format's parser: the text of one file into a frame input. */
export type Parser = (text: string, name: string, wanted: ReadonlySet<string> | undefined, onBadRow: ((e: LantianError) => void) | undefined) => CnemcFrameInput;

function readStationsOption(value: unknown): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new LantianError('INVALID_TYPE', ['options', 'stations'], `expected an array of station codes, received ${describe(value)}`);
  }
  return new Set(value);
}

function readCallback<F>(value: unknown, key: string): F | undefined {
  if (value !== undefined && typeof value !== 'function') {
    throw new LantianError('INVALID_TYPE', ['options', key], `expected a function, received ${describe(value)}`);
  }
  return value as F | undefined;
}

function readName(value: unknown): string {
  if (value === undefined) return 'input';
  if (typeof value !== 'string') throw new LantianError('INVALID_TYPE', ['options', 'name'], `expected a string, received ${describe(value)}`);
  return value;
}

/** The options of the one-file readers. */
function readSingle(options: unknown): { name: string; wanted: ReadonlySet<string> | undefined; onBadRow: ReadCnemcOptions['onBadRow'] } {
  const opts = readOptions(options, READ_OPTION_KEYS);
  return { name: readName(opts['name']), wanted: readStationsOption(opts['stations']), onBadRow: readCallback(opts['onBadRow'], 'onBadRow') };
}

/** One file, text (or plain UTF-8 bytes). */
export function readOne(data: unknown, options: unknown, parse: Parser): CnemcFrameInput {
  const { name, wanted, onBadRow } = readSingle(options);
  return parse(textOf(data, name), name, wanted, onBadRow);
}

/** One file, text or bytes, gzip included. */
export async function readOneAsync(data: unknown, options: unknown, parse: Parser): Promise<CnemcFrameInput> {
  const { name, wanted, onBadRow } = readSingle(options);
  return parse(await textOfAsync(data, name), name, wanted, onBadRow);
}

/** The many-file readers: each file parsed in turn, then merged. */
export async function readFiles(files: ReadonlyArray<CnemcFile>, options: ReadCnemcFilesOptions | undefined, parse: Parser): Promise<CnemcFrameInput> {
  const opts = readOptions(options, FILES_OPTION_KEYS);
  if (!Array.isArray(files)) throw new LantianError('INVALID_TYPE', ['files'], `expected an array of { name, data }, received ${describe(files)}`);
  if (files.length === 0) throw new LantianError('EMPTY_INPUT', ['files'], 'no files given');
  const wanted = readStationsOption(opts['stations']);
  const onBadRow = readCallback<ReadCnemcOptions['onBadRow']>(opts['onBadRow'], 'onBadRow');
  const onProgress = readCallback<ReadCnemcFilesOptions['onProgress']>(opts['onProgress'], 'onProgress');
  const parts: CnemcFrameInput[] = [];
  const names: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const { name, text } = await fileText(files[i], i);
    parts.push(parse(text, name, wanted, onBadRow));
    names.push(name);
    onProgress?.(i + 1, files.length);
  }
  return mergeFrameInputs(parts, names);
}
