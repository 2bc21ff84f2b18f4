/**
 * Parses numbers as Swedish and English exports write them:
 * "6580123,4" and "18,03" (decimal comma), "6 580 123,4" (space, no-break
 * space or narrow no-break space as thousands separator), "6580123.4",
 * "6,580,123.4" and "6.580.123,4" (both marks: the last one is the decimal
 * mark, the other must group digits by three), "−18,03" (Unicode minus).
 * A single comma is always a decimal comma, so "1,234" is 1.234: that is what
 * it means in a Swedish file. Anything else is NaN.
 */
export function parseLocaleNumber(text: string): number {
  const t = text
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^\u2212/, '-');
  if (t === '') return NaN;
  const normalized = normalizeMarks(t);
  if (normalized === null || !/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normalized))
    return NaN;
  return Number(normalized);
}

/** Digits grouped by three with `mark`, up to the decimal mark or the end. */
const grouped = (mark: string, decimal: string | null) =>
  new RegExp(`^[-+]?\\d{1,3}(\\${mark}\\d{3})+${decimal ? `(?=\\${decimal})` : '$'}`);

/** Rewrites to a plain "1234.5" or returns null when the marks are inconsistent. */
function normalizeMarks(t: string): string | null {
  const commas = t.split(',').length - 1;
  const dots = t.split('.').length - 1;
  if (commas === 0 && dots <= 1) return t;
  if (commas === 1 && dots === 0) return t.replace(',', '.');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  // Both marks, or one repeated: the mark that is not the decimal one groups thousands.
  const decimal = commas > 0 && dots > 0 ? (lastComma > lastDot ? ',' : '.') : null;
  const thousands = decimal === ',' ? '.' : decimal === '.' ? ',' : commas > 1 ? ',' : '.';
  if (!grouped(thousands, decimal).test(t)) return null;
  if (decimal !== null && t.split(decimal).length - 1 !== 1) return null;
  const withoutGroups = t.split(thousands).join('');
  return decimal === ',' ? withoutGroups.replace(',', '.') : withoutGroups;
}
