import { categoryLookup, lookupCategory, type CategoryOverrides } from './categoryMapping';
import { CRS_LABELS, pointsToWgs84, projector, type CrsCode } from './crs';
import { readDelimitedRecords, type QuoteTrouble } from './csvRecords';
import {
  detectColumnsExplained,
  FIELD_LABELS,
  type ColumnDetection,
  type ColumnMapping,
  type OffenceField,
} from './detectColumns';
import { describeUnrecognised, guessCoordinates } from './detectCrs';
import { guessDelimiter, type Delimiter } from './guessDelimiter';
import { ImportError, ProblemLog, type RowProblem } from './importProblem';
import {
  coordinateMessage,
  dateMessage,
  fieldCountMessage,
  outsideSwedenMessage,
  quoteMessage,
  timeWarning,
} from './offenceRowMessages';
import {
  allocateOffenceTable,
  StringInterner,
  trimOffenceTable,
  UNKNOWN_CATEGORY,
  UNKNOWN_MINUTE,
  type OffenceTable,
} from './offenceTable';
import {
  findCombinedCoordinates,
  withSplitCoordinates,
  type CombinedCoordinates,
} from './combinedCoordinates';
import { dateOrderEvidence, decideDateOrder } from './dateOrder';
import { parseDateTime, parseTimeOfDay, type DateOptions, type DateOrder } from './parseDateTime';
import { DuplicateRows } from './duplicateRows';
import { parseLocaleNumber } from './parseNumber';
import { whyNotDelimitedText } from './sniffText';
import { shortenValue } from './shortenValue';
import { isInSweden } from './swedenBounds';
import { FRAME_SAMPLE, findHeaderIndex, isShortRow, lineRange, rowThreshold } from './tableFrame';

export interface OffenceImportOptions {
  mapping?: ColumnMapping;
  crs?: CrsCode;
  /** Swap which coordinate column is east; overrides detection. */
  eastColumn?: 0 | 1;
  /** Overrides delimiter detection. */
  delimiter?: Delimiter;
  /** The user's category mapping (raw value → category index); wins over the defaults. */
  categoryMapping?: CategoryOverrides;
  /** Called after every chunk of at most about 1 MB, and with 1 at the end. */
  onProgress?: (fraction: number) => void;
  /** Leave out rows that repeat an earlier row with the same ärendenummer (see `duplicates`). */
  dropDuplicates?: boolean;
  /** How to read dates written with slashes; overrides the evidence in the file. */
  dateOrder?: DateOrder;
}

export interface OffenceImportResult {
  table: OffenceTable;
  delimiter: Delimiter;
  header: string[];
  mapping: ColumnMapping;
  crs: CrsCode;
  eastColumn: 0 | 1;
  /** The coordinate system, what it was detected from (columns, value ranges), in Swedish. */
  detectedText: string;
  /** Which column is used for what and anything noteworthy about the header, in Swedish. */
  columnsText: string;
  /** Rows that could not be used (the first 1000); `row` is the line where the record starts. */
  problems: RowProblem[];
  problemCount: number;
  /** Rows that were loaded with a remark, e.g. a time that does not exist. Not in `problems`. */
  warnings: RowProblem[];
  warningCount: number;
  /** Raw category values that map to no category, with counts; their rows are kept. */
  unknownCategories: Map<string, number>;
  /** Every distinct raw category value: [value, rows, category index or UNKNOWN_CATEGORY], most rows first. */
  categoryValues: [string, number, number][];
  rowsWithoutTime: number;
  /**
   * Rows equal in every field to an earlier row with the same ärendenummer,
   * as when two overlapping exports are pasted together; kept unless
   * `dropDuplicates`. Null when the file has no ärendenummer column.
   */
  duplicates: DuplicateReport | null;
}

export interface DuplicateReport {
  count: number;
  dropped: boolean;
  /** The first repeat: its line and the line it repeats, with the ärendenummer. */
  example: { id: string; line: number; firstLine: number } | null;
}

