import { declaredDelimiter } from './guessDelimiter';
import { parseDateTime } from './parseDateTime';

/** Records read before the header is chosen: enough to pass a report's title block. */
export const FRAME_SAMPLE = 30;

interface FrameRecord {
  fields: string[];
  line: number;
}

const filled = (fields: string[]) => fields.reduce((n, f) => (f.trim() === '' ? n : n + 1), 0);

/**
 * Fewest filled fields a header or data row has: more than half of the
 * widest of the first records, and at least two. A title ("Anmälda brott
 * 2024"), a date line or a footer ("Källa: Polisen") has fewer.
 */
export function rowThreshold(records: FrameRecord[]): number {
  const widest = records.reduce((m, r) => Math.max(m, filled(r.fields)), 0);
  return Math.max(2, Math.ceil(widest / 2));
}

/** A row with too few values and no date: a title, a blank line of delimiters or a footer, never an offence. */
export const isShortRow = (fields: string[], threshold: number) =>
  filled(fields) < threshold && !fields.some((f) => parseDateTime(f).ok);

/**
 * Where the header is among the first records: after Excel's "sep=;" line
 * and any title rows above the table. Index 0 for an ordinary file.
 */
export function findHeaderIndex(records: FrameRecord[], threshold: number): number {
  let i = 0;
  if (records.length > 0 && declaredDelimiter(records[0].fields.join(''))) i++;
  while (i < records.length - 1 && isShortRow(records[i].fields, threshold)) i++;
  return i;
}

/** "rad 1–3" or "rad 2" for the user. */
export function lineRange(first: number, last: number): string {
  return first === last ? `rad ${first}` : `rad ${first}–${last}`;
}
