import Papa from 'papaparse';
import { detectColumns, type ColumnMapping, type OffenceField } from '../data/detectColumns';
import { guessDelimiter } from '../data/guessDelimiter';
import { normalizeName } from '../data/normalizeName';
import { UsageError } from './cliErrors';

/** What the user said about columns: a 1-based number or a header name, per field. */
export type ColumnChoices = Partial<Record<OffenceField, string>>;

export interface ResolvedColumns {
  mapping: ColumnMapping;
  /** Set when --col-x/--col-y fixed which column is east (Y in Swedish geodesy). */
  eastColumn?: 0 | 1;
}

function headerOf(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), preview: 1 });
  return (parsed.data[0] ?? []).map((f) => f.trim());
}

function columnIndex(choice: string, header: string[], option: string, path: string): number {
  const listing = header.map((h, i) => `${i + 1} ${h}`).join(', ');
  if (/^\d+$/.test(choice.trim())) {
    const n = Number(choice);
    if (n >= 1 && n <= header.length) return n - 1;
    throw new UsageError(
      `--${option} ${choice}: ${path} har ${header.length} kolumner (${listing}). Ange ett nummer från 1.`,
    );
  }
  const wanted = normalizeName(choice);
  const i = header.findIndex((h) => normalizeName(h) === wanted);
  if (i >= 0) return i;
  throw new UsageError(
    `--${option} "${choice}": ingen sådan kolumn i ${path}. Kolumnerna är: ${listing}.`,
  );
}

/**
 * Turns --col-* choices into the app's ColumnMapping. Only the named fields
 * are overridden; the others keep the app's detection, so one odd column name
 * needs one option. Returns null without choices: the importer then detects
 * everything itself, exactly as in the app.
 */
export function resolveColumns(
  choices: ColumnChoices,
  text: string,
  path: string,
): ResolvedColumns | null {
  const entries = Object.entries(choices) as [OffenceField, string][];
  if (entries.length === 0) return null;
  const header = headerOf(text);
  const mapping: ColumnMapping = { ...detectColumns(header) };
  const optionName = (f: OffenceField) =>
    f === 'coordA' ? 'col-x' : f === 'coordB' ? 'col-y' : `col-${f}`;
  for (const [field, choice] of entries) {
    mapping[field] = columnIndex(choice, header, optionName(field), path);
  }
  // --col-x is northing and goes to coordA, --col-y easting to coordB: the east column is the second.
  const eastColumn = choices.coordA !== undefined ? 1 : undefined;
  return { mapping, eastColumn };
}