/** Rows read before the columns are decided, so detection can look at values too. */
const DETECTION_SAMPLE = 200;

interface PendingRecord {
  fields: string[];
  line: number;
  trouble: QuoteTrouble;
}

/** Raw coordinates before the system is known: it is guessed from all values at the end. */
interface RawCoords {
  a: Float64Array;
  b: Float64Array;
  line: Int32Array;
}

/**
 * Reads a delimited offence export (police "Status" style or any table with
 * date, category and two coordinate columns) into an OffenceTable. Unusable
 * rows are listed with their line and a Swedish message, never dropped
 * silently; the rest loads. Whole-file problems throw ImportError.
 */
export function parseOffencesCsv(
  text: string,
  fileName: string,
  options: OffenceImportOptions = {},
): OffenceImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const notTable = whyNotDelimitedText(body);
  if (notTable) throw new ImportError(fileName, notTable);
  const delimiter = options.delimiter ?? guessDelimiter(body);
  const capacity = Math.max(1024, Math.ceil(body.length / 40));
  const table = allocateOffenceTable(capacity);
  const raw: RawCoords = {
    a: new Float64Array(capacity),
    b: new Float64Array(capacity),
    line: new Int32Array(capacity),
  };
  const types = new StringInterner();
  const streets = new StringInterner();
  const lookup = categoryLookup(options.categoryMapping);
  const unknownCategories = new Map<string, number>();
  // One lookup per distinct value, not per row: exports repeat a handful of category names.
  const categoryValues = new Map<string, { category: number; count: number }>();
  const log = new ProblemLog(fileName);
  const warnings = new ProblemLog(fileName);
  const duplicates = new DuplicateRows();
  let header: string[] | null = null;
  let detection: ColumnDetection | null = null;
  const pending: PendingRecord[] = [];
  /** Whether any time came from the date column, and whether all of those were midnight. */
  const clockInDate = { seen: false, midnightOnly: true };

  const decideColumns = (h: string[]): ColumnDetection => {
    const found = options.mapping
      ? { mapping: options.mapping, notes: [], coordinatesFrom: 'names' as const }
      : detectColumnsExplained(
          h,
          pending.map((p) => p.fields),
        );
    if (looksLikeData(h)) {
      throw new ImportError(
        fileName,
        `första raden (${h.join(', ')}) ser ut som data, inte som rubriker. ` +
          'Lägg till en rubrikrad överst, t.ex. Datum;Klockslag;Brottskategori;X;Y.',
      );
    }
    const m = found.mapping;
    const missing: OffenceField[] = (['date', 'coordA', 'coordB'] as const).filter(
      (f) => m[f] === undefined,
    );
    if (m.category === undefined && m.type === undefined) missing.splice(1, 0, 'category');
    if (missing.length > 0) throw new ImportError(fileName, missingColumnsMessage(h, missing));
    if (pending.length === 0) {
      throw new ImportError(
        fileName,
        'filen har bara en rubrikrad och inga rader med brott. Kontrollera att exporten fick med data.',
      );
    }
    return found;
  };

  const readRecord = (fields: string[], line: number, trouble: QuoteTrouble) => {
    const h = header as string[];
    const m = (detection as ColumnDetection).mapping;
    if (trouble) {
      log.add(line, quoteMessage(line, trouble));
      return;
    }
    if (fields.length > h.length && fields.slice(h.length).every((f) => f.trim() === '')) {
      fields = fields.slice(0, h.length); // Excel writes trailing empty fields; they carry nothing
    }
    if (fields.length !== h.length) {
      log.add(line, fieldCountMessage(fields, h.length, delimiter));
      return;
    }
    const field = (f: OffenceField) => {
      const i = m[f];
      return i === undefined ? '' : fields[i];
    };
    if (
      m.id !== undefined &&
      duplicates.isRepeat(fields, field('id').trim(), line) &&
      options.dropDuplicates
    ) {
      return;
    }
    const date = parseDateTime(field('date'), dateOptions);
    if (!date.ok) {
      log.add(line, dateMessage(field('date').trim(), date.reason));
      return;
    }
    const a = parseLocaleNumber(field('coordA'));
    const b = parseLocaleNumber(field('coordB'));
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      log.add(line, coordinateMessage(field('coordA'), field('coordB'), coordinateNames(h, m)));
      return;
    }
    const i = table.count;
    if (i === table.e.length) growAll(table, raw);
    table.day[i] = date.day;
    table.minute[i] = minuteOf(field('time'), m.time !== undefined, date, line);
    const rawCategory = (m.category !== undefined ? field('category') : field('type')).trim();
    let seen = categoryValues.get(rawCategory);
    if (!seen) {
      seen = { category: lookupCategory(lookup, rawCategory), count: 0 };
      categoryValues.set(rawCategory, seen);
    }
    seen.count++;
    const category = seen.category;
    if (category === UNKNOWN_CATEGORY) {
      unknownCategories.set(rawCategory, (unknownCategories.get(rawCategory) ?? 0) + 1);
    }
    table.category[i] = category;
    table.typeIndex[i] = types.code(field('type').trim());
    table.streetIndex[i] = streets.code(field('street').trim());
    raw.a[i] = a;
    raw.b[i] = b;
    raw.line[i] = line;
    table.count++;
  };

  /** The time column wins; otherwise a time inside the date value is used. */
  const minuteOf = (
    timeText: string,
    hasTimeColumn: boolean,
    date: { minute: number; timeInvalid: boolean },
    line: number,
  ): number => {
    const time = hasTimeColumn ? parseTimeOfDay(timeText) : 'empty';
    if (typeof time === 'number') return time;
    if (time === 'invalid') {
      warnings.add(line, timeWarning(timeText.trim()));
      return UNKNOWN_MINUTE;
    }
    if (date.timeInvalid) warnings.add(line, timeWarning(''));
    if (date.minute !== UNKNOWN_MINUTE) {
      clockInDate.seen = true;
      if (date.minute !== 0) clockInDate.midnightOnly = false;
    }
    return date.minute;
  };

  const dateOptions: DateOptions = { serial: true };
  const startRows = () => {
    combined =
      options.mapping?.coordA !== undefined && options.mapping.coordA < (header as string[]).length
        ? null
        : findCombinedCoordinates(
            header as string[],
            pending.map((p) => p.fields),
          );
    if (combined) {
      const c = combined;
      header = [...(header as string[]), ...c.names];
      for (const p of pending) p.fields = withSplitCoordinates(p.fields, c);
      frameNotes.push(
        c.kind === 'wkt'
          ? `koordinaterna läses ur WKT-kolumnen "${(header as string[])[c.column]}"`
          : `koordinaterna läses ur kolumnen "${(header as string[])[c.column]}", där båda står i samma cell`,
      );
    }
    detection = decideColumns(header as string[]);
    const dateColumn = detection.mapping.date as number;
    const evidence = dateOrderEvidence(pending.map((p) => p.fields[dateColumn] ?? ''));
    const decided = decideDateOrder(evidence, options.dateOrder, fileName);
    if (decided) {
      dateOptions.order = decided.order;
      frameNotes.push(decided.note);
    }
    for (const p of pending) readRecord(p.fields, p.line, p.trouble);
    pending.length = 0;
  };

  /** The first records, held until the header row is found (below a title block, after "sep=;"). */
  const frame: PendingRecord[] = [];
  let threshold = 2;
  /** Rows with too few values, held: between rows they are refused as usual, at the end they are a footer. */
  const short: PendingRecord[] = [];
  const onRecord = (fields: string[], line: number, trouble: QuoteTrouble) => {
    if (!header) {
      frame.push({ fields, line, trouble });
      if (frame.length === FRAME_SAMPLE) settleHeader();
      return;
    }
    if (!trouble && isShortRow(fields, threshold)) {
      short.push({ fields, line, trouble });
      return;
    }
    for (const s of short.splice(0)) onRow(s.fields, s.line, s.trouble);
    onRow(fields, line, trouble);
  };
  let combined: CombinedCoordinates | null = null;
  const onRow = (fields: string[], line: number, trouble: QuoteTrouble) => {
    if (detection)
      readRecord(combined ? withSplitCoordinates(fields, combined) : fields, line, trouble);
    else {
      pending.push({ fields, line, trouble });
      if (pending.length === DETECTION_SAMPLE) startRows();
    }
  };
  const frameNotes: string[] = [];
  const settleHeader = () => {
    threshold = rowThreshold(frame);
    const at = findHeaderIndex(frame, threshold);
    const { fields, line, trouble } = frame[at];
    if (trouble) throw new ImportError(fileName, quoteMessage(line, trouble));
    if (at > 0)
      frameNotes.push(
        `${lineRange(frame[0].line, line - 1)} före rubrikraden (rad ${line}) hoppades över`,
      );
    header = fields.map((f) => f.trim());
    for (const r of frame.splice(0).slice(at + 1)) onRecord(r.fields, r.line, r.trouble);
  };
  readDelimitedRecords(body, delimiter, onRecord, options.onProgress);
  if (!header && frame.length > 0) settleHeader();
  if (short.length > 0 && pending.length + table.count + log.total === 0) {
    // No data row after them: they were the table's only rows, and are judged as rows.
    for (const s of short.splice(0)) onRow(s.fields, s.line, s.trouble);
  } else if (short.length > 0) {
    frameNotes.push(
      `${lineRange(short[0].line, short[short.length - 1].line)} efter tabellen (t.ex. "${shortenValue(short[0].fields.filter((f) => f.trim() !== '').join(' '), 40)}") lästes inte som brott`,
    );
  }
  if (!header)
    throw new ImportError(
      fileName,
      'filen saknar rubrikrad. Lägg till en rubrikrad, t.ex. Datum;Brottskategori;X;Y.',
    );
  if (!detection) startRows();
  const h: string[] = header;
  const { mapping, notes } = detection as unknown as ColumnDetection;
  notes.push(...frameNotes);
  if (table.count === 0) {
    throw new ImportError(
      fileName,
      `ingen rad kunde användas (${log.total} fel). Första felet, rad ${log.items[0]?.row}: ${log.items[0]?.message}`,
    );
  }

  const names = coordinateNames(h, mapping);
  const sampleA = sample(raw.a, table.count);
  const sampleB = sample(raw.b, table.count);
  const guess = guessCoordinates(sampleA, sampleB, names);
  const crs = options.crs ?? guess?.crs;
  if (!crs) {
    throw new ImportError(
      fileName,
      `koordinatsystemet känns inte igen: ${describeUnrecognised(sampleA, sampleB, names)}. ` +
        'Kontrollera att rätt kolumner används som koordinater, eller välj koordinatsystem för filen.',
    );
  }
  const eastColumn = options.eastColumn ?? guess?.eastColumn ?? 0;
  const projected = project(table, raw, crs, eastColumn, log);
  if (clockInDate.seen && clockInDate.midnightOnly && mapping.time === undefined) {
    // Excel stores a plain date as "2024-03-05 00:00:00": midnight everywhere means no time at all.
    projected.minute.fill(UNKNOWN_MINUTE);
    notes.push('alla tider i datumkolumnen är 00:00, så filen räknas som utan klockslag');
  }
  if (mapping.category === undefined)
    notes.push('ingen kolumn för brottskategori; brottstypen avgör kategorin');
  options.onProgress?.(1);
  return {
    table: trimOffenceTable({ ...projected, types: types.values, streets: streets.values }),
    delimiter,
    header: h,
    mapping,
    crs,
    eastColumn,
    detectedText:
      options.crs || !guess ? `${CRS_LABELS[crs]} (${crs}): valt av användaren` : guess.explanation,
    columnsText: describeColumns(h, mapping, notes),
    problems: log.items,
    problemCount: log.total,
    warnings: warnings.items,
    warningCount: warnings.total,
    unknownCategories,
    categoryValues: [...categoryValues]
      .map(([value, v]): [string, number, number] => [value, v.count, v.category])
      .sort((a, b) => b[1] - a[1]),
    rowsWithoutTime: countUnknownMinutes(projected),
    duplicates:
      mapping.id === undefined ? null : duplicates.report(options.dropDuplicates === true),
  };
}

