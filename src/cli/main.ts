import { ImportError } from '../data/importProblem';
import { shortenLongValues } from '../data/shortenValue';
import type { CliIo } from './cliIo';
import { InputError, UsageError } from './cliErrors';
import { extentsHelpText } from './extentsHelpText';
import { runExtents } from './extentsCommand';
import { helpText } from './helpText';
import { runStats } from './statsCommand';

/**
 * Entry point of `lageskartan`. Returns the exit code instead of calling
 * process.exit, so output is flushed and tests can run it in-process:
 * 0 done, 1 a file cannot be used, 2 the command line is wrong.
 */
export function runCli(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${helpText()}\n${extentsHelpText()}`);
      return 0;
    }
    if (command === 'stats') return runStats(rest, io);
    if (command === 'extents') return runExtents(rest, io);
    throw new UsageError(
      `okänt kommando "${command}". Det finns två kommandon: stats och extents.`,
    );
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`lageskartan: ${e.message}\nSe "npx lageskartan --help".\n`);
      return e.exitCode;
    }
    if (e instanceof InputError || e instanceof ImportError) {
      io.stderr(`lageskartan: ${shortenLongValues(e.message)}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR') {
      io.stderr(
        `lageskartan: kan inte skriva ${err.path ?? 'filen'} (${err.code}). Kontrollera mappen och rättigheterna.\n`,
      );
      return 1;
    }
    // Never a stack trace: whatever broke, the user gets a sentence and exit code 1.
    const why =
      e instanceof RangeError ? 'filen är för djupt nästlad eller för stor' : messageOf(e);
    io.stderr(
      `lageskartan: ett oväntat fel stoppade körningen (${shortenLongValues(why)}). Kontrollera indatafilerna; ` +
        'spara om dem från programmet de kom ifrån och försök igen.\n',
    );
    return 1;
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

// The bin loads one module through tsx; the real streams come with it.
export { nodeIo } from './cliIo';
