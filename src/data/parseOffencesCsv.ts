import Papa from 'papaparse';
import { parseIsoDate } from '../analysis/isoWeek';
import { CRS_LABELS, projector, type CrsCode } from './crs';
import { defaultCategoryLookup, lookupCategory } from './categoryMapping';
import { detectColumns, FIELD_LABELS, type ColumnMapping, type OffenceField } from './detectColumns';
import { guessCoordinates } from './detectCrs';
import { guessDelimiter, type Delimiter } from './guessDelimiter';
import { ImportError, ProblemLog, type RowProblem } from './importProblem';
import {
  allocateOffenceTable,
  StringInterner,
  trimOffenceTable,
  UNKNOWN_CATEGORY,
  UNKNOWN_MINUTE,
  type OffenceTable,
} from './offenceTable';
import { parseLocaleNumber } from './parseNumber';
import { isInSweden } from './swedenBounds';

export interface OffenceImportOptions {
  mapping?: ColumnMapping;
  crs?: CrsCode;
  /** Swap which coordinate column is east; overrides detection. */
  eastColumn?: 0 | 1;
  onProgress?: (fraction: number) => void;
}

export interface OffenceImportResult {
  table: OffenceTable;
  delimiter: Delimiter;
  header: string[];
  mapping: ColumnMapping;
  crs: CrsCode;
  eastColumn: 0 | 1;
  /** What was detected, in Swedish, to show the user. */
  detectedText: string;
  problems: RowProblem[];
  problemCount: number;
  unknownCategories: Map<string, number>;
  rowsWithoutTime: number;
}

const REQUIRED: OffenceField[] = ['date', 'category', 'coordA', 'coordB'];

function parseMinute(text: string): number {
  const m = /^(\d{1,2})[:.]?(\d{2})/.exec(text.trim());
  if (!m) return UNKNOWN_MINUTE;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : UNKNOWN_MINUTE;
}

/** Raw rows before the coordinate system is known: it is guessed from all values at the end. */
interface RawCoords {
  a: Float64Array;
  b: Float64Array;
  row: Int32Array;
}

/**
 * Reads a delimited offence export (police "Status" style or any table with
 * date, category and two coordinate columns) into an OffenceTable. Unusable
 * rows are listed, never dropped silently; the rest loads.
 */
export function parseOffencesCsv(
  text: string,
  fileName: string,
  options: OffenceImportOptions = {},
): OffenceImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError(fileName, 'filen är tom. Välj en fil med brottsdata.');
  const delimiter = guessDelimiter(body);
  const capacity = Math.max(1024, Math.ceil(body.length / 40));
  const table = allocateOffenceTable(capacity);
  const raw: RawCoords = {
    a: new Float64Array(capacity),
    b: new Float64Array(capacity),
    row: new Int32Array(capacity),
  };
  const types = new StringInterner();
  const streets = new StringInterner();
  const lookup = defaultCategoryLookup();
  const unknownCategories = new Map<string, number>();
  const log = new ProblemLog(fileName);
  const state: { header: string[] | null; mapping: ColumnMapping; finished: boolean } = {
    header: null,
    mapping: {},
    finished: false,
  };
  let record = 0;
  let rowsWithoutTime = 0;

  const readRow = (fields: string[]) => {
    record++;
    const { header } = state;
    if (!header) {
      const names = fields.map((f) => f.trim());
      const mapping = options.mapping ?? detectColumns(names);
      state.header = names;
      state.mapping = mapping;
      const missing = REQUIRED.filter((f) => mapping[f] === undefined);
      if (missing.length > 0) {
        throw new ImportError(
          fileName,
          `hittar inga kolumner för ${missing.map((f) => FIELD_LABELS[f]).join(', ')} i rubrikraden ` +
            `(${names.join(', ')}). Ange vilka kolumner som ska användas.`,
        );
      }
      return;
    }
    if (fields.length !== header.length) {
      log.add(
        record,
        `raden har ${fields.length} fält men rubrikraden har ${header.length}. Kontrollera avgränsare och citattecken.`,
      );
      return;
    }
    const field = (f: OffenceField) => {
      const i = state.mapping[f];
      return i === undefined ? '' : (fields[i] ?? '');
    };
    const day = parseIsoDate(field('date'));
    if (day === null) {
      log.add(record, `datumet "${field('date')}" går inte att tolka; ange ÅÅÅÅ-MM-DD.`);
      return;
    }
    const a = parseLocaleNumber(field('coordA'));
    const b = parseLocaleNumber(field('coordB'));
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      log.add(record, `koordinaterna "${field('coordA')}", "${field('coordB')}" är inte tal.`);
      return;
    }
    const i = table.count;
    if (i === table.e.length) growAll(table, raw);
    table.day[i] = day;
    const minute = parseMinute(field('time'));
    if (minute === UNKNOWN_MINUTE) rowsWithoutTime++;
    table.minute[i] = minute;
    const rawCategory = field('category').trim();
    const cat = lookupCategory(lookup, rawCategory);
    if (cat === UNKNOWN_CATEGORY) {
      unknownCategories.set(rawCategory, (unknownCategories.get(rawCategory) ?? 0) + 1);
    }
    table.category[i] = cat;
    table.typeIndex[i] = types.code(field('type').trim());
    table.streetIndex[i] = streets.code(field('street').trim());
    raw.a[i] = a;
    raw.b[i] = b;
    raw.row[i] = record;
    table.count++;
  };

  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: true,
    chunkSize: 1 << 20,
    chunk(results: Papa.ParseResult<string[]>) {
      for (const fields of results.data) readRow(fields);
      options.onProgress?.(Math.min(1, results.meta.cursor / body.length));
    },
    complete() {
      state.finished = true;
    },
  });
  const { header, mapping } = state;
  // Papa parses strings synchronously; anything else would leave the table half-filled.
  if (!state.finished) throw new Error('papaparse did not finish synchronously');
  if (!header) throw new ImportError(fileName, 'filen saknar rubrikrad.');
  if (table.count === 0) {
    throw new ImportError(
      fileName,
      `ingen rad kunde användas (${log.total} fel). Första felet: ${log.items[0]?.message ?? 'okänt'}`,
    );
  }

  const sampleA = sample(raw.a, table.count);
  const sampleB = sample(raw.b, table.count);
  const guess = guessCoordinates(sampleA, sampleB);
  const crs = options.crs ?? guess?.crs;
  if (!crs) {
    throw new ImportError(
      fileName,
      'koordinatsystemet känns inte igen (varken WGS 84, SWEREF 99 TM eller SWEREF 99 18 00). Välj koordinatsystem för filen.',
    );
  }
  const eastColumn = options.eastColumn ?? guess?.eastColumn ?? 0;
  const projected = project(table, raw, crs, eastColumn, log);
  return {
    table: trimOffenceTable({ ...projected, types: types.values, streets: streets.values }),
    delimiter,
    header,
    mapping,
    crs,
    eastColumn,
    detectedText: `${CRS_LABELS[crs]}, ${guess?.explanation ?? 'valt av användaren'}`,
    problems: log.items,
    problemCount: log.total,
    unknownCategories,
    rowsWithoutTime,
  };
}

