import Papa from 'papaparse';
import { guessDelimiter } from '../guessDelimiter';

export interface IndicatorTable {
  header: string[];
  rows: string[][];
}

/** A column that names the area a row is about: what an indicator table is joined on. */
const NAME_COLUMN = /stadsdel|område|omrade|namn|name|district|^plats$/i;

/** Columns that would make the table a point file instead (Swedish X/Y, lat/lon, E/N). */
const COORDINATE_COLUMN =
  /^(x|y|e|n|lat|lon|lng|long|latitud|longitud|latitude|longitude|easting|northing|nord|öst|ost)$|koordinat/i;

/**
 * Reads a delimited table as an indicator table (survey results, counts per
 * stadsdel) when it looks like one: a header with an area-name column, no
 * coordinate column, and at least one row. Otherwise null, and the caller
 * keeps its own error. Deliberately simple; the user can change the role.
 */
export function readIndicatorTable(text: string): IndicatorTable | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimiter: guessDelimiter(body),
    skipEmptyLines: 'greedy',
  });
  const [first, ...rows] = parsed.data;
  if (!first || rows.length === 0) return null;
  const header = first.map((h) => h.trim());
  if (!header.some((h) => NAME_COLUMN.test(h))) return null;
  if (header.some((h) => COORDINATE_COLUMN.test(h))) return null;
  return { header, rows };
}
