/**
 * Recognises files that are not delimited text at all, so the user hears
 * "this is a picture" or "this is GeoJSON" instead of "no date column".
 * Works on the decoded text: binary bytes decode (as Windows-1252) to
 * control characters and to recognisable magic strings.
 */
const SAVE_AS_CSV =
  'Spara tabellen som CSV (t.ex. i Excel: Spara som → CSV (semikolonavgränsad)) och läs in den igen.';

/**
 * Magic numbers as they look after decoding: Windows-1252 in browsers, Latin-1
 * in Node (whose decoder maps 0x80–0x9F to C1 controls), or UTF-8 with
 * replacement characters.
 */
const SIGNATURES: [RegExp, string][] = [
  [/^(\u2030|\u0089|\uFFFD)PNG/, 'en PNG-bild'],
  [/^(\u00FF\u00D8\u00FF|\uFFFD{2,3})/, 'en JPEG-bild'],
  [/^%PDF-/, 'en PDF'],
  [/^PK\u0003\u0004/, 'en zip-fil eller en Excel-arbetsbok (.xlsx)'],
  [/^\u00D0\u00CF\u0011\u00E0/, 'en Excel-arbetsbok i det gamla formatet (.xls)'],
];

/** Returns why the text cannot be a delimited table, in Swedish, or null when it may be one. */
export function whyNotDelimitedText(text: string): string | null {
  const head = text.slice(0, 4096);
  if (text.trim() === '') {
    return 'filen är tom (den innehåller inga rader med data). Välj filen med brottsdata; kontrollera att den sparades färdigt.';
  }
  if (/^(\u00FF\u00FE|\u00FE\u00FF)/.test(head) || /^([^\0]\0){4}/.test(head)) {
    return (
      'filen är sparad som UTF-16 ("Unicode-text" i Excel), som Lägeskartan inte läser. ' +
      'Spara den som CSV UTF-8 (kommaavgränsad) eller CSV (semikolonavgränsad) och läs in den igen.'
    );
  }
  for (const [pattern, what] of SIGNATURES) {
    if (pattern.test(head)) return `filen är ${what}, inte en tabell i textformat. ${SAVE_AS_CSV}`;
  }
  if (isBinary(head)) return `filen är inte text (den innehåller binära tecken). ${SAVE_AS_CSV}`;
  const start = head.trimStart();
  if (/^<(!doctype\s+html|html|head|body|table)\b/i.test(start)) {
    return `filen är en webbsida (HTML), inte en tabell med avgränsare. Öppna den i Excel eller webbläsaren och ${lowerFirst(SAVE_AS_CSV)}`;
  }
  if (/^<(\?xml|kml|gpx)\b/i.test(start)) {
    return 'filen är XML (t.ex. KML eller GPX), inte en tabell med avgränsare. Ge den rätt filändelse (.kml, .gpx) eller spara tabellen som CSV.';
  }
  if (/^[[{]\s*["{[\]]/.test(start)) {
    return /"type"\s*:\s*"(FeatureCollection|Feature)"/.test(head)
      ? 'filen är GeoJSON, inte en tabell med avgränsare. Byt filändelse till .geojson och läs in den igen.'
      : 'filen är JSON, inte en tabell med avgränsare. Spara data som CSV med en rubrikrad (t.ex. Datum;Brottskategori;X;Y).';
  }
  return null;
}

/** NUL bytes or many control characters do not occur in text exports. */
function isBinary(head: string): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > Math.max(2, head.length * 0.01);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