function sample(values: Float64Array, count: number): number[] {
  const step = Math.max(1, Math.floor(count / 2000));
  const out: number[] = [];
  for (let i = 0; i < count; i += step) out.push(values[i]);
  return out;
}

/** Reprojects once at load; rows landing outside Sweden are reported as a probable wrong system. */
function project(
  table: OffenceTable,
  raw: RawCoords,
  crs: CrsCode,
  eastColumn: 0 | 1,
  log: ProblemLog,
): OffenceTable {
  const toWgs = crs === 'EPSG:4326' ? null : projector(crs, 'EPSG:4326');
  const toTm = crs === 'EPSG:3006' ? null : projector('EPSG:4326', 'EPSG:3006');
  let kept = 0;
  for (let i = 0; i < table.count; i++) {
    const east = eastColumn === 0 ? raw.a[i] : raw.b[i];
    const north = eastColumn === 0 ? raw.b[i] : raw.a[i];
    const [lon, lat] = toWgs ? toWgs.forward([east, north]) : [east, north];
    if (!isInSweden(lon, lat)) {
      log.add(
        raw.row[i],
        `punkten (${east}, ${north}) hamnar utanför Sverige i ${CRS_LABELS[crs]}. Fel koordinatsystem eller förväxlade kolumner?`,
      );
      continue;
    }
    const [e, n] = toTm ? toTm.forward([lon, lat]) : [east, north];
    copyRow(table, i, kept);
    table.lon[kept] = lon;
    table.lat[kept] = lat;
    table.e[kept] = e;
    table.n[kept] = n;
    kept++;
  }
  table.count = kept;
  return table;
}

function copyRow(t: OffenceTable, from: number, to: number): void {
  if (from === to) return;
  t.day[to] = t.day[from];
  t.minute[to] = t.minute[from];
  t.category[to] = t.category[from];
  t.typeIndex[to] = t.typeIndex[from];
  t.streetIndex[to] = t.streetIndex[from];
}

function growAll(table: OffenceTable, raw: RawCoords): void {
  const grow = <T extends Float64Array | Int32Array | Int16Array | Uint8Array | Uint16Array | Uint32Array>(
    a: T,
  ): T => {
    const next = new (a.constructor as new (n: number) => T)(a.length * 2);
    next.set(a);
    return next;
  };
  table.e = grow(table.e);
  table.n = grow(table.n);
  table.lon = grow(table.lon);
  table.lat = grow(table.lat);
  table.day = grow(table.day);
  table.minute = grow(table.minute);
  table.category = grow(table.category);
  table.typeIndex = grow(table.typeIndex);
  table.streetIndex = grow(table.streetIndex);
  raw.a = grow(raw.a);
  raw.b = grow(raw.b);
  raw.row = grow(raw.row);
}
