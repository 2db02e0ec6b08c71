/**
 * The data files named on the command line: read from disk, gunzipped (by the magic bytes), and handed to the
 * reader of their format — the CNEMC wide daily file or the real-time hour file, told apart by the header.
 */
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import cliProgress from 'cli-progress';
import { type LantianError, type Station, parseStationList } from '../index.js';
import { type CnemcFrameInput, readCnemcDailyFiles, readCnemcHourlyFiles } from '../readers/index.js';
import type { Io } from './io.js';

/** A usage error: the command line is wrong (exit code 1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A file that cannot be read (exit code 2, like bad data). */
export class FileError extends Error {
  override readonly name = 'FileError';
}

async function bytesOf(path: string, io: Io): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new FileError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** The bytes of a file, gunzipped when they start with the gzip magic bytes (the readers check the UTF-8). */
export async function fileBytes(path: string, io: Io): Promise<Uint8Array> {
  const bytes = await bytesOf(path, io);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes);
  } catch {
    throw new FileError(`cannot read ${path}: the gzip data are corrupt`);
  }
}

/** A progress bar on the terminal, or nothing when stderr is not one. */
export function progressBar(io: Io, label: string, total: number): { update(done: number): void; stop(): void } {
  if (io.progressStream === undefined || total < 2) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, stream: io.progressStream, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.legacy,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** Options of {@link readDataFiles}. */
export interface ReadDataOptions {
  readonly skipBad: boolean;
  readonly stations: ReadonlyArray<string> | undefined;
}

/**
 * Reads the data files into one frame input. The format is the first file's (by its header); every file must be
 * of it. With `skipBad`, each bad row is reported on stderr and skipped.
 */
export async function readDataFiles(paths: ReadonlyArray<string>, io: Io, options: ReadDataOptions): Promise<CnemcFrameInput> {
  if (paths.length === 0) throw new UsageError('no data files given');
  const first = await fileBytes(paths[0] as string, io);
  const header = new TextDecoder().decode(first.subarray(0, 64)).replace(/^\uFEFF/, '').toLowerCase();
  const read = header.startsWith('date,hour,type') ? readCnemcDailyFiles : readCnemcHourlyFiles;
  let skipped = 0;
  const bar = progressBar(io, 'reading', paths.length);
  const files = paths.map((path, i) => ({ name: basename(path), data: () => (i === 0 ? first : fileBytes(path, io)) }));
  try {
    return await read(files, {
      ...(options.stations === undefined ? {} : { stations: options.stations }),
      ...(options.skipBad
        ? {
            onBadRow: (error: LantianError) => {
              skipped++;
              io.err(`lantian: skipped: ${error.message}\n`);
            },
          }
        : {}),
      onProgress: (done) => bar.update(done),
    });
  } finally {
    bar.stop();
    if (skipped > 0) io.err(`lantian: ${skipped} bad row${skipped === 1 ? '' : 's'} skipped\n`);
  }
}

/** The station list (`--stations`), and the stations of `--city` in it. */
export async function readStations(path: string | undefined, city: string | undefined, io: Io): Promise<{ list: Station[] | undefined; city: Station[] | undefined }> {
  if (path === undefined) {
    if (city !== undefined) throw new UsageError('--city needs --stations, the station list that gives each station its city');
    return { list: undefined, city: undefined };
  }
  const list = parseStationList(new TextDecoder().decode(await fileBytes(path, io)));
  if (city === undefined) return { list, city: undefined };
  const name = city.replace(/市$/, '');
  const inCity = list.filter((s) => s.city === name || s.city === city);
  if (inCity.length === 0) throw new UsageError(`no station of the list is in ${city}`);
  return { list, city: inCity };
}
