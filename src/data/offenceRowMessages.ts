import type { DateFailure } from './parseDateTime';
import { countOutsideQuotes, DELIMITER_NAMES, type Delimiter } from './guessDelimiter';

/**
 * The Swedish wording of per-row problems in an offence table. Each says
 * what is wrong with the row's own values and what to do about it; the file
 * and line are added by whoever shows the message (see formatProblem).
 */
const DATE_EXAMPLE = 'Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2024-03-05';

export function dateMessage(value: string, reason: DateFailure): string {
  switch (reason) {
    case 'empty':
      return 'datum saknas. Fyll i datumet (ÅÅÅÅ-MM-DD) eller ta bort raden.';
    case 'calendar':
      return `datumet "${value}" finns inte i kalendern. Rätta datumet i filen.`;
    case 'ambiguous':
      return (
        `datumet "${value}" kan vara dag/månad eller månad/dag. ${DATE_EXAMPLE} ` +
        '(i Excel: Formatera celler → Anpassat → ÅÅÅÅ-MM-DD).'
      );
    case 'format':
      return `datumet "${value}" går inte att tolka. ${DATE_EXAMPLE}.`;
  }
}

export function timeWarning(value: string): string {
  return `klockslaget "${value}" finns inte; raden läses in utan klockslag. Skriv klockslag som TT:MM (00:00–23:59).`;
}

export function coordinateMessage(a: string, b: string, names: [string, string]): string {
  if (a.trim() === '' && b.trim() === '') {
    return `koordinater saknas, så raden kan inte placeras på kartan. Fyll i "${names[0]}" och "${names[1]}" eller ta bort raden.`;
  }
  return (
    `koordinaterna "${a}" och "${b}" ("${names[0]}", "${names[1]}") är inte tal. ` +
    'Skriv dem med siffror, t.ex. 6580120,5, och utan enheter.'
  );
}

export function quoteMessage(line: number, trouble: 'unclosed' | 'malformed'): string {
  return trouble === 'unclosed'
    ? `ett citattecken (") som börjar på rad ${line} stängs aldrig, så resten av filen blev ett enda fält. ` +
        'Lägg till det avslutande citattecknet eller ta bort det, och läs in filen igen.'
    : 'raden har ett citattecken (") mitt i ett fält. Dubblera citattecken inuti citerade fält ("") eller ta bort dem.';
}

const PREVIEW_CHARS = 60;

export function fieldCountMessage(
  fields: string[],
  expected: number,
  delimiter: Delimiter,
): string {
  const raw = fields.join(delimiter);
  const preview = raw.length > PREVIEW_CHARS ? `${raw.slice(0, PREVIEW_CHARS)}…` : raw;
  const hints: string[] = [];
  const other = (Object.keys(DELIMITER_NAMES) as Delimiter[]).find(
    (d) => d !== delimiter && countOutsideQuotes(raw, d) + 1 === expected,
  );
  if (other) {
    hints.push(
      `Raden verkar använda ${DELIMITER_NAMES[other]} som avgränsare, men filen använder ${DELIMITER_NAMES[delimiter]}.`,
    );
  } else if (delimiter === ',' && fields.length > expected) {
    hints.push(
      'Tal med decimalkomma måste stå inom citattecken i en kommaavgränsad fil; spara hellre filen som semikolonavgränsad.',
    );
  }
  return (
    `raden har ${fields.length} fält men rubrikraden har ${expected}. ${hints.join(' ')}${hints.length ? ' ' : ''}` +
    `Kontrollera avgränsare och citattecken på raden (den börjar "${preview}").`
  );
}

export function outsideSwedenMessage(
  east: number,
  north: number,
  crsLabel: string,
  swappedFits: boolean,
  looksWgs84 = false,
): string {
  const hint = looksWgs84
    ? 'Värdena ser ut som WGS 84 (longitud/latitud i grader) medan filen i övrigt har ' +
      `${crsLabel}: skriv om raden i samma system som resten av filen.`
    : swappedFits
      ? 'Koordinaterna verkar ha bytt plats på den här raden: byt plats på dem i filen.'
      : 'Kontrollera koordinaterna på raden (fel värde, eller fel koordinatsystem för hela filen).';
  return `punkten (${east}, ${north}) hamnar utanför Sverige i ${crsLabel}. ${hint}`;
}
