import type { CrsCode } from '../data/crs';
import { decodeText, type TextEncodingName } from '../data/decodeText';
import { parseOffencesBytes } from '../data/fastCsv/parseOffencesBytes';
import { ImportError } from '../data/importProblem';
import { parseOffencesCsv, type OffenceImportResult } from '../data/parseOffencesCsv';
import type { CliIo } from './cliIo';
import { InputError } from './cliErrors';
import { resolveColumns, type ColumnChoices } from './columnOverrides';
import { extensionOf, readFileBytes } from './readFileBytes';

export interface OffenceReadOptions {
  columns: ColumnChoices;
  crs?: CrsCode;
  encoding?: TextEncodingName;
}

export interface OffencesFile {
  path: string;
  encoding: TextEncodingName;
  /** Whether the user chose columns, coordinate system or encoding instead of detection. */
  chosen: { columns: boolean; crs: boolean; encoding: boolean };
  result: OffenceImportResult;
}

type OffenceReader = (
  text: string,
  path: string,
  options: OffenceReadOptions,
) => OffenceImportResult;

const readDelimited: OffenceReader = (text, path, options) => {
  const columns = resolveColumns(options.columns, text, path);
  return parseOffencesCsv(text, path, {
    ...(columns ? { mapping: columns.mapping } : {}),
    ...(columns?.eastColumn !== undefined ? { eastColumn: columns.eastColumn } : {}),
    ...(options.crs ? { crs: options.crs } : {}),
  });
};

/** Offence formats the app imports, by extension; delimiter and columns are detected inside. */
const OFFENCE_READERS: Record<string, OffenceReader> = {
  csv: readDelimited,
  tsv: readDelimited,
  txt: readDelimited,
};

export function readOffencesFile(
  io: CliIo,
  path: string,
  options: OffenceReadOptions,
): OffencesFile {
  const reader = OFFENCE_READERS[extensionOf(path)];
  if (!reader) {
    const known = Object.keys(OFFENCE_READERS)
      .map((e) => `.${e}`)
      .join(', ');
    throw new InputError(
      `${path}: filformatet känns inte igen för brottsdata. Lägeskartan läser avgränsad text (${known}); ` +
        'spara om filen som CSV, t.ex. i Excel: Spara som → CSV (semikolonavgränsad).',
    );
  }
  const bytes = readFileBytes(io, path);
  const chosen = {
    columns: Object.keys(options.columns).length > 0,
    crs: options.crs !== undefined,
    encoding: options.encoding !== undefined,
  };
  // Without column choices the common export takes the byte-level fast path (same result, or null).
  const fast = chosen.columns
    ? null
    : parseOffencesBytes(bytes, path, { crs: options.crs, encoding: options.encoding });
  if (fast) return { path, encoding: fast.encoding, chosen, result: fast.result };
  const decoded = decodeText(bytes, options.encoding);
  try {
    return {
      path,
      encoding: decoded.encoding,
      chosen,
      result: reader(decoded.text, path, options),
    };
  } catch (e) {
    if (e instanceof ImportError) {
      const hint = /hittar inga kolumner/.test(e.message)
        ? ' Ange dem med --col-date, --col-category, --col-x och --col-y (nummer från 1 eller rubrikens namn).'
        : '';
      throw new InputError(e.message + hint);
    }
    throw e;
  }
}
