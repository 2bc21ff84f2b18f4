import { categoryLookup, lookupCategory, type CategoryOverrides } from '../categoryMapping';
import type { ColumnMapping, OffenceField } from '../detectColumns';
import type { Delimiter } from '../guessDelimiter';
import { ProblemLog } from '../importProblem';
import {
  coordinateMessage,
  dateMessage,
  fieldCountMessage,
  timeWarning,
} from '../offenceRowMessages';
import { StringInterner, UNKNOWN_CATEGORY, UNKNOWN_MINUTE } from '../offenceTable';
import { parseDateTime, parseTimeOfDay } from '../parseDateTime';
import { parseLocaleNumber } from '../parseNumber';
import { ByteKeyTable } from './byteKeyTable';
import { fastHhMm, fastIsoDay, fastNumber, NOT_FAST } from './byteValues';
import { fieldDecoder, type FieldDecoder } from './fieldDecoder';
import { DeferredDuplicates } from './deferredDuplicates';
import { RecordKey, type FieldText } from './recordKey';
import type { PartRows } from './partRows';

/** One record's fields as byte ranges; `escaped[k]` = a quoted field with doubled quotes inside. */
export interface FieldRanges {
  start: Int32Array;
  end: Int32Array;
  escaped: Uint8Array;
}

interface CategorySeen {
  category: number;
  count: number;
}

/** How a part of a file is read: plain data, so it can be posted to another thread. */
export interface RowSetup {
  fileName: string;
  header: string[];
  mapping: ColumnMapping;
  delimiter: Delimiter;
  categoryMapping?: CategoryOverrides;
  encoding: 'utf-8' | 'windows-1252';
  /** Whether the bytes were checked to be valid in the encoding (Windows-1252 always is). */
  validated: boolean;
}

export interface SinkSetup extends RowSetup {
  /** Rows the bytes can hold at most (their line count), so no column ever grows. */
  capacity: number;
  /** Where the bytes read start in the whole file: the ärendenummer's place is kept file-wide. */
  byteBase: number;
}

/**
 * Collects offence rows into columns with exactly the rules of the general
 * path (parseOffencesCsv's readRecord): `addRanges` reads the common forms
 * straight from bytes and hands any other field to the general parsers;
 * `addFields` is the general row, for records the fast path does not take.
 * Coordinates stay raw in `a`/`b` until the coordinate system is known.
 */
export class OffenceRowSink {
  count = 0;
  a: Float64Array;
  b: Float64Array;
  line: Int32Array;
  day: Int32Array;
  minute: Int16Array;
  category: Uint8Array;
  typeIndex: Uint16Array;
  streetIndex: Uint32Array;
  readonly types = new StringInterner();
  readonly streets = new StringInterner();
  readonly unknownCategories = new Map<string, number>();
  readonly categoryValues = new Map<string, CategorySeen>();
  readonly log: ProblemLog;
  readonly warnings: ProblemLog;
  readonly clockInDate = { seen: false, midnightOnly: true };
  private readonly lookup: ReturnType<typeof categoryLookup>;
  private readonly names: [string, string];
  private readonly typeKeys = new ByteKeyTable();
  private readonly streetKeys = new ByteKeyTable();
  private readonly categoryKeys = new ByteKeyTable();
  private readonly categoryEntries: { seen: CategorySeen; raw: string }[] = [];
  /** Column indexes, -1 when the file has no such column. */
  private readonly col: Record<OffenceField, number>;
  private readonly categoryColumn: number;
  /** Rows that repeat an earlier one (same ärendenummer and fields); the fast path never drops them. */
  private readonly duplicates: DeferredDuplicates;
  private readonly recordKey: RecordKey;
  private readonly fieldText: FieldText = (b, r, k) => this.text(b, r, k);
  readonly decode: FieldDecoder;

  constructor(private readonly setup: SinkSetup) {
    this.decode = fieldDecoder(setup.encoding);
    const n = setup.capacity;
    this.duplicates = new DeferredDuplicates(setup.mapping.id === undefined ? 0 : n);
    this.recordKey = new RecordKey(setup.encoding, setup.validated);
    this.a = new Float64Array(n);
    this.b = new Float64Array(n);
    this.line = new Int32Array(n);
    this.day = new Int32Array(n);
    this.minute = new Int16Array(n);
    this.category = new Uint8Array(n);
    this.typeIndex = new Uint16Array(n);
    this.streetIndex = new Uint32Array(n);
    this.log = new ProblemLog(setup.fileName);
    this.warnings = new ProblemLog(setup.fileName);
    this.lookup = categoryLookup(setup.categoryMapping);
    const m = setup.mapping;
    const h = setup.header;
    this.names = [h[m.coordA ?? -1] ?? 'koordinat 1', h[m.coordB ?? -1] ?? 'koordinat 2'];
    const at = (f: OffenceField) => m[f] ?? -1;
    this.col = {
      id: at('id'),
      date: at('date'),
      time: at('time'),
      category: at('category'),
      type: at('type'),
      street: at('street'),
      coordA: at('coordA'),
      coordB: at('coordB'),
    };
    this.categoryColumn = m.category !== undefined ? at('category') : at('type');
  }

