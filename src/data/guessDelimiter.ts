export type Delimiter = ';' | ',' | '\t';

const CANDIDATES: Delimiter[] = [';', '\t', ','];

export const DELIMITER_NAMES: Record<Delimiter, string> = {
  ';': 'semikolon (;)',
  ',': 'komma (,)',
  '\t': 'tabb',
};

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 20;

/**
 * The first records of the text as raw strings. Quotes are followed across
 * line breaks, so a quoted address with a newline stays one record.
 */
function firstRecords(text: string): string[] {
  const sample = text.slice(0, SAMPLE_CHARS);
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < sample.length && records.length < SAMPLE_RECORDS; i++) {
    const c = sample[i];
    if (c === '"') inQuotes = !inQuotes;
    else if ((c === '\n' || c === '\r') && !inQuotes) {
      const record = sample.slice(start, i);
      if (record.trim() !== '') records.push(record);
      start = i + 1;
    }
  }
  // A record cut by the sample limit would count wrong; keep it only when it is the whole file.
  if (records.length === 0 && sample.trim() !== '') records.push(sample);
  return records;
}

/**
 * Excel's "sep=;" first line, written by some exports (and by Excel for
 * other locales) to say which delimiter the file uses.
 */
export function declaredDelimiter(firstRecord: string | undefined): Delimiter | null {
  const m = /^\uFEFF?sep=(.)\s*$/i.exec(firstRecord ?? '');
  const d = m?.[1] as Delimiter | undefined;
  return d && CANDIDATES.includes(d) ? d : null;
}

/** How many times `ch` occurs outside double quotes. */
export function countOutsideQuotes(record: string, ch: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of record) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
}

/**
 * Picks the delimiter whose count in the header row most rows repeat.
 * Semicolon wins ties because Swedish exports use it exactly so that decimal
 * commas survive; a comma file with unquoted decimal commas therefore still
 * reads as comma-separated when its header has commas and no semicolons.
 * Title rows above the table ("Anmälda brott, Kungsholmen": at most one of
 * any delimiter) are passed over to find the header; Excel's "sep=;" decides.
 */
export function guessDelimiter(text: string): Delimiter {
  const records = firstRecords(text);
  const declared = declaredDelimiter(records[0]);
  if (declared) return declared;
  const counts = records.map((r) => CANDIDATES.map((d) => countOutsideQuotes(r, d)));
  const isTitle = (k: number) => counts[k].every((c) => c <= 1);
  let best: Delimiter = ';';
  let bestScore = 0;
  CANDIDATES.forEach((d, j) => {
    let k = 0;
    while (k < records.length - 1 && counts[k][j] === 0 && isTitle(k)) k++;
    const header = counts[k]?.[j] ?? 0;
    const consistent = counts.slice(k).filter((c) => c[j] === header).length;
    const score = header > 0 ? consistent * 1000 + header : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  });
  return best;
}
