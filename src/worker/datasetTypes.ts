import type { CrsCode } from '../data/crs';
import type { TextEncodingName } from '../data/decodeText';
import type { FileFormat, FileRole } from '../data/import/importTypes';
import type { ColumnMapping } from '../data/detectColumns';
import type { RowProblem } from '../data/importProblem';

/** What the panel shows about one loaded file. */
export interface DatasetSummary {
  id: string;
  fileName: string;
  format: FileFormat;
  role: FileRole;
  demo: boolean;
  /** Rows (tables) or features (geodata) that loaded. */
  loaded: number;
  crs: CrsCode | null;
  encoding: TextEncodingName | null;
  detectedText: string;
  problems: RowProblem[];
  problemCount: number;
  unknownCategories: [string, number][];
  /** Offence tables only: the header, the columns used, and the user's category choices. */
  table?: {
    header: string[];
    mapping: ColumnMapping;
    eastColumn: 0 | 1;
    categoryMapping: Record<string, number>;
    /** Every raw category value in the file: [value, rows, category index or 255 = unknown]. */
    categoryValues: [string, number, number][];
    /** A remembered layout (same header as an earlier file) was applied. */
    layoutApplied: boolean;
  };
}

/** A file that could not be read at all: nothing loaded before it changes. */
export interface FailedFile {
  fileName: string;
  message: string;
}
