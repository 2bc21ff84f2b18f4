import { ImportError } from './importProblem';
import type { DateOrder } from './parseDateTime';

const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-]\d{4}\b/;

export interface DateOrderEvidence {
  /** A value whose first number is above 12 (so the day is first), or null. */
  dayFirst: string | null;
  /** A value whose second number is above 12 (so the month is first), or null. */
  monthFirst: string | null;
  /** Up to three slashed values that fit both readings. */
  either: string[];
  slashed: number;
  /** Non-empty values looked at. */
  values: number;
}

/** What the date values say about day/month order: a day above 12 settles it. */
export function dateOrderEvidence(values: string[]): DateOrderEvidence {
  const e: DateOrderEvidence = {
    dayFirst: null,
    monthFirst: null,
    either: [],
    slashed: 0,
    values: 0,
  };
  for (const v of values) {
    if (v.trim() !== '') e.values++;
    const m = SLASHED.exec(v.trim());
    if (!m) continue;
    e.slashed++;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) e.dayFirst ??= v.trim();
    else if (b > 12 && a <= 12) e.monthFirst ??= v.trim();
    else if (e.either.length < 3 && !e.either.includes(v.trim())) e.either.push(v.trim());
  }
  return e;
}

/**
 * Thrown when the dates are written with slashes and nothing in the file
 * says whether the day or the month comes first: the user is asked, with the
 * dates that fit both, and the file is read again with `ImportOptions.dateOrder`.
 */
export class DateOrderNeededError extends ImportError {
  readonly needsDateOrder = true;
}

/**
 * The order to read slashed dates in: the user's, else the file's evidence.
 * Null when no date is slashed, or too few to ask about. Throws DateOrderNeededError (ask) when the
 * evidence is missing, ImportError when it contradicts itself.
 */
export function decideDateOrder(
  e: DateOrderEvidence,
  chosen: DateOrder | undefined,
  fileName: string,
): { order: DateOrder; note: string } | null {
  if (chosen) {
    return {
      order: chosen,
      note: `datum med snedstreck läses som ${chosen === 'dmy' ? 'dag/månad/år' : 'månad/dag/år'}, valt av användaren`,
    };
  }
  if (e.slashed === 0) return null;
  if (e.dayFirst && e.monthFirst) {
    throw new ImportError(
      fileName,
      `datumen är skrivna på två sätt: "${e.dayFirst}" har dagen först och "${e.monthFirst}" har månaden först. ` +
        'Skriv om datumen som ÅÅÅÅ-MM-DD (i Excel: Formatera celler → Anpassat → ÅÅÅÅ-MM-DD) och läs in filen igen.',
    );
  }
  if (e.dayFirst)
    return {
      order: 'dmy',
      note: `datum med snedstreck läses som dag/månad/år ("${e.dayFirst}" har dagen först)`,
    };
  if (e.monthFirst)
    return {
      order: 'mdy',
      note: `datum med snedstreck läses som månad/dag/år ("${e.monthFirst}" har månaden först)`,
    };
  // A few stray slashed dates in an ISO file are refused row by row; a file written that way is asked about.
  if (e.slashed * 2 < e.values) return null;
  throw new DateOrderNeededError(
    fileName,
    `datumen (t.ex. ${e.either.map((v) => `"${v}"`).join(', ')}) kan läsas både som dag/månad/år och som månad/dag/år, ` +
      'och inget datum i filen avgör vilket (ingen dag över 12). Välj datumformat för filen, eller skriv datumen som ÅÅÅÅ-MM-DD.',
  );
}