  /** A record whose field count equals the header's, read from bytes. */
  addRanges(b: Uint8Array, r: FieldRanges, line: number): void {
    const c = this.col;
    let day = fastIsoDay(b, r.start[c.date], r.end[c.date]);
    let dateMinute = UNKNOWN_MINUTE;
    let dateTimeInvalid = false;
    if (day === NOT_FAST) {
      const text = this.text(b, r, c.date);
      const date = parseDateTime(text);
      if (!date.ok) {
        this.log.add(line, dateMessage(text.trim(), date.reason));
        return;
      }
      day = date.day;
      dateMinute = date.minute;
      dateTimeInvalid = date.timeInvalid;
    }
    let a = fastNumber(b, r.start[c.coordA], r.end[c.coordA]);
    if (Number.isNaN(a)) a = parseLocaleNumber(this.text(b, r, c.coordA));
    let bb = fastNumber(b, r.start[c.coordB], r.end[c.coordB]);
    if (Number.isNaN(bb)) bb = parseLocaleNumber(this.text(b, r, c.coordB));
    if (!Number.isFinite(a) || !Number.isFinite(bb)) {
      this.log.add(
        line,
        coordinateMessage(this.text(b, r, c.coordA), this.text(b, r, c.coordB), this.names),
      );
      return;
    }
    const i = this.count;
    this.day[i] = day;
    let minute = c.time >= 0 ? fastHhMm(b, r.start[c.time], r.end[c.time]) : NOT_FAST;
    if (minute === NOT_FAST) {
      const timeText = c.time >= 0 ? this.text(b, r, c.time) : '';
      minute = this.minuteOf(timeText, c.time >= 0, dateMinute, dateTimeInvalid, line);
    }
    this.minute[i] = minute;
    const category = this.categoryOfRange(b, r);
    const type = this.internRange(b, r, c.type, this.typeKeys, this.types);
    const street = this.internRange(b, r, c.street, this.streetKeys, this.streets);
    if (c.id >= 0) {
      // Repeated rows are told by every field, as the general path does, but hashed from the
      // bytes (no interned codes: those differ between parts of a file read in parallel).
      // Checked once the row is found valid: an invalid row sends the file to the general path.
      const key = this.recordKey.hash(b, r, this.setup.header.length, c.id, this.fieldText);
      // A row without an ärendenummer is never a repeat.
      const base = this.setup.byteBase;
      if (this.recordKey.idIsBytes && !this.recordKey.idBlank) {
        this.duplicates.add(key.h1, key.h2, line, base + r.start[c.id], base + r.end[c.id]);
      } else if (!this.recordKey.idBlank) {
        this.duplicates.addWithIdText(key.h1, key.h2, line, this.text(b, r, c.id).trim());
      }
    }
    this.category[i] = category;
    this.typeIndex[i] = type;
    this.streetIndex[i] = street;
    this.a[i] = a;
    this.b[i] = bb;
    this.line[i] = line;
    this.count++;
  }

