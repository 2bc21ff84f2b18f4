import { looksLikeUtf16 } from './formats/sniffFormat';
/**
 * Swedish exports are UTF-8 or Windows-1252 (Excel's "CSV (semikolonavgränsad)");
 * Excel on a Mac also writes Mac Roman ("CSV (Macintosh)") and UTF-16
 * ("Unicode-text"). A byte-order mark says UTF-16; otherwise decode strictly
 * as UTF-8 first (invalid byte sequences mean it is not UTF-8), then choose
 * between Windows-1252 and Mac Roman by which gives Swedish letters.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'macintosh' | 'utf-16le' | 'utf-16be';

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 / Latin-1',
  macintosh: 'Mac Roman (Excel "CSV (Macintosh)")',
  'utf-16le': 'UTF-16 (Excel "Unicode-text")',
  'utf-16be': 'UTF-16 big-endian',
};

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  if (forced) return { text: decodeAs(bytes, forced), encoding: forced };
  const bom = utf16Bom(bytes) ?? looksLikeUtf16(bytes);
  if (bom) return { text: decodeAs(bytes, bom), encoding: bom };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    const encoding = singleByteEncoding(bytes);
    return { text: decodeAs(bytes, encoding), encoding };
  }
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * For bytes that are not UTF-8: Windows-1252 or Mac Roman, whichever gives
 * more Swedish. Letters of Swedish text and the typographic punctuation Excel
 * writes (–, ’, €, …) count for a decoding; any other non-ASCII character
 * counts against it (ñ and í are what Mac Roman makes of Windows-1252's dash
 * and apostrophe, Œ and š what Windows-1252 makes of Mac Roman's å and ö).
 * Both are one character per byte, so the bytes are scored without decoding.
 */
export function singleByteEncoding(bytes: Uint8Array): 'windows-1252' | 'macintosh' {
  const { windows, mac } = byteScores();
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c >= 0x80) score += mac[c - 0x80] - windows[c - 0x80];
  }
  return score > 0 ? 'macintosh' : 'windows-1252';
}

let scores: { windows: Int8Array; mac: Int8Array } | null = null;

/** +1 or -1 for each byte 0x80–0xFF in each decoding. */
function byteScores(): { windows: Int8Array; mac: Int8Array } {
  if (!scores) {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const score = (text: string) => {
      if (text.length !== 128)
        throw new Error('a single-byte decoding should give one character per byte');
      return Int8Array.from(text, (c) => (LIKELY.includes(c) ? 1 : -1));
    };
    scores = {
      windows: score(decodeWindows1252(high)),
      mac: score(new TextDecoder('macintosh').decode(high)),
    };
  }
  return scores;
}

const LIKELY = 'åäöÅÄÖéÉüÜ–—‘’“”€…•°§';
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
