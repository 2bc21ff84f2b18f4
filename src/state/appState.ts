import { signal, type Signal } from '@preact/signals';
import { COUNT_SLOTS } from '../analysis/countCategories';
import type { DashboardResult, Scope } from '../analysis/dashboard';
import type { DensityKind, DensityParams, PlanarDensity } from '../analysis/density';
import { ALL_WEEKDAYS, type OffenceFilter } from '../analysis/filter';
import type { LonLatBounds, PointsInView } from '../analysis/pointsInView';
import { DEFAULT_PRIVACY_THRESHOLD } from '../analysis/privacy';
import type { AreaSummary } from '../data/areaLayers';
import type { FileRole } from '../data/import/importTypes';
import type { SiteFeature, WalkFeature } from '../data/parseOverlays';
import type {
  DatasetSummary,
  FailedFile,
  IndicatorChoice,
  IndicatorView,
  OffenceOverview,
  PatternResult,
} from '../worker/protocol';
import type { Camera } from './camera';
import { ALL_LAYERS, type LayerVisibility } from './layerVisibility';
import { DEFAULT_PERIOD, type PeriodChoice } from './periodChoice';
import type { AppView } from './appView';
import { createCompareState, type CompareState } from './compare/compareState';
import { NO_SELECTION, type Selection } from './selection';
import type { BasemapId } from './settings';
import { INITIAL_STORAGE, type StorageState } from './storageState';
import type { WalkTab } from './walk/walkUrl';

export interface LoadStatus {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  step: string;
  progress: number;
  error?: string;
}

export interface AppState {
  /** Which job the screen is set up for: the lägesbild, comparing ÖDS, a walk, the EST meeting. */
  appView: Signal<AppView>;
  status: Signal<LoadStatus>;
  /** The kinds of data still from the demo (areas, offences …); empty when all are the user's. */
  demoRoles: Signal<FileRole[]>;
  stadsdelar: Signal<AreaSummary[]>;
  ods: Signal<AreaSummary[]>;
  sites: Signal<SiteFeature[]>;
  walks: Signal<WalkFeature[]>;
  offences: Signal<OffenceOverview | null>;
  datasets: Signal<DatasetSummary[]>;
  failedFiles: Signal<FailedFile[]>;
  period: Signal<PeriodChoice>;
  filter: Signal<OffenceFilter>;
  /** Counts below this are shown as "< N". */
  privacyThreshold: Signal<number>;
  scope: Signal<Scope>;
  /** The ÖDS mapping years drawn on the map, as in the lägesbild (2021 yellow, 2023 red). */
  odsYears: Signal<number[]>;
  result: Signal<DashboardResult | null>;
  /** Metres counted around each ÖDS extent. */
  ringWidth: Signal<number>;
  patterns: Signal<PatternResult | null>;
  mapMode: Signal<MapMode>;
  /** Which indicator table (and columns) the map shows in the 'indicator' mode. */
  indicatorChoice: Signal<IndicatorChoice | null>;
  indicator: Signal<IndicatorView | null>;
  viewBounds: Signal<LonLatBounds | null>;
  /** Where the map looks, once the user has moved it; null is the start view. */
  camera: Signal<Camera | null>;
  /** Which overlays are drawn. */
  layers: Signal<LayerVisibility>;
  /** Draw individual offences when at most RAW_POINT_LIMIT are in view; off, so a projector never shows single crimes unasked. */
  showRawPoints: Signal<boolean>;
  pointsInView: Signal<PointsInView | null>;
  densityParams: Signal<Omit<DensityParams, 'kind'>>;
  /** The density surface in SWEREF 99 TM, as the worker computed it; the map draws it in WGS84. */
  density: Signal<PlanarDensity | null>;
  /** One selection for the whole app (an area, an ÖDS extent, a site, a walk …). */
  selection: Signal<Selection>;
  basemap: Signal<BasemapId>;
  lantmaterietKey: Signal<string>;
  basemapNotice: Signal<string | null>;
  storage: Signal<StorageState>;
  /** The compare view (ÖDS year against year). */
  compare: CompareState;
  /** The meeting's slide on the projector (`place:…`, `ods:…`, `seq:<id>:<n>`); null when not presenting. */
  meetingSlide: Signal<string | null>;
  /** The walk view's walk (document id) and step, kept in the address while that view is shown. */
  walkId: Signal<string | null>;
  walkMode: Signal<WalkTab>;
  /** What an opened link asked for that could not be shown, one Swedish sentence each, until dismissed. */
  linkProblems: Signal<string[]>;
}

/** Areas coloured per hectare, or a density surface in metres. */
export type MapMode = 'areas' | 'indicator' | DensityKind;

/** Measured here: raw points are slow to draw in software WebGL; thousands stay smooth. */
export const RAW_POINT_LIMIT = 5000;

export const DEFAULT_FILTER: OffenceFilter = {
  // Unmapped rows are counted by default ("Ej mappad"): a garbled category column must not hide offences.
  categorySlots: Array.from({ length: COUNT_SLOTS }, () => true),
  weekdays: ALL_WEEKDAYS,
  hourFrom: 0,
  hourTo: 23,
};

export interface InitialSettings {
  basemap: BasemapId;
  lantmaterietKey: string;
  privacyThreshold?: number;
}

export function createAppState(initial: InitialSettings): AppState {
  return {
    appView: signal('dashboard'),
    status: signal({ phase: 'idle', step: '', progress: 0 }),
    demoRoles: signal([]),
    stadsdelar: signal([]),
    ods: signal([]),
    sites: signal([]),
    walks: signal([]),
    offences: signal(null),
    datasets: signal([]),
    failedFiles: signal([]),
    period: signal(DEFAULT_PERIOD),
    filter: signal(DEFAULT_FILTER),
    privacyThreshold: signal(initial.privacyThreshold ?? DEFAULT_PRIVACY_THRESHOLD),
    scope: signal({ kind: 'district', name: 'Kungsholmen' }),
    odsYears: signal([2021, 2023]),
    result: signal(null),
    ringWidth: signal(100),
    patterns: signal(null),
    mapMode: signal('areas'),
    indicatorChoice: signal(null),
    indicator: signal(null),
    viewBounds: signal(null),
    camera: signal(null),
    layers: signal(ALL_LAYERS),
    showRawPoints: signal(false),
    pointsInView: signal(null),
    densityParams: signal({ bandwidth: 150, cellSize: 25, hexSize: 100 }),
    density: signal(null),
    selection: signal(NO_SELECTION),
    basemap: signal(initial.basemap),
    lantmaterietKey: signal(initial.lantmaterietKey),
    basemapNotice: signal(null),
    storage: signal(INITIAL_STORAGE),
    compare: createCompareState(),
    meetingSlide: signal(null),
    walkId: signal(null),
    walkMode: signal('plan'),
    linkProblems: signal([]),
  };
}
