import { signal, type Signal } from '@preact/signals';
import { CATEGORIES } from '../analysis/categories';
import { COUNT_SLOTS } from '../analysis/countCategories';
import type { DashboardResult, Scope } from '../analysis/dashboard';
import { weeksAgainstPreviousYear, type PeriodPair } from '../analysis/periods';
import type { AreaSummary } from '../data/areaLayers';
import type { SiteFeature, WalkFeature } from '../data/parseOverlays';
import type { BasemapId } from '../map/basemaps';
import type { OffenceSummary } from '../worker/analysisService';

export interface LoadStatus {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  step: string;
  progress: number;
  error?: string;
}

export interface WeekSelection {
  year: number;
  fromWeek: number;
  toWeek: number;
}

export interface AppState {
  status: Signal<LoadStatus>;
  isDemo: Signal<boolean>;
  stadsdelar: Signal<AreaSummary[]>;
  ods: Signal<AreaSummary[]>;
  sites: Signal<SiteFeature[]>;
  walks: Signal<WalkFeature[]>;
  offences: Signal<OffenceSummary | null>;
  weeks: Signal<WeekSelection>;
  categorySlots: Signal<boolean[]>;
  scope: Signal<Scope>;
  /** The two ÖDS mapping years drawn on the map, as in the lägesbild (2021 yellow, 2023 red). */
  odsYears: Signal<[number, number]>;
  result: Signal<DashboardResult | null>;
  selectedAreaId: Signal<string | null>;
  basemap: Signal<BasemapId>;
  lantmaterietKey: Signal<string>;
  basemapNotice: Signal<string | null>;
}

export const DEFAULT_WEEKS: WeekSelection = { year: 2024, fromWeek: 1, toWeek: 43 };

export function periodsOf(w: WeekSelection): PeriodPair {
  return weeksAgainstPreviousYear(w.year, w.fromWeek, w.toWeek);
}

export function createAppState(initial: { basemap: BasemapId; lantmaterietKey: string }): AppState {
  return {
    status: signal({ phase: 'idle', step: '', progress: 0 }),
    isDemo: signal(true),
    stadsdelar: signal([]),
    ods: signal([]),
    sites: signal([]),
    walks: signal([]),
    offences: signal(null),
    weeks: signal(DEFAULT_WEEKS),
    categorySlots: signal(Array.from({ length: COUNT_SLOTS }, (_, s) => s < CATEGORIES.length)),
    scope: signal({ kind: 'district', name: 'Kungsholmen' }),
    odsYears: signal([2021, 2023]),
    result: signal(null),
    selectedAreaId: signal(null),
    basemap: signal(initial.basemap),
    lantmaterietKey: signal(initial.lantmaterietKey),
    basemapNotice: signal(null),
  };
}
