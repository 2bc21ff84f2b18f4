import Papa from 'papaparse';
import type { Delimiter } from './guessDelimiter';

/** Progress is reported after each chunk; 512 Ki characters is at most about 1 MB of UTF-8. */
export const PROGRESS_CHUNK_CHARS = 512 * 1024;

export type QuoteTrouble = 'unclosed' | 'malformed' | null;

/**
 * Called once per non-empty record. `line` is the 1-based line where the
 * record starts in the file, so a quoted field with line breaks does not
 * shift the numbers of the rows after it: the user finds row "rad 12" on
 * line 12 in any text editor (and in Excel's row 12 when no field spans lines).
 */
export type RecordHandler = (fields: string[], line: number, quoteTrouble: QuoteTrouble) => void;

/**
 * Splits delimited text into records with papaparse, synchronously and in
 * chunks. Line breaks are LF, CRLF or a mix (a file pasted together from two
 * exports): splitting on LF and dropping the CR left on the last field
 * handles all three. A file with bare CR line breaks (old Mac) is split on CR.
 */
export function readDelimitedRecords(
  text: string,
  delimiter: Delimiter,
  onRecord: RecordHandler,
  onProgress?: (fraction: number) => void,
): void {
  const newline = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  let line = 1;
  let finished = false;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    header: false,
    skipEmptyLines: false,
    chunkSize: PROGRESS_CHUNK_CHARS,
    chunk(results: Papa.ParseResult<string[]>) {
      const trouble = new Map<number, QuoteTrouble>();
      for (const e of results.errors) {
        if (e.type === 'Quotes' && e.row !== undefined) {
          trouble.set(
            e.row,
            e.code === 'MissingQuotes' ? 'unclosed' : (trouble.get(e.row) ?? 'malformed'),
          );
        }
      }
      results.data.forEach((fields, i) => {
        const start = line;
        line += 1 + countLineBreaks(fields, newline);
        const last = fields.length - 1;
        if (newline === '\n' && fields[last]?.endsWith('\r'))
          fields[last] = fields[last].slice(0, -1);
        if (fields.every((f) => f.trim() === '')) return;
        onRecord(fields, start, trouble.get(i) ?? null);
      });
      onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
    },
    complete() {
      finished = true;
    },
  });
  // Papa parses strings synchronously; anything else would leave the caller half-filled.
  if (!finished) throw new Error('papaparse did not finish synchronously');
}

function countLineBreaks(fields: string[], newline: string): number {
  let n = 0;
  for (const f of fields) {
    for (let i = f.indexOf(newline); i >= 0; i = f.indexOf(newline, i + 1)) n++;
  }
  return n;
}
