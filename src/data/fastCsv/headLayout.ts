import { readDelimitedRecords } from '../csvRecords';
import { detectColumnsExplained, type ColumnDetection } from '../detectColumns';
import type { Delimiter } from '../guessDelimiter';
import { parseOffencesCsv, type OffenceImportOptions } from '../parseOffencesCsv';

/** Lines read from the top: more than the header plus the 200 rows column detection looks at. */
export const HEAD_LINES = 400;
const DETECTION_SAMPLE = 200;

export interface HeadLayout {
  header: string[];
  detection: ColumnDetection;
  delimiter: Delimiter;
}

/** The byte offset just after the `lines`-th line feed from `from`, or the end. */
export function headEnd(b: Uint8Array, from: number, lines: number = HEAD_LINES): number {
  let pos = from;
  for (let k = 0; k < lines; k++) {
    const lf = b.indexOf(10, pos);
    if (lf < 0) return b.length;
    pos = lf + 1;
  }
  return pos;
}

/**
 * Delimiter, header and columns, decided by the general path itself on the
 * top of the file, so header finding, column detection and their errors stay
 * in one place. Returns null (the caller then takes the general path for the
 * whole file) when the top is not a plain header row followed by at least
 * the rows detection samples, or when the general path rejects it.
 */
export function headLayout(
  headText: string,
  wholeFile: boolean,
  fileName: string,
  options: OffenceImportOptions,
): HeadLayout | null {
  let top;
  try {
    top = parseOffencesCsv(headText, fileName, { ...options, onProgress: undefined });
  } catch {
    return null;
  }
  const records: string[][] = [];
  let clean = true;
  const body = headText.charCodeAt(0) === 0xfeff ? headText.slice(1) : headText;
  readDelimitedRecords(body, top.delimiter, (fields, _line, trouble) => {
    if (records.length > DETECTION_SAMPLE) return;
    if (trouble) clean = false;
    records.push(fields);
  });
  if (!clean || (records.length <= DETECTION_SAMPLE && !wholeFile)) return null;
  const header = records[0].map((f) => f.trim());
  if (header.join('\u0000') !== top.header.join('\u0000')) return null;
  const sampleRows = records.slice(1, DETECTION_SAMPLE + 1);
  const detection: ColumnDetection = options.mapping
    ? { mapping: options.mapping, notes: [], coordinatesFrom: 'names' }
    : detectColumnsExplained(header, sampleRows);
  if (JSON.stringify(detection.mapping) !== JSON.stringify(top.mapping)) return null;
  return { header, detection, delimiter: top.delimiter };
}
