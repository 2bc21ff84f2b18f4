/** How the text of a .dbf is decoded, and why, for the detection text. */
export interface DbfEncoding {
  /** A TextDecoder label. */
  label: string;
  /** Swedish, for the user. */
  text: string;
}

const CODE_PAGE = /^(?:ANSI\s*|CP\s*|WINDOWS-)?(\d{3,5})$/i;

/** .cpg content ("UTF-8", "1252", "ANSI 1252", "ISO-8859-1", "65001") → a TextDecoder label, or null. */
export function labelFromCpg(cpg: string): string | null {
  const s = cpg.trim();
  const page = CODE_PAGE.exec(s);
  const candidates = page
    ? page[1] === '65001'
      ? ['utf-8']
      : [`windows-${page[1]}`, `cp${page[1]}`]
    : [s];
  for (const label of candidates) {
    try {
      return new TextDecoder(label).encoding;
    } catch {
      // Not a label this runtime knows; try the next spelling.
    }
  }
  return null;
}

const hasNonAscii = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The user's choice, else the .cpg, else the bytes: text with non-ASCII bytes
 * that is valid UTF-8 is UTF-8 (Latin-1 names almost never are), and anything
 * else is Windows-1252, which is what ArcGIS and the city's own exports write
 * without a .cpg.
 */
export function chooseDbfEncoding(
  dbf: Uint8Array,
  cpg: string | undefined,
  forced: string | undefined,
): DbfEncoding {
  if (forced) return { label: forced, text: `${forced}, vald av användaren` };
  if (cpg !== undefined) {
    const label = labelFromCpg(cpg);
    if (label) return { label, text: `${label}, enligt .cpg-filen` };
  }
  const why = cpg === undefined ? 'ingen .cpg-fil' : `.cpg-filens "${cpg.trim()}" känns inte igen`;
  // Only the records hold text; the binary header (counts, lengths) would spoil the UTF-8 test.
  const headerLength = dbf.length >= 10 ? dbf[8] | (dbf[9] << 8) : 0;
  const records = dbf.subarray(headerLength);
  if (hasNonAscii(records) && isStrictUtf8(records))
    return { label: 'utf-8', text: `utf-8 (${why}; texten är giltig UTF-8)` };
  return { label: 'windows-1252', text: `windows-1252 (${why})` };
}
