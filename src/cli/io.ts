/**
 * What a command touches of the outside world, passed in so that commands run in tests as they run in a terminal.
 */
import { readFile } from 'node:fs/promises';

/** The command's streams and files. */
export interface Io {
  /** Writes data (stdout). */
  readonly out: (text: string) => void;
  /** Writes messages (stderr). */
  readonly err: (text: string) => void;
  /** The stream progress bars draw on, when it is a terminal; `undefined` keeps them quiet. */
  readonly progressStream: NodeJS.WriteStream | undefined;
  /** Reads a file's bytes. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

/** The process's own streams and file system. */
export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    progressStream: process.stderr.isTTY ? process.stderr : undefined,
    readFile: (path) => readFile(path),
  };
}
