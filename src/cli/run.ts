/**
 * `lantian <command> …`: dispatches to a command and turns what goes wrong into a message on stderr and an exit
 * code scripts can rely on — 0 ok, 1 usage (the command line is wrong), 2 bad data (a file or value that cannot be
 * read or is not valid input; the message names the file and line).
 */
import { isLantianError } from '../index.js';
import { COMMANDS } from './commands.js';
import { FileError, UsageError } from './files.js';
import type { Io } from './io.js';

/** The exit codes. */
export const EXIT = { ok: 0, usage: 1, data: 2 } as const;

const VERSION = '0.1.0';

const HELP = `Usage: lantian <command> [options]

Air-quality compliance for China (HJ 633 AQI, HJ 663 assessment, GB 3095) from the command line.

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)}${c.summary}`)
  .join('\n')}

Run 'lantian <command> --help' for a command's options. Data go to stdout, messages to stderr.
Exit codes: 0 ok, 1 usage, 2 bad data.
`;

/** Runs the command line `args` (without the program name); resolves to the exit code. */
export async function run(args: ReadonlyArray<string>, io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const c = COMMANDS[command];
  if (c === undefined || !Object.hasOwn(COMMANDS, command)) {
    io.err(`lantian: unknown command '${command}'\n\n${HELP}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(c.help);
    return EXIT.ok;
  }
  try {
    return await c.run([...rest], io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`lantian ${command}: ${error.message}\nRun 'lantian ${command} --help' for the options.\n`);
      return EXIT.usage;
    }
    if (error instanceof FileError || isLantianError(error)) {
      io.err(`lantian ${command}: ${(error as Error).message}\n`);
      return EXIT.data;
    }
    throw error;
  }
}
