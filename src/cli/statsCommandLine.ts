import type { DateOrder } from '../data/parseDateTime';
import { DEFAULT_PRIVACY_THRESHOLD } from '../analysis/privacy';
import { CRS_DEFS, type CrsCode } from '../data/crs';
import type { TextEncodingName } from '../data/decodeText';
import type { OffenceField } from '../data/detectColumns';
import { parseArgs, type ParsedArgs } from './argParser';
import { UsageError } from './cliErrors';
import type { ColumnChoices } from './columnOverrides';
import { checkOnePeriodPreset, type PeriodOptions } from './periodOptions';
import { STATS_OPTIONS } from './statsOptionSpecs';

export type Format = 'md' | 'csv' | 'json';
export type TableKind = 'areas' | 'comparison';

/** A checked `lageskartan stats` command line; files are not touched yet. */
export interface StatsCommandLine {
  areasPath: string;
  odsPath?: string;
  offencePaths: string[];
  table: TableKind;
  scope?: string;
  format: Format;
  outPath?: string;
  threshold: number;
  columns: ColumnChoices;
  crs?: CrsCode;
  encoding?: TextEncodingName;
  dateOrder?: DateOrder;
  periods: PeriodOptions;
}

const COLUMN_OPTIONS: [string, OffenceField][] = [
  ['col-date', 'date'],
  ['col-time', 'time'],
  ['col-category', 'category'],
  ['col-type', 'type'],
  ['col-street', 'street'],
  ['col-x', 'coordA'],
  ['col-y', 'coordB'],
];

function oneOf<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const value = args.options.get(name)?.[0];
  if (value === undefined) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!hit) throw new UsageError(`--${name} "${value}": välj ${allowed.join(', ')}.`);
  return hit;
}

const single = (args: ParsedArgs, name: string) => args.options.get(name)?.[0];

function privacyThreshold(args: ParsedArgs): number {
  const value = single(args, 'privacy');
  if (value === undefined) return DEFAULT_PRIVACY_THRESHOLD;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--privacy "${value}": ange ett heltal, t.ex. 3 (0 stänger av).`);
  return Number(value);
}

function columnChoices(args: ParsedArgs): ColumnChoices {
  const choices: ColumnChoices = {};
  for (const [option, field] of COLUMN_OPTIONS) {
    const value = single(args, option);
    if (value !== undefined) choices[field] = value;
  }
  // One coordinate column alone cannot say which of the two is east.
  if ((choices.coordA === undefined) !== (choices.coordB === undefined)) {
    throw new UsageError('ange både --col-x (nordlig) och --col-y (östlig), eller ingen av dem.');
  }
  return choices;
}

/** Checks everything that can be checked without reading a file, so a wrong command fails at once. */
export function readStatsCommandLine(argv: string[]): StatsCommandLine | 'help' {
  const args = parseArgs(argv, STATS_OPTIONS);
  if (args.options.has('help')) {
    return 'help';
  }
  if (args.positionals.length > 0) {
    throw new UsageError(
      `okänt argument "${args.positionals[0]}". Filer anges med --areas och --offences.`,
    );
  }
  const areasPath = single(args, 'areas');
  const offencePaths = args.options.get('offences') ?? [];
  if (!areasPath) throw new UsageError('ange en områdesfil med --areas FIL.');
  if (offencePaths.length === 0)
    throw new UsageError('ange minst en brottsfil med --offences FIL.');
  const table = oneOf<TableKind>(args, 'table', ['areas', 'comparison'], 'comparison')!;
  const format = oneOf<Format>(args, 'format', ['md', 'csv', 'json'], 'md')!;
  const crs = oneOf(args, 'crs', Object.keys(CRS_DEFS) as CrsCode[]);
  const encoding = oneOf<TextEncodingName>(args, 'encoding', [
    'utf-8',
    'windows-1252',
    'macintosh',
    'utf-16le',
    'utf-16be',
  ]);
  const dateOrder = oneOf<DateOrder>(args, 'date-order', ['dmy', 'mdy']);
  const threshold = privacyThreshold(args);
  const columns = columnChoices(args);
  const periodOptions: PeriodOptions = {
    weeks: single(args, 'weeks'),
    year: single(args, 'year'),
    last14: single(args, 'last14'),
    yearVsYear: single(args, 'year-vs-year'),
    from: single(args, 'from'),
    to: single(args, 'to'),
    compareFrom: single(args, 'compare-from'),
    compareTo: single(args, 'compare-to'),
    sameDatesLastYear: args.options.has('same-dates-last-year'),
  };
  checkOnePeriodPreset(periodOptions);
  if (table === 'areas' && args.options.has('scope')) {
    throw new UsageError('--scope gäller bara --table comparison.');
  }
  return {
    areasPath,
    odsPath: single(args, 'ods'),
    offencePaths,
    table,
    scope: single(args, 'scope'),
    format,
    outPath: single(args, 'out'),
    threshold,
    columns,
    ...(crs ? { crs } : {}),
    ...(encoding ? { encoding } : {}),
    ...(dateOrder ? { dateOrder } : {}),
    periods: periodOptions,
  };
}