/** A first row with dates or numbers where names belong: the export has no header row. */
function looksLikeData(header: string[]): boolean {
  return (
    header.filter((h) => parseDateTime(h).ok || Number.isFinite(parseLocaleNumber(h))).length >= 2
  );
}

function missingColumnsMessage(header: string[], missing: OffenceField[]): string {
  return (
    `hittar inga kolumner för ${missing.map((f) => FIELD_LABELS[f]).join(', ')} i rubrikraden ` +
    `(${header.join(', ')}). Byt namn på kolumnerna (t.ex. Datum, Brottskategori, X, Y) ` +
    'eller ange vilka kolumner som ska användas.'
  );
}

function coordinateNames(header: string[], m: ColumnMapping): [string, string] {
  return [header[m.coordA ?? -1] ?? 'koordinat 1', header[m.coordB ?? -1] ?? 'koordinat 2'];
}

const DESCRIBED: OffenceField[] = [
  'id',
  'date',
  'time',
  'category',
  'type',
  'street',
  'coordA',
  'coordB',
];

/** Shared with the fast path (fastCsv/finishImport), which must give the same result. */
export function describeColumns(header: string[], m: ColumnMapping, notes: string[]): string {
  const used = DESCRIBED.flatMap((f) => {
    const i = m[f];
    return i === undefined ? [] : [`${FIELD_LABELS[f]} = "${header[i]}" (kolumn ${i + 1})`];
  });
  return [used.join(', '), ...notes].join('; ');
}

