import { CRS_LABELS, pointsToWgs84, projector, type CrsCode } from '../crs';
import { guessCoordinates } from '../detectCrs';
import type { ColumnDetection } from '../detectColumns';
import type { Delimiter } from '../guessDelimiter';
import type { ProblemLog } from '../importProblem';
import { outsideSwedenMessage } from '../offenceRowMessages';
import { UNKNOWN_MINUTE, type OffenceTable } from '../offenceTable';
import {
  countUnknownMinutes,
  describeColumns,
  sample,
  type OffenceImportOptions,
  type OffenceImportResult,
} from '../parseOffencesCsv';
import { isInSweden } from '../swedenBounds';
import { swerefTmPointToWgs84, swerefTmToWgs84 } from '../swerefTmInverse';
import type { ParsedRows } from './partRows';

/**
 * The end of an import, after all rows are read: coordinate system, reprojection,
 * notes and the result, by the same rules as the end of parseOffencesCsv.
 * Returns null where the general path would throw, so it reports the error.
 */
export function finishImport(
  sink: ParsedRows,
  header: string[],
  detection: ColumnDetection,
  delimiter: Delimiter,
  options: OffenceImportOptions,
  idText: (start: number, end: number) => string,
): OffenceImportResult | null {
  if (sink.count === 0) return null;
  const { mapping, notes } = detection;
  const names: [string, string] = [
    header[mapping.coordA ?? -1] ?? 'koordinat 1',
    header[mapping.coordB ?? -1] ?? 'koordinat 2',
  ];
  const sampleA = sample(sink.a, sink.count);
  const sampleB = sample(sink.b, sink.count);
  const guess = guessCoordinates(sampleA, sampleB, names);
  const crs = options.crs ?? guess?.crs;
  if (!crs) return null;
  const eastColumn = options.eastColumn ?? guess?.eastColumn ?? 0;
  // Before the coordinate columns are made: the check's working copy is let go by then.
  const duplicates = mapping.id === undefined ? null : sink.duplicateReport(idText);
  const table = project(sink, crs, eastColumn, sink.log);
  if (sink.clockInDate.seen && sink.clockInDate.midnightOnly && mapping.time === undefined) {
    table.minute.fill(UNKNOWN_MINUTE);
    notes.push('alla tider i datumkolumnen är 00:00, så filen räknas som utan klockslag');
  }
  if (mapping.category === undefined)
    notes.push('ingen kolumn för brottskategori; brottstypen avgör kategorin');
  options.onProgress?.(1);
  return {
    table: exactSize(table),
    delimiter,
    header,
    mapping,
    crs,
    eastColumn,
    detectedText:
      options.crs || !guess ? `${CRS_LABELS[crs]} (${crs}): valt av användaren` : guess.explanation,
    columnsText: describeColumns(header, mapping, notes),
    problems: sink.log.items,
    problemCount: sink.log.total,
    warnings: sink.warnings.items,
    warningCount: sink.warnings.total,
    unknownCategories: sink.unknownCategories,
    duplicates,
    categoryValues: [...sink.categoryValues]
      .map(([value, v]): [string, number, number] => [value, v.count, v.category])
      .sort((a, b) => b[1] - a[1]),
    rowsWithoutTime: countUnknownMinutes(table),
  };
}

/**
 * Reprojects and drops rows outside Sweden (reported, with a hint when
 * swapping fits). The raw coordinate columns become the SWEREF 99 TM columns
 * in place; SWEREF 99 TM itself goes through the array form of the inverse.
 */
function project(sink: ParsedRows, crs: CrsCode, eastColumn: 0 | 1, log: ProblemLog): OffenceTable {
  const count = sink.count;
  const east = eastColumn === 0 ? sink.a : sink.b;
  const north = eastColumn === 0 ? sink.b : sink.a;
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  const toWgs = crs === 'EPSG:4326' ? null : pointsToWgs84(crs);
  const toTm = crs === 'EPSG:3006' ? null : projector('EPSG:4326', 'EPSG:3006');
  const lonLat = (x: number, y: number) => (toWgs ? toWgs.forward([x, y]) : [x, y]);
  if (crs === 'EPSG:3006') swerefTmToWgs84(east, north, lon, lat, count);
  else {
    for (let i = 0; i < count; i++) [lon[i], lat[i]] = lonLat(east[i], north[i]);
  }
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const x = east[i];
    const y = north[i];
    if (!isInSweden(lon[i], lat[i])) {
      const [sLon, sLat] = crs === 'EPSG:3006' ? swerefTmPointToWgs84(y, x) : lonLat(y, x);
      log.add(sink.line[i], outsideSwedenMessage(x, y, CRS_LABELS[crs], isInSweden(sLon, sLat)));
      continue;
    }
    const [e, n] = toTm ? toTm.forward([lon[i], lat[i]]) : [x, y];
    east[kept] = e;
    north[kept] = n;
    lon[kept] = lon[i];
    lat[kept] = lat[i];
    sink.day[kept] = sink.day[i];
    sink.minute[kept] = sink.minute[i];
    sink.category[kept] = sink.category[i];
    sink.typeIndex[kept] = sink.typeIndex[i];
    sink.streetIndex[kept] = sink.streetIndex[i];
    kept++;
  }
  return {
    count: kept,
    e: east,
    n: north,
    lon,
    lat,
    day: sink.day,
    minute: sink.minute,
    category: sink.category,
    typeIndex: sink.typeIndex,
    types: sink.types,
    streetIndex: sink.streetIndex,
    streets: sink.streets,
  };
}

/**
 * Columns of exactly `count` rows. The columns were allocated from the line
 * count (a file read in one part: a few rows spare) or from an estimate a
 * tenth over it (a file read in parts): up to an eighth spare stay as a view
 * instead of a copy of every column at the peak of the load.
 */
function exactSize(t: OffenceTable): OffenceTable {
  const spare = Math.max(64, t.count / 8);
  const fit = <
    T extends Float64Array | Int32Array | Int16Array | Uint8Array | Uint16Array | Uint32Array,
  >(
    a: T,
  ): T =>
    a.length - t.count <= spare ? (a.subarray(0, t.count) as T) : (a.slice(0, t.count) as T);
  return {
    ...t,
    e: fit(t.e),
    n: fit(t.n),
    lon: fit(t.lon),
    lat: fit(t.lat),
    day: fit(t.day),
    minute: fit(t.minute),
    category: fit(t.category),
    typeIndex: fit(t.typeIndex),
    streetIndex: fit(t.streetIndex),
  };
}
