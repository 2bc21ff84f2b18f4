/** The police-export CSV contract the app's importer is written against. */
import { formatDay } from '../../src/analysis/isoWeek';

export const HEADER = [
  'Ärendenummer',
  'Brottsdatum',
  'Klockslag',
  'Brottskategori',
  'Brottstyp',
  'Plats',
  'X-koordinat',
  'Y-koordinat',
];
export const DELIMITER = ';';
export const NEWLINE = '\r\n';

export interface OffenceRow {
  caseNumber: string;
  day: number;
  minute: number;
  category: string;
  type: string;
  plats: string;
  /** SWEREF 99 TM, rounded to 0.1 m. */
  north: number;
  east: number;
}

export function quoteField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Swedish convention: one decimal with a decimal comma. */
export function formatCoordinate(v: number): string {
  return v.toFixed(1).replace('.', ',');
}

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function toCsv(rows: readonly OffenceRow[]): string {
  const lines = [HEADER.join(DELIMITER)];
  for (const r of rows) {
    lines.push(
      [
        r.caseNumber,
        formatDay(r.day),
        formatMinute(r.minute),
        quoteField(r.category),
        quoteField(r.type),
        quoteField(r.plats),
        formatCoordinate(r.north),
        formatCoordinate(r.east),
      ].join(DELIMITER),
    );
  }
  return lines.join(NEWLINE) + NEWLINE;
}
