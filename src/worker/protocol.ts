/**
 * The types that cross the worker boundary: the page (src/state, src/ui)
 * imports these and the client, never the worker's modules.
 */
import type { DashboardResult, Scope } from '../analysis/dashboard';
import type { DensityParams, PlanarDensity } from '../analysis/density';
import type { OffenceFilter } from '../analysis/filter';
import type { MonthTrend, StreetCount } from '../analysis/patterns';
import type { PeriodPair } from '../analysis/periods';
import type { LonLatBounds, PointsInView } from '../analysis/pointsInView';
import type { AreaSummary } from '../data/areaLayers';
import type { CrsCode } from '../data/crs';
import type { TextEncodingName } from '../data/decodeText';
import type { ColumnMapping } from '../data/detectColumns';
import type { FileFormat, FileRole, ImportOptions } from '../data/import/importTypes';
import type { RowProblem } from '../data/importProblem';
import type { SiteFeature, WalkFeature } from '../data/parseOverlays';

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

/** A file to load: the user's Blob, text (tests), or fetched from `url` (the demo). */
export interface SourceFile {
  name: string;
  url?: string;
  text?: string;
  blob?: Blob;
}

export interface AddFileRequest extends SourceFile {
  id: string;
  demo?: boolean;
  role?: FileRole;
  options?: StoredOptions;
  /** Keep the file's bytes on this device (IndexedDB), written in the worker so the page never blocks on it. */
  persist?: boolean;
}

/** How a file was read (coordinate system, encoding, columns, categories): remembered per file and per layout. */
export type StoredOptions = Omit<ImportOptions, 'onProgress'>;

export interface OffenceOverview {
  files: string[];
  rows: number;
  firstDay: number;
  lastDay: number;
  /** The demo's synthetic offences, not the user's own. */
  demo: boolean;
}

/** Everything the UI needs after a change of files. */
export interface WorkspaceSummary {
  datasets: DatasetSummary[];
  /** Files of this request that could not be read; earlier files are untouched. */
  failed: FailedFile[];
  stadsdelar: AreaSummary[];
  ods: AreaSummary[];
  sites: SiteFeature[];
  walks: WalkFeature[];
  offences: OffenceOverview | null;
  /** Which kinds of data in use are still the demo's, so the app can say which parts are demo data. */
  demoRoles: FileRole[];
}

export interface PatternResult {
  weekdayHour: Uint32Array;
  trend: MonthTrend;
  topStreets: StreetCount[][];
  /** Share of offences in the busiest 5 % of 100 m cells. */
  topCellShare: number;
}

/** Which indicator table (and columns) the map shows in the 'indicator' mode. */
export interface IndicatorChoice {
  id: string;
  nameColumn?: number;
  valueColumn?: number;
}

/** An indicator table joined to the areas in use, for the map and the panel. */
export interface IndicatorView {
  datasetId: string;
  fileName: string;
  header: string[];
  nameColumn: number;
  valueColumn: number;
  values: { areaId: string; value: number }[];
  unmatchedRows: string[];
  unmatchedAreas: string[];
}

/** Everything one view shows, asked for in one request so map, legend and tables never disagree. */
export interface ViewQuery {
  periods: PeriodPair;
  filter: OffenceFilter;
  scope: Scope;
  /** Metres counted around each ÖDS extent; 0 for none. */
  ringWidth: number;
  /** The density surface the map shows, or null when it shows areas. */
  density: DensityParams | null;
  /** Raw offences in the map view, or null when they are not drawn. */
  rawPoints: { bounds: LonLatBounds; limit: number } | null;
  indicator: IndicatorChoice | null;
}

/** The answer to one `ViewQuery`; parts are null when the data or the view does not call for them. */
export interface ViewResult {
  dashboard: DashboardResult | null;
  patterns: PatternResult | null;
  density: PlanarDensity | null;
  pointsInView: PointsInView | null;
  indicator: IndicatorView | null;
  /** Set when the indicator could not be joined (the rest of the view is still right). */
  indicatorError: string | null;
}

/**
 * Errors cross the worker boundary as values: a failure is a Swedish message
 * the page shows, never a hung promise or a raw exception.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export type ProgressCallback = (step: string, fraction: number) => void;

/** What lies along a planned walk's route (the walk view asks for it beside the route). */
export interface WalkSurroundingsQuery {
  /** WGS84 [lon, lat]. */
  route: [number, number][];
  /** Metres either side of the route. */
  distance: number;
  period: { first: number; last: number };
  filter: OffenceFilter;
  privacyThreshold: number;
}

export interface WalkSurroundingsResult {
  distance: number;
  /** False when no offence table is loaded: the lists say so instead of showing zeros. */
  hasOffences: boolean;
  /** Per category index (CATEGORIES; 255 unknown), largest first; null below the threshold. */
  categories: { category: number; count: number | null }[];
  total: number | null;
  extents: {
    id: string;
    name: string;
    year: number | null;
    crossings: [number, number][];
    entersInside: boolean;
    distance: number;
  }[];
  hotCells: { centre: [number, number]; z: number; distance: number }[];
  suggestions: {
    kind: 'hotspot' | 'ods-edge';
    label: string;
    position: [number, number];
    chainage: number;
  }[];
}
