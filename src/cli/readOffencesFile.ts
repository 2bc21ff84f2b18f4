import { DateOrderNeededError } from '../data/dateOrder';
import type { DateOrder } from '../data/parseDateTime';
import type { CrsCode } from '../data/crs';
import { decodeText, type TextEncodingName } from '../data/decodeText';
import { ImportError } from '../data/importProblem';
import { importFile } from '../data/import/importFile';
import type { OffenceImportResult } from '../data/parseOffencesCsv';
import type { CliIo } from './cliIo';
import { InputError } from './cliErrors';
import { resolveColumns, type ColumnChoices } from './columnOverrides';
import { readFileBytes } from './readFileBytes';

export interface OffenceReadOptions {
  columns: ColumnChoices;
  crs?: CrsCode;
  encoding?: TextEncodingName;
  dateOrder?: DateOrder;
}

export interface OffencesFile {
  path: string;
  encoding: TextEncodingName;
  /** Whether the user chose columns, coordinate system or encoding instead of detection. */
  chosen: { columns: boolean; crs: boolean; encoding: boolean };
  result: OffenceImportResult;
}

/**
 * Any file the app reads as offences (delimited text, an .xlsx workbook),
 * through the app's own importer. Columns named on the command line are
 * resolved against the header of the decoded text.
 */
export function readOffencesFile(
  io: CliIo,
  path: string,
  options: OffenceReadOptions,
): OffencesFile {
  const bytes = readFileBytes(io, path);
  const chosenColumns = Object.keys(options.columns).length > 0;
  try {
    const columns = chosenColumns
      ? resolveColumns(options.columns, decodeText(bytes, options.encoding).text, path)
      : null;
    const imported = importFile(path, bytes, {
      expect: 'offences',
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
      ...(columns ? { mapping: columns.mapping } : {}),
      ...(columns?.eastColumn !== undefined ? { eastColumn: columns.eastColumn } : {}),
      ...(options.crs ? { crs: options.crs } : {}),
    });
    if (imported.kind !== 'offences') {
      throw new InputError(
        `${path}: innehåller inga brott med datum och koordinater (filen lästes som ${imported.kind === 'table' ? 'en tabell utan koordinater' : 'geometrier'}). ` +
          'Välj filen med brottsdata, t.ex. en CSV med Datum;Brottskategori;X;Y.',
      );
    }
    return {
      path,
      encoding: imported.encoding,
      chosen: {
        columns: chosenColumns,
        crs: options.crs !== undefined,
        encoding: options.encoding !== undefined,
      },
      result: imported.result,
    };
  } catch (e) {
    if (e instanceof ImportError) {
      const hint = /hittar inga kolumner/.test(e.message)
        ? ' Ange dem med --col-date, --col-category, --col-x och --col-y (nummer från 1 eller rubrikens namn).'
        : e instanceof DateOrderNeededError
          ? ' Ange --date-order dmy (dag först) eller --date-order mdy (månad först).'
          : '';
      throw new InputError(e.message + hint);
    }
    throw e;
  }
}
