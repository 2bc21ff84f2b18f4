import { signal, type Signal } from '@preact/signals';
import { DEFAULT_HEADLINE_CATEGORY, type HeadlineCategory } from '../../analysis/extentHeadline';
import type { DayRange } from '../../analysis/isoWeek';
import type { LineageCorrections } from '../../analysis/lineage';
import type { CompareResult, UserExtent } from '../../worker/protocol';
import { memoryLineageStore, type LineageCorrectionStore } from './lineageCorrections';
import type { UserExtentStore } from './userExtents';

/** How the map shows the two years: kept/gained/lost, a swipe divider, or two maps side by side. */
export type CompareMode = 'difference' | 'swipe' | 'side';
export const COMPARE_MODES: readonly CompareMode[] = ['difference', 'swipe', 'side'];

/** Each year's offence period; null is the year before the mapping and the mapping year. */
export interface ComparePeriods {
  a: DayRange | null;
  b: DayRange | null;
}

/** What the address holds of the compare view. */
export interface CompareView {
  /** Null: the lägesbild pair, or the latest two years. */
  yearA: number | null;
  yearB: number | null;
  /** A scene id (`2021:fridhemsplan`), 'all', or null for the first scene. */
  scene: string | null;
  mode: CompareMode;
  category: HeadlineCategory;
  periods: ComparePeriods;
}

export const DEFAULT_COMPARE_VIEW: CompareView = {
  yearA: null,
  yearB: null,
  scene: null,
  mode: 'difference',
  category: DEFAULT_HEADLINE_CATEGORY,
  periods: { a: null, b: null },
};

export interface CompareState {
  yearA: Signal<number | null>;
  yearB: Signal<number | null>;
  scene: Signal<string | null>;
  mode: Signal<CompareMode>;
  category: Signal<HeadlineCategory>;
  periods: Signal<ComparePeriods>;
  /** The user's lineage corrections, of every pair of years (ids name their years). */
  corrections: Signal<LineageCorrections>;
  /** Changes the corrections: in memory until the document store has opened. */
  lineageStore: Signal<LineageCorrectionStore>;
  /** Drawn and edited extents (documents), replacing the file's of that scene and year. */
  userExtents: Signal<UserExtent[]>;
  /** Saves and removes the user's extents once the document store is open. */
  extentStore: Signal<UserExtentStore | null>;
  result: Signal<CompareResult | null>;
  /** The last computation failed: a Swedish message naming the extent. */
  error: Signal<string | null>;
  /** The swipe divider, as a share of the map's width from the left. */
  divider: Signal<number>;
}

export function createCompareState(): CompareState {
  const corrections = signal<LineageCorrections>({});
  return {
    yearA: signal(DEFAULT_COMPARE_VIEW.yearA),
    yearB: signal(DEFAULT_COMPARE_VIEW.yearB),
    scene: signal(DEFAULT_COMPARE_VIEW.scene),
    mode: signal(DEFAULT_COMPARE_VIEW.mode),
    category: signal(DEFAULT_COMPARE_VIEW.category),
    periods: signal(DEFAULT_COMPARE_VIEW.periods),
    corrections,
    lineageStore: signal(memoryLineageStore(corrections)),
    userExtents: signal([]),
    extentStore: signal(null),
    result: signal(null),
    error: signal(null),
    divider: signal(0.5),
  };
}

export function readCompareView(c: CompareState): CompareView {
  return {
    yearA: c.yearA.value,
    yearB: c.yearB.value,
    scene: c.scene.value,
    mode: c.mode.value,
    category: c.category.value,
    periods: c.periods.value,
  };
}
