/**
 * The two ways a run can fail, kept apart because scripts that call the CLI
 * need to tell "fix the command" (exit 2) from "fix the file" (exit 1).
 */

/** The command line itself is wrong: unknown option, missing value, bad combination. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file cannot be read or used; the message names the file and says what to do. */
export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
