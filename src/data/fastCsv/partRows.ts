import { ProblemLog } from '../importProblem';
import { StringInterner } from '../offenceTable';
import type { DuplicateReport } from '../parseOffencesCsv';
import { reportDuplicates, type PartKeys } from './deferredDuplicates';

/** Rows read into columns (coordinates still raw in `a`/`b`), with their types and streets. */
export interface RowColumns {
  count: number;
  a: Float64Array;
  b: Float64Array;
  line: Int32Array;
  day: Int32Array;
  minute: Int16Array;
  category: Uint8Array;
  typeIndex: Uint16Array;
  streetIndex: Uint32Array;
  types: string[];
  streets: string[];
}

/**
 * The rows read from one part of a file (lines counted from 1 at the part's
 * start), as plain data and typed arrays, so a part read in another thread
 * can be posted back without copying its columns.
 */
export interface PartRows extends RowColumns {
  /** Raw category value, its category, rows: in order of first sight. */
  categoryValues: [string, number, number][];
  unknownCategories: [string, number][];
  problemCount: number;
  /** The first warnings kept, as [line, message]. */
  warnings: [number, string][];
  warningCount: number;
  clockInDate: { seen: boolean; midnightOnly: boolean };
  duplicateKeys: Int32Array;
  duplicateRows: number;
  idTexts: [number, string][];
  /** Line feeds in the part: the lines the next part starts after. */
  lineFeeds: number;
}

/** A whole file's rows, before the coordinate system is applied (see finishImport). */
export interface ParsedRows extends RowColumns {
  categoryValues: Map<string, { category: number; count: number }>;
  unknownCategories: Map<string, number>;
  log: ProblemLog;
  warnings: ProblemLog;
  clockInDate: { seen: boolean; midnightOnly: boolean };
  /** `idText(start, end)`: the trimmed text of an ärendenummer at those bytes of the file. */
  duplicateReport(idText: (start: number, end: number) => string): DuplicateReport;
}

/**
 * A file's consecutive parts as one table, exactly as reading the file in one
 * go gives it: line numbers continue across parts, and types, streets and
 * category values keep the codes and order of their first sight in the file.
 */
export function mergeParts(parts: PartRows[], fileName: string): ParsedRows {
  const lineOffsets: number[] = [];
  let lines = 0;
  for (const p of parts) {
    lineOffsets.push(lines);
    lines += p.lineFeeds;
  }
  const columns = joinColumns(parts, lineOffsets);
  const categoryValues = new Map<string, { category: number; count: number }>();
  const unknownCategories = new Map<string, number>();
  const warnings = new ProblemLog(fileName);
  const clockInDate = { seen: false, midnightOnly: true };
  parts.forEach((p, k) => {
    for (const [raw, category, count] of p.categoryValues) {
      const seen = categoryValues.get(raw);
      if (seen) seen.count += count;
      else categoryValues.set(raw, { category, count });
    }
    for (const [raw, count] of p.unknownCategories)
      unknownCategories.set(raw, (unknownCategories.get(raw) ?? 0) + count);
    for (const [line, message] of p.warnings) warnings.add(line + lineOffsets[k], message);
    clockInDate.seen ||= p.clockInDate.seen;
    clockInDate.midnightOnly &&= p.clockInDate.midnightOnly;
  });
  // Only the first warnings are kept, but all are counted.
  warnings.total = parts.reduce((n, p) => n + p.warningCount, 0);
  const log = new ProblemLog(fileName);
  log.total = parts.reduce((n, p) => n + p.problemCount, 0);
  const keys = parts.map((p, k): PartKeys => ({
    keys: p.duplicateKeys,
    rows: p.duplicateRows,
    idTexts: p.idTexts,
    lineOffset: lineOffsets[k],
  }));
  return {
    ...columns,
    categoryValues,
    unknownCategories,
    log,
    warnings,
    clockInDate,
    duplicateReport: (idText) => reportDuplicates(keys, idText),
  };
}

/** The parts' rows one after another: in the first part's columns when they have room (see PartJob.capacity). */
function joinColumns(parts: PartRows[], lineOffsets: number[]): RowColumns {
  const n = parts.reduce((sum, p) => sum + p.count, 0);
  const first = parts[0];
  const out: RowColumns =
    first.a.length >= n
      ? {
          count: n,
          a: first.a,
          b: first.b,
          line: first.line,
          day: first.day,
          minute: first.minute,
          category: first.category,
          typeIndex: first.typeIndex,
          streetIndex: first.streetIndex,
          types: [],
          streets: [],
        }
      : {
          count: n,
          a: new Float64Array(n),
          b: new Float64Array(n),
          line: new Int32Array(n),
          day: new Int32Array(n),
          minute: new Int16Array(n),
          category: new Uint8Array(n),
          typeIndex: new Uint16Array(n),
          streetIndex: new Uint32Array(n),
          types: [],
          streets: [],
        };
  const types = new StringInterner();
  const streets = new StringInterner();
  let at = 0;
  parts.forEach((p, k) => {
    const c = p.count;
    if (out.a === p.a) {
      // The first part, already in place: only its codes are taken over (they are the first seen).
      p.types.forEach((t) => types.code(t));
      p.streets.forEach((s) => streets.code(s));
      at += c;
      return;
    }
    out.a.set(p.a.subarray(0, c), at);
    out.b.set(p.b.subarray(0, c), at);
    out.day.set(p.day.subarray(0, c), at);
    out.minute.set(p.minute.subarray(0, c), at);
    out.category.set(p.category.subarray(0, c), at);
    const typeCode = p.types.map((t) => types.code(t));
    const streetCode = p.streets.map((s) => streets.code(s));
    const offset = lineOffsets[k];
    for (let i = 0; i < c; i++) {
      out.line[at + i] = p.line[i] + offset;
      out.typeIndex[at + i] = typeCode[p.typeIndex[i]];
      out.streetIndex[at + i] = streetCode[p.streetIndex[i]];
    }
    at += c;
  });
  out.types = types.values;
  out.streets = streets.values;
  return out;
}