/** Shared with the fast path (fastCsv/finishImport), which must give the same result. */
export function countUnknownMinutes(t: OffenceTable): number {
  let n = 0;
  for (let i = 0; i < t.count; i++) if (t.minute[i] === UNKNOWN_MINUTE) n++;
  return n;
}

/** Shared with the fast path (fastCsv/finishImport), which must give the same result. */
export function sample(values: Float64Array, count: number): number[] {
  const step = Math.max(1, Math.floor(count / 2000));
  const out: number[] = [];
  for (let i = 0; i < count; i += step) out.push(values[i]);
  return out;
}

/** Reprojects once at load; rows landing outside Sweden are reported, with a hint when swapping fits. */
function project(
  table: OffenceTable,
  raw: RawCoords,
  crs: CrsCode,
  eastColumn: 0 | 1,
  log: ProblemLog,
): OffenceTable {
  const toWgs = crs === 'EPSG:4326' ? null : pointsToWgs84(crs);
  const toTm = crs === 'EPSG:3006' ? null : projector('EPSG:4326', 'EPSG:3006');
  const lonLat = (east: number, north: number) =>
    toWgs ? toWgs.forward([east, north]) : [east, north];
  let kept = 0;
  for (let i = 0; i < table.count; i++) {
    const east = eastColumn === 0 ? raw.a[i] : raw.b[i];
    const north = eastColumn === 0 ? raw.b[i] : raw.a[i];
    const [lon, lat] = lonLat(east, north);
    if (!isInSweden(lon, lat)) {
      const [sLon, sLat] = lonLat(north, east);
      // A SWEREF file with a few rows pasted from a map app: degrees where metres belong.
      const degrees = crs !== 'EPSG:4326' && (isInSweden(east, north) || isInSweden(north, east));
      log.add(
        raw.line[i],
        outsideSwedenMessage(east, north, CRS_LABELS[crs], isInSweden(sLon, sLat), degrees),
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
  const grow = <
    T extends Float64Array | Int32Array | Int16Array | Uint8Array | Uint16Array | Uint32Array,
  >(
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
  raw.line = grow(raw.line);
}
