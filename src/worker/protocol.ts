/**
 * The types that cross the worker boundary: the page (src/state, src/ui)
 * imports these and the client, never the worker's modules.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { ComparisonRow } from '../analysis/comparison';
import type { DashboardResult, Scope } from '../analysis/dashboard';
import type { AreaComparison } from '../analysis/extentCard';
import type { HeadlineCategory } from '../analysis/extentHeadline';
import type { DayRange } from '../analysis/isoWeek';
import type { LineageCorrections, LineageKind, LineageLink } from '../analysis/lineage';
import type { YearSummary } from '../analysis/regionSummary';
import type { DensityParams, PlanarDensity } from '../analysis/density';
import type { OffenceFilter } from '../analysis/filter';
import type { MonthTrend, StreetCount } from '../analysis/patterns';
import type { Period, PeriodPair } from '../analysis/periods';
import type { LonLatBounds, PointsInView } from '../analysis/pointsInView';
import type { AreaSummary } from '../data/areaLayers';
import type { CrsCode } from '../data/crs';
import type { TextEncodingName } from '../data/decodeText';
import type { ColumnMapping } from '../data/detectColumns';
import type {
  FileFormat,
  FileRole,
  ImportOptions,
  WorkbookSheets,
} from '../data/import/importTypes';
import type { RowProblem } from '../data/importProblem';
import type { DuplicateReport } from '../data/parseOffencesCsv';
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
  /** Excel workbooks: the sheet that was read and all sheets, for the choice. */
  workbook?: WorkbookSheets;
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
    /** Rows repeating an earlier row with the same ärendenummer; null without that column. */
    duplicates: DuplicateReport | null;
  };
}

/** A file that could not be read at all: nothing loaded before it changes. */
export interface FailedFile {
  fileName: string;
  message: string;
  /** Set when the user can choose the coordinate system: the systems in which the file lands in Sweden first. */
  crsChoices?: CrsCode[];
  /** How many of `crsChoices` fit the file's coordinates. */
  crsFitting?: number;
  /** Set when the user must say whether slashed dates have the day or the month first. */
  needsDateOrder?: boolean;
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

/** A drawn or edited extent from the document store (WGS84); it replaces the file's extent of that scene and year. */
export interface UserExtent {
  /** The document's id. */
  id: string;
  /** The scene's name (its identity, as namn/name/id in a file). */
  sceneId: string;
  year: number;
  geometry: Polygon | MultiPolygon;
  source: string;
}

/** `scene` value for every scene of the two years together. */
export const ALL_SCENES = 'all';
/** `scene` value for the scenes with some area inside the map's view, in A or B. */
export const SCENES_IN_VIEW = 'view';

/** What the compare view (ÖDS year against year) asks for; see src/worker/compare. */
export interface CompareQuery {
  /** Null: the lägesbild pair (2021, 2023) when present, else the latest two years. */
  yearA: number | null;
  yearB: number | null;
  /** Null: the year before the mapping and the mapping year. */
  periods: { a: DayRange | null; b: DayRange | null };
  threshold: number;
  /** Metres around each extent; 0 for none. */
  ringWidth: number;
  /** Which offences the headline sentence of the exports is about. */
  category: HeadlineCategory;
  /** A scene id, ALL_SCENES, SCENES_IN_VIEW, or null for the first scene. */
  scene: string | null;
  /** The map's view with SCENES_IN_VIEW, else null (then a pan sends no query). */
  bounds: LonLatBounds | null;
  corrections: LineageCorrections;
  userExtents: UserExtent[];
}

/** One scene-year of a scene, without its geometry. */
export interface ScenePart {
  id: string;
  name: string;
  year: number;
  hectares: number;
  statuses: string[];
  sources: string[];
  /** Drawn or edited by a user (a document), not from the file. */
  edited: boolean;
}

/** A scene between A and B: its lineage and the scene-years on each side. */
export interface SceneEntry {
  /** Its first scene-year's id (`2021:fridhemsplan`); stable for a link. */
  id: string;
  name: string;
  kind: LineageKind;
  a: ScenePart[];
  b: ScenePart[];
  links: LineageLink[];
}

/** An AreaComparison without its planar geometry. */
export interface ComparisonView extends Omit<AreaComparison, 'diff'> {
  aHa: number;
  bHa: number;
  keptHa: number;
  gainedHa: number;
  lostHa: number;
}

export interface CardView {
  sceneId: string;
  name: string;
  kind: LineageKind;
  extent: ComparisonView;
  ring: ComparisonView | null;
}

export type DiffKind = 'kept' | 'gained' | 'lost';

/** Kept, gained or lost part of a scene, in WGS84 for the map. */
export interface DiffPart {
  sceneId: string;
  name: string;
  kind: DiffKind;
  hectares: number;
  geometry: Polygon | MultiPolygon;
}

export interface Comparison {
  yearA: number;
  yearB: number;
  /** Of A and B, the years that hold only a user's drawings, no mapping file ("ej kartlagd" there). */
  partialYears: number[];
  periods: { a: Period; b: Period };
  scenes: SceneEntry[];
  region: { a: YearSummary; b: YearSummary; counts: Record<LineageKind, number> };
  /** One per scene, in the order of `scenes`. */
  cards: CardView[];
  /** The scene shown: an id of `scenes`, ALL_SCENES or SCENES_IN_VIEW. */
  scene: string;
  /** The ids of the scenes whose cards are shown (one, every one, or those in view). */
  shown: string[];
  /** Kept, gained and lost of the scenes shown. */
  diff: DiffPart[];
  /** The extents of the scene shown in A and in B (WGS84), e.g. to edit them; null for several. */
  sides: { a: Polygon | MultiPolygon | null; b: Polygon | MultiPolygon | null } | null;
  /** The card(s) shown, rendered as the CLI does (semicolon CSV with BOM, Markdown). */
  csv: string;
  markdown: string;
}

export interface CompareResult {
  /** Mapping years in the extents, ascending. */
  years: number[];
  /** Null when there is nothing to compare; `notice` says why and what to do. */
  comparison: Comparison | null;
  notice: string | null;
  /** Extents that could not be used (no year), in Swedish. */
  skipped: string[];
}

/** A place the meeting counts offences for: around a point, inside a polygon, or an ÖDS extent. */
export type PlaceTarget =
  | { key: string; kind: 'point'; position: [number, number]; radius: number }
  | { key: string; kind: 'polygon'; geometry: Polygon | MultiPolygon }
  | { key: string; kind: 'ods'; odsId: string }
  /** A stadsdel, counted as the lägesbild tables count it (each offence in one stadsdel). */
  | { key: string; kind: 'stadsdel'; areaId: string };

export interface PlaceCountsQuery {
  targets: PlaceTarget[];
  periods: PeriodPair;
  /** Weekdays and hours apply; every category is counted, as in the comparison table. */
  filter: OffenceFilter;
}

/** The comparison table of one place; rows are empty when no offences are loaded. */
export interface PlaceCounts {
  key: string;
  rows: ComparisonRow[];
}

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
  /** Strongest first, none within 50 m of another (`analysis/stopSuggestions`). */
  suggestions: {
    kind: 'hotspot' | 'ods-edge';
    label: string;
    stopName: string;
    position: [number, number];
    chainage: number;
    weight: number;
  }[];
}
