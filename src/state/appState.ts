import { signal, type Signal } from '@preact/signals';
import { CATEGORIES } from '../analysis/categories';
import { COUNT_SLOTS } from '../analysis/countCategories';
import type { DashboardResult, Scope } from '../analysis/dashboard';
import type { DensityKind, DensityParams } from '../analysis/density';
import { ALL_WEEKDAYS, type OffenceFilter } from '../analysis/filter';
import type { LonLatBounds, PointsInView } from '../analysis/pointsInView';
import type { DrawableDensity } from '../data/densityToWgs84';
import { DEFAULT_PRIVACY_THRESHOLD } from '../analysis/privacy';
import type { AreaSummary } from '../data/areaLayers';
import type { SiteFeature, WalkFeature } from '../data/parseOverlays';
import type { BasemapId } from '../map/basemaps';
import type { IndicatorView, OffenceOverview, PatternResult } from '../worker/analysisService';
import type { DatasetSummary, FailedFile } from '../worker/datasetTypes';
import { DEFAULT_PERIOD, type PeriodChoice } from './periodChoice';
import { NO_SELECTION, type Selection } from './selection';

export interface LoadStatus {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  step: string;
  progress: number;
  error?: string;
}

export interface AppState {
  status: Signal<LoadStatus>;
  isDemo: Signal<boolean>;
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
  indicatorChoice: Signal<{ id: string; nameColumn?: number; valueColumn?: number } | null>;
  indicator: Signal<IndicatorView | null>;
  viewBounds: Signal<LonLatBounds | null>;
  /** Draw individual offences when at most RAW_POINT_LIMIT are in view; off, so a projector never shows single crimes unasked. */
  showRawPoints: Signal<boolean>;
  pointsInView: Signal<PointsInView | null>;
  densityParams: Signal<Omit<DensityParams, 'kind'>>;
  density: Signal<DrawableDensity | null>;
  /** One selection for the whole app (an area, an ÖDS extent, a site, a walk …). */
  selection: Signal<Selection>;
  basemap: Signal<BasemapId>;
  lantmaterietKey: Signal<string>;
  basemapNotice: Signal<string | null>;
}

/** Areas coloured per hectare, or a density surface in metres. */
export type MapMode = 'areas' | 'indicator' | DensityKind;

/** Measured here: raw points are slow to draw in software WebGL; thousands stay smooth. */
export const RAW_POINT_LIMIT = 5000;

export const DEFAULT_FILTER: OffenceFilter = {
  categorySlots: Array.from({ length: COUNT_SLOTS }, (_, s) => s < CATEGORIES.length),
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
    status: signal({ phase: 'idle', step: '', progress: 0 }),
    isDemo: signal(true),
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
    showRawPoints: signal(false),
    pointsInView: signal(null),
    densityParams: signal({ bandwidth: 150, cellSize: 25, hexSize: 100 }),
    density: signal(null),
    selection: signal(NO_SELECTION),
    basemap: signal(initial.basemap),
    lantmaterietKey: signal(initial.lantmaterietKey),
    basemapNotice: signal(null),
  };
}

/** The density surface, when the map shows one (not areas or an indicator). */
export function activeDensity(state: AppState): DrawableDensity | null {
  const mode = state.mapMode.value;
  return mode === 'areas' || mode === 'indicator' ? null : state.density.value;
}
