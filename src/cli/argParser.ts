import { UsageError } from './cliErrors';

/** One `--option`, described once: the parser, the help text and the tests all read this. */
export interface OptionSpec {
  name: string;
  /** Placeholder for the value, e.g. "FIL"; absent for a plain flag. */
  value?: string;
  /** The value may be left out (`--last14` alone means "up to the newest offence"). */
  optionalValue?: boolean;
  repeatable?: boolean;
  description: string;
  example: string;
}

export interface ParsedArgs {
  positionals: string[];
  /** Values per option name; a flag without a value is stored as ''. */
  options: Map<string, string[]>;
}

const looksLikeOption = (token: string | undefined) =>
  token !== undefined && token.startsWith('--');

/**
 * A small parser instead of node:util parseArgs, because one option takes an
 * optional value and every error must be worded in Swedish.
 */
export function parseArgs(argv: string[], specs: OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('--') || token === '--') {
      if (token !== '--') positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq >= 0 ? eq : undefined);
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`okänd flagga --${name}.`);
    let value: string;
    if (eq >= 0) {
      if (!spec.value) throw new UsageError(`--${name} tar inget värde.`);
      value = token.slice(eq + 1);
    } else if (!spec.value) {
      value = '';
    } else if (spec.optionalValue) {
      value = looksLikeOption(argv[i + 1]) || argv[i + 1] === undefined ? '' : argv[++i];
    } else {
      const next = argv[i + 1];
      if (next === undefined || looksLikeOption(next)) {
        throw new UsageError(`--${name} behöver ett värde (${spec.value}).`);
      }
      value = argv[++i];
    }
    const seen = options.get(name) ?? [];
    if (seen.length > 0 && !spec.repeatable) {
      throw new UsageError(`--${name} får bara anges en gång.`);
    }
    options.set(name, [...seen, value]);
  }
  return { positionals, options };
}
