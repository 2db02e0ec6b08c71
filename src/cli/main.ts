/**
 * The `lantian` command's entry point (dist/cli.js). test/cli runs it as a process, where coverage is not measured.
 */
/* c8 ignore start */
import { processIo } from './io.js';
import { run } from './run.js';

// A reader that stops early (`lantian hourly … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lantian: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
/* c8 ignore stop */
