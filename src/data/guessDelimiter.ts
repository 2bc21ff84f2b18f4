export type Delimiter = ';' | ',' | '\t';

const CANDIDATES: Delimiter[] = [';', '\t', ','];

function countOutsideQuotes(line: string, ch: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
}

/**
 * Picks the delimiter from the first lines. Semicolon wins ties because
 * Swedish exports use it exactly so that decimal commas survive.
 */
export function guessDelimiter(text: string): Delimiter {
  const lines = text.slice(0, 64 * 1024).split(/\r?\n/).slice(0, 10).filter(Boolean);
  let best: Delimiter = ';';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const header = counts[0] ?? 0;
    const consistent = counts.filter((c) => c === header).length;
    const score = header > 0 ? consistent * 1000 + header : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
