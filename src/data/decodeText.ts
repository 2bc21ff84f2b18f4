/**
 * Swedish exports are UTF-8 or Windows-1252 (Excel's "CSV (semikolonavgränsad)").
 * Decode strictly as UTF-8 first; invalid byte sequences mean it is not UTF-8.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  if (forced === 'utf-8') return { text: new TextDecoder('utf-8').decode(bytes), encoding: forced };
  if (forced) return { text: decodeWindows1252(bytes), encoding: forced };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's own characters at 0x80–0x9F (€, ‚, „, …, –, —, ’ …); the five unassigned bytes stay as they are. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Node's TextDecoder treats "windows-1252" as Latin-1 and turns 0x80–0x9F
 * into control characters, so "Vasagatan 1–3" from Excel would lose its dash
 * in the command line tool; browsers decode these bytes properly. Mapping
 * them here gives the same text everywhere.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
