import type { Feature } from 'geojson';
import type { CrsCode } from '../crs';
import type { TextEncodingName } from '../decodeText';
import type { ColumnMapping } from '../detectColumns';
import type { RowProblem } from '../importProblem';
import type { OffenceImportResult } from '../parseOffencesCsv';
import type { DateOrder } from '../parseDateTime';

/** What a loaded file is used as; guessed from its content, changeable by the user. */
export type FileRole = 'areas' | 'ods' | 'offences' | 'sites' | 'walks' | 'indicator';

export const ROLE_LABELS: Record<FileRole, string> = {
  areas: 'Områden (t.ex. stadsdelar)',
  ods: 'Öppna drogscener (utbredning per år)',
  offences: 'Brott (punkter)',
  sites: 'Platser (platssamverkan)',
  walks: 'Trygghetsvandringar (rutter)',
  indicator: 'Indikatortabell per område',
};

export type FileFormat = 'csv' | 'xlsx' | 'geojson' | 'shapefile' | 'kml' | 'gpx';

export interface ImportOptions {
  /** Overrides encoding detection for text files and DBF. */
  encoding?: TextEncodingName;
  /** Overrides coordinate-system detection. */
  crs?: CrsCode;
  /** For tables: which of the two coordinate columns holds easting/longitude. */
  eastColumn?: 0 | 1;
  mapping?: ColumnMapping;
  /** The user's choices: raw category value (normalised) → index into CATEGORIES. */
  categoryMapping?: Record<string, number>;
  onProgress?: (fraction: number) => void;
  /**
   * 'offences' when the caller needs an offence table (the CLI's --offences):
   * a table that fails as one is then refused with the offence reader's own
   * message instead of being read as an indicator table.
   */
  expect?: 'offences';
  /** Excel workbooks: the sheet to read (the first when not given). */
  sheet?: string;
  /** Offence tables: how to read dates with slashes, day first or month first. */
  dateOrder?: DateOrder;
  /** Offence tables: leave out rows that repeat an earlier row with the same ärendenummer. */
  dropDuplicates?: boolean;
}

/** Features of any geometry, already in WGS84, with what was detected about the source. */
export interface ImportedFeatures {
  kind: 'features';
  fileName: string;
  format: Exclude<FileFormat, 'csv' | 'xlsx'>;
  /** The source coordinate system (features are converted to WGS84). */
  crs: CrsCode;
  /** Swedish, for the user: where the system came from (.prj, crs member, value ranges). */
  detectedText: string;
  /**
   * True when the system was guessed from value ranges (no .prj, no crs member): the UI
   * should offer the coordinate-system choice and re-import with `ImportOptions.crs`.
   */
  crsGuessed?: boolean;
  features: Feature[];
  problems: RowProblem[];
  problemCount: number;
}

/** An Excel workbook's sheets, and the one that was read. */
export interface WorkbookSheets {
  sheet: string;
  sheets: string[];
}

export interface ImportedOffences {
  kind: 'offences';
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName;
  result: OffenceImportResult;
  workbook?: WorkbookSheets;
}

/** A table without coordinates (e.g. survey results per stadsdel), joined to areas by name. */
export interface ImportedTable {
  kind: 'table';
  fileName: string;
  format: 'csv' | 'xlsx';
  workbook?: WorkbookSheets;
  encoding: TextEncodingName;
  header: string[];
  rows: string[][];
}

export type ImportedFile = ImportedFeatures | ImportedOffences | ImportedTable;
