/**
 * Char-code readers for the forms a police export writes in nearly every
 * row. Each returns NOT_FAST for anything else, and the caller then hands the
 * decoded field to the general parser: these decide only the easy cases and
 * give exactly what the general parsers give for them.
 */
export const NOT_FAST = -0x7fffffff;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MAX_DIGITS = 15;

/**
 * `-?digits([,.]digits)?`, at most 15 digits: "6580871,3". The integer of all
 * digits divided by a power of ten is correctly rounded (both are exact
 * doubles), so the value equals Number("6580871.3") bit for bit.
 * Returns NaN when the field is not of this form.
 */
export function fastNumber(b: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (i < end && b[i] === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let seenMark = false;
  for (; i < end; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (seenMark) decimals++;
    } else if ((c === 44 || c === 46) && !seenMark && digits > 0) {
      seenMark = true;
    } else return NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || (seenMark && decimals === 0)) return NaN;
  const value = decimals === 0 ? mantissa : mantissa / POW10[decimals];
  return negative ? -value : value;
}

function digit(c: number): number {
  return c - 48;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Days from 1970-01-01 in the proleptic Gregorian calendar (as Date.UTC counts them). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "YYYY-MM-DD" for a real date in 1900–2999, as a day number; otherwise NOT_FAST. */
export function fastIsoDay(b: Uint8Array, s: number, end: number): number {
  if (end - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return NOT_FAST;
  for (let j = 0; j < 8; j++) if (!isDigit(b[s + DATE_DIGITS[j]])) return NOT_FAST;
  const y = digit(b[s]) * 1000 + digit(b[s + 1]) * 100 + digit(b[s + 2]) * 10 + digit(b[s + 3]);
  const m = digit(b[s + 5]) * 10 + digit(b[s + 6]);
  const d = digit(b[s + 8]) * 10 + digit(b[s + 9]);
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return NOT_FAST;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1])) return NOT_FAST;
  return daysFromCivil(y, m, d);
}

/** "HH:MM" with a real time of day, as minutes after midnight; otherwise NOT_FAST. */
export function fastHhMm(b: Uint8Array, s: number, end: number): number {
  if (end - s !== 5 || b[s + 2] !== 58) return NOT_FAST;
  const c0 = b[s];
  const c1 = b[s + 1];
  const c3 = b[s + 3];
  const c4 = b[s + 4];
  if (!isDigit(c0) || !isDigit(c1) || !isDigit(c3) || !isDigit(c4)) return NOT_FAST;
  const h = digit(c0) * 10 + digit(c1);
  const min = digit(c3) * 10 + digit(c4);
  return h < 24 && min < 60 ? h * 60 + min : NOT_FAST;
}

/**
 * The length of the valid UTF-8 sequence starting at `i` (a byte ≥ 0x80), or
 * 0 when it is invalid: the same sequences a fatal TextDecoder rejects
 * (stray continuation bytes, overlong forms, surrogates, beyond U+10FFFF).
 */
export function utf8SequenceLength(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  const need =
    c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (need === 0 || i + need > end) return 0;
  for (let k = 1; k < need; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  const c1 = b[i + 1];
  if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0)) return 0;
  if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90)) return 0;
  return need;
}
