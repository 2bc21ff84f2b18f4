import type { MultiPolygon, Polygon } from 'geojson';
import { computeMembership, type AnalysisArea, type Membership } from '../analysis/dashboard';
import { dayRangeOf } from '../analysis/dayRange';
import { toAnalysisArea, toAreaSummary } from '../data/areaLayers';
import type { OffenceTable } from '../data/offenceTable';
import { activeData, summarize, type Dataset, type Layouts } from './datasetRegistry';
import type { FailedFile, WorkspaceSummary } from './protocol';
import { emptyMemo, type Memo } from './memo';

/**
 * Everything the worker holds: the files, and what the analysis uses of them.
 * A change of files makes a new value; `memo` caches what queries derive from
 * it (selections, rings, view parts) and is dropped with it.
 */
export interface LoadedData {
  datasets: Dataset[];
  layouts: Layouts;
  offences: OffenceTable | null;
  stadsdelar: AnalysisArea[];
  ods: AnalysisArea[];
  /** WGS84 outlines of the ÖDS extents, for the band around each. */
  odsGeometries: (Polygon | MultiPolygon)[];
  membership: Membership | null;
  summary: Omit<WorkspaceSummary, 'failed' | 'datasets'>;
  memo: Memo;
}

export function emptyData(): LoadedData {
  return withDatasets([], new Map());
}

/** What the analysis uses after a change of the file list; the membership is computed here, once. */
export function withDatasets(datasets: Dataset[], layouts: Layouts): LoadedData {
  const active = activeData(datasets);
  const stadsdelar = active.stadsdelar.map(toAnalysisArea);
  const ods = active.ods.map(toAnalysisArea);
  return {
    datasets,
    layouts,
    offences: active.offences,
    stadsdelar,
    ods,
    odsGeometries: active.ods.map((a) => a.geometry),
    membership: active.offences ? computeMembership(active.offences, stadsdelar, ods) : null,
    summary: {
      stadsdelar: active.stadsdelar.map(toAreaSummary),
      ods: active.ods.map(toAreaSummary),
      sites: active.sites,
      walks: active.walks,
      offences: active.offences
        ? {
            files: active.offenceFiles,
            rows: active.offences.count,
            ...dayRangeOf(active.offences),
            demo: active.demoRoles.includes('offences'),
          }
        : null,
      demoRoles: active.demoRoles,
    },
    memo: emptyMemo(),
  };
}

export function workspaceOf(data: LoadedData, failed: FailedFile[] = []): WorkspaceSummary {
  return { ...data.summary, datasets: data.datasets.map(summarize), failed };
}
