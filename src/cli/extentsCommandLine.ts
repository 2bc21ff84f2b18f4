import { CATEGORIES } from '../analysis/categories';
import { mappingPeriod } from '../analysis/extentCard';
import { DEFAULT_HEADLINE_CATEGORY, type HeadlineCategory } from '../analysis/extentHeadline';
import { formatDay, parseIsoDate } from '../analysis/isoWeek';
import type { Period } from '../analysis/periods';
import { DEFAULT_PRIVACY_THRESHOLD } from '../analysis/privacy';
import { CRS_CODES, type CrsCode } from '../data/crs';
import { normalizeName } from '../data/normalizeName';
import { parseArgs, type ParsedArgs } from './argParser';
import { UsageError } from './cliErrors';
import { EXTENTS_OPTIONS } from './extentsOptionSpecs';
import type { Format } from './statsCommandLine';

/** A checked `lageskartan extents` command line; files are not touched yet. */
export interface ExtentsCommandLine {
  extentsPath: string;
  extentsCrs?: CrsCode;
  offencePaths: string[];
  yearA: number;
  yearB: number;
  periods: { a: Period; b: Period };
  scene?: string;
  /** Which offences the headline sentence is about. */
  category: HeadlineCategory;
  /** Metres; 0 = no band. */
  ringWidth: number;
  threshold: number;
  format: Format;
  outPath?: string;
}

export const DEFAULT_RING_METRES = 100;
const MAX_RING_METRES = 2000;

const single = (args: ParsedArgs, name: string) => args.options.get(name)?.[0];

function year(args: ParsedArgs, name: 'a' | 'b'): number {
  const text = single(args, name);
  if (text === undefined) {
    throw new UsageError(
      `ange de två kartläggningsåren med --a och --b, t.ex. --a 2021 --b 2023 (--${name} saknas).`,
    );
  }
  if (!/^\s*\d{4}\s*$/.test(text) || Number(text) < 1900) {
    throw new UsageError(`--${name} "${text}" är inget årtal; ange t.ex. 2021.`);
  }
  return Number(text);
}

function whole(
  args: ParsedArgs,
  name: string,
  fallback: number,
  max: number,
  hint: string,
): number {
  const text = single(args, name);
  if (text === undefined) return fallback;
  if (!/^\s*\d+\s*$/.test(text) || Number(text) > max) {
    throw new UsageError(`--${name} "${text}": ${hint}`);
  }
  return Number(text);
}

function day(args: ParsedArgs, name: string, fallback: number): number {
  const text = single(args, name);
  if (text === undefined) return fallback;
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new UsageError(`--${name} "${text}" är inget datum; ange ÅÅÅÅ-MM-DD.`);
  return parsed;
}

/** The default (the year before the mapping and the mapping year), with any of its ends moved. */
function period(args: ParsedArgs, side: 'a' | 'b', mappingYear: number): Period {
  const base = mappingPeriod(mappingYear);
  const first = day(args, `${side}-from`, base.first);
  const last = day(args, `${side}-to`, base.last);
  if (first > last) {
    throw new UsageError(
      `--${side}-from/--${side}-to: ${formatDay(first)} ligger efter ${formatDay(last)}. Byt plats på datumen.`,
    );
  }
  const moved = first !== base.first || last !== base.last;
  return { first, last, label: moved ? `${formatDay(first)} – ${formatDay(last)}` : base.label };
}

/** A lägesbild category by name (case and diacritics do not matter), or "alla". */
function headlineCategory(args: ParsedArgs): HeadlineCategory {
  const text = single(args, 'category');
  if (text === undefined) return DEFAULT_HEADLINE_CATEGORY;
  const key = normalizeName(text);
  if (key === 'alla' || key === 'all') return 'all';
  const index = CATEGORIES.findIndex((c) => normalizeName(c) === key);
  if (index < 0) {
    throw new UsageError(
      `--category "${text}": ingen sådan brottskategori. Välj alla eller en av: ${CATEGORIES.join(', ')}.`,
    );
  }
  return index;
}

function oneOf<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = single(args, name);
  if (value === undefined) return undefined;
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!hit) throw new UsageError(`--${name} "${value}": välj ${allowed.join(', ')}.`);
  return hit;
}

/** Checks everything that can be checked without reading a file, so a wrong command fails at once. */
export function readExtentsCommandLine(argv: string[]): ExtentsCommandLine | 'help' {
  const args = parseArgs(argv, EXTENTS_OPTIONS);
  if (args.options.has('help')) return 'help';
  if (args.positionals.length > 0) {
    throw new UsageError(
      `okänt argument "${args.positionals[0]}". Filer anges med --extents och --offences.`,
    );
  }
  const extentsPath = single(args, 'extents');
  const offencePaths = args.options.get('offences') ?? [];
  if (!extentsPath) throw new UsageError('ange en fil med utbredningar med --extents FIL.');
  if (offencePaths.length === 0) {
    throw new UsageError('ange minst en brottsfil med --offences FIL.');
  }
  const yearA = year(args, 'a');
  const yearB = year(args, 'b');
  if (yearA >= yearB) {
    throw new UsageError(
      `--a ${yearA} --b ${yearB}: A ska vara det tidigare kartläggningsåret, t.ex. --a 2021 --b 2023.`,
    );
  }
  const extentsCrs = oneOf(args, 'extents-crs', CRS_CODES);
  const scene = single(args, 'scene');
  const outPath = single(args, 'out');
  return {
    extentsPath,
    ...(extentsCrs ? { extentsCrs } : {}),
    offencePaths,
    yearA,
    yearB,
    periods: { a: period(args, 'a', yearA), b: period(args, 'b', yearB) },
    ...(scene !== undefined ? { scene } : {}),
    category: headlineCategory(args),
    ringWidth: whole(
      args,
      'ring',
      DEFAULT_RING_METRES,
      MAX_RING_METRES,
      `ange zonens bredd i hela meter, 0–${MAX_RING_METRES} (0 stänger av).`,
    ),
    threshold: whole(
      args,
      'privacy',
      DEFAULT_PRIVACY_THRESHOLD,
      Number.MAX_SAFE_INTEGER,
      'ange ett heltal, t.ex. 3 (0 stänger av).',
    ),
    format: oneOf<Format>(args, 'format', ['md', 'csv', 'json']) ?? 'md',
    ...(outPath !== undefined ? { outPath } : {}),
  };
}