  /** The general path's row, on decoded fields (wrong field counts, rows with odd trimming). */
  addFields(fields: string[], line: number): void {
    const h = this.setup.header;
    const c = this.col;
    if (fields.length > h.length && fields.slice(h.length).every((f) => f.trim() === '')) {
      fields = fields.slice(0, h.length);
    }
    if (fields.length !== h.length) {
      this.log.add(line, fieldCountMessage(fields, h.length, this.setup.delimiter));
      return;
    }
    const field = (k: number) => (k < 0 ? '' : fields[k]);
    const date = parseDateTime(field(c.date));
    if (!date.ok) {
      this.log.add(line, dateMessage(field(c.date).trim(), date.reason));
      return;
    }
    const a = parseLocaleNumber(field(c.coordA));
    const b = parseLocaleNumber(field(c.coordB));
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      this.log.add(line, coordinateMessage(field(c.coordA), field(c.coordB), this.names));
      return;
    }
    const i = this.count;
    this.day[i] = date.day;
    this.minute[i] = this.minuteOf(field(c.time), c.time >= 0, date.minute, date.timeInvalid, line);
    const raw = field(this.categoryColumn).trim();
    const seen = this.seenOf(raw);
    this.category[i] = this.countCategory(seen, raw);
    this.typeIndex[i] = this.types.code(field(c.type).trim());
    this.streetIndex[i] = this.streets.code(field(c.street).trim());
    if (c.id >= 0 && field(c.id).trim() !== '') {
      const key = this.recordKey.hashTexts(fields);
      this.duplicates.addWithIdText(key.h1, key.h2, line, field(c.id).trim());
    }
    this.a[i] = a;
    this.b[i] = b;
    this.line[i] = line;
    this.count++;
  }

  /** What was read, as plain data that can be posted back from another thread. */
  rows(lineFeeds: number): PartRows {
    const keys = this.duplicates.keyData();
    return {
      count: this.count,
      a: this.a,
      b: this.b,
      line: this.line,
      day: this.day,
      minute: this.minute,
      category: this.category,
      typeIndex: this.typeIndex,
      streetIndex: this.streetIndex,
      types: this.types.values,
      streets: this.streets.values,
      categoryValues: [...this.categoryValues].map(([raw, v]) => [raw, v.category, v.count]),
      unknownCategories: [...this.unknownCategories],
      problemCount: this.log.total,
      warnings: this.warnings.items.map((w) => [w.row, w.message]),
      warningCount: this.warnings.total,
      clockInDate: { ...this.clockInDate },
      duplicateKeys: keys.keys,
      duplicateRows: keys.rows,
      idTexts: keys.idTexts,
      lineFeeds,
    };
  }

  /** Field `k` as the general path sees it (quotes undone). */
  text(b: Uint8Array, r: FieldRanges, k: number): string {
    if (k < 0) return '';
    const s = this.decode(b, r.start[k], r.end[k]);
    return r.escaped[k] ? s.replace(/""/g, '"') : s;
  }

  /** The time column wins; otherwise a time inside the date value is used (as the general path). */
  private minuteOf(
    timeText: string,
    hasTimeColumn: boolean,
    dateMinute: number,
    dateTimeInvalid: boolean,
    line: number,
  ): number {
    const time = hasTimeColumn ? parseTimeOfDay(timeText) : 'empty';
    if (typeof time === 'number') return time;
    if (time === 'invalid') {
      this.warnings.add(line, timeWarning(timeText.trim()));
      return UNKNOWN_MINUTE;
    }
    if (dateTimeInvalid) this.warnings.add(line, timeWarning(''));
    if (dateMinute !== UNKNOWN_MINUTE) {
      this.clockInDate.seen = true;
      if (dateMinute !== 0) this.clockInDate.midnightOnly = false;
    }
    return dateMinute;
  }

  private categoryOfRange(b: Uint8Array, r: FieldRanges): number {
    const k = this.categoryColumn;
    if (r.escaped[k]) {
      const raw = this.text(b, r, k).trim();
      return this.countCategory(this.seenOf(raw), raw);
    }
    let entry = this.categoryKeys.get(b, r.start[k], r.end[k]);
    if (entry < 0) {
      const raw = this.text(b, r, k).trim();
      this.categoryEntries.push({ seen: this.seenOf(raw), raw });
      entry = this.categoryEntries.length - 1;
      this.categoryKeys.set(b, r.start[k], r.end[k], entry);
    }
    const { seen, raw } = this.categoryEntries[entry];
    return this.countCategory(seen, raw);
  }

  /** One lookup per distinct raw value, as in the general path. */
  private seenOf(raw: string): CategorySeen {
    let seen = this.categoryValues.get(raw);
    if (!seen) {
      seen = {
        category: lookupCategory(this.lookup, raw),
        count: 0,
      };
      this.categoryValues.set(raw, seen);
    }
    return seen;
  }

  private countCategory(seen: CategorySeen, raw: string): number {
    seen.count++;
    if (seen.category === UNKNOWN_CATEGORY) {
      this.unknownCategories.set(raw, (this.unknownCategories.get(raw) ?? 0) + 1);
    }
    return seen.category;
  }

  private internRange(
    b: Uint8Array,
    r: FieldRanges,
    k: number,
    keys: ByteKeyTable,
    interner: StringInterner,
  ): number {
    if (k < 0) return interner.code('');
    if (r.escaped[k]) return interner.code(this.text(b, r, k).trim());
    let code = keys.get(b, r.start[k], r.end[k]);
    if (code < 0) {
      code = interner.code(this.text(b, r, k).trim());
      keys.set(b, r.start[k], r.end[k], code);
    }
    return code;
  }
}
