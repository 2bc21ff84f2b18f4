import {
  computeDashboard,
  computeMembership,
  scopeMask,
  type AnalysisArea,
  type DashboardQuery,
  type DashboardResult,
  type Membership,
  type Rings,
  type Scope,
} from '../analysis/dashboard';
import { dayRangeOf } from '../analysis/dayRange';
import { computeDensity, selectionMask, type DensityParams } from '../analysis/density';
import type { OffenceFilter } from '../analysis/filter';
import type { DayRange } from '../analysis/isoWeek';
import {
  monthTrend,
  topCellShare,
  topStreets,
  weekdayHourMatrix,
  type MonthTrend,
  type StreetCount,
} from '../analysis/patterns';
import { planarArea, squareMetresToHectares } from '../analysis/planar';
import { pointsInView, type LonLatBounds, type PointsInView } from '../analysis/pointsInView';
import { buildPolygonIndex, pointsInEachPolygon } from '../analysis/polygonIndex';
import { toAnalysisArea, toAreaSummary, type AreaSummary } from '../data/areaLayers';
import { densityToWgs84, type DrawableDensity } from '../data/densityToWgs84';
import type { FileRole } from '../data/import/importTypes';
import { ImportError } from '../data/importProblem';
import type { OffenceTable } from '../data/offenceTable';
import type { SiteFeature, WalkFeature } from '../data/parseOverlays';
import { problemsToCsv } from '../data/problemsToCsv';
import { joinIndicator } from '../data/joinIndicator';
import { ringAround } from '../data/ringAround';
import {
  activeData,
  loadDataset,
  summarize,
  type Dataset,
  type Layouts,
  type StoredOptions,
} from './datasetRegistry';
import type { DatasetSummary, FailedFile } from './datasetTypes';

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
  /** Keep the file's bytes on this device (IndexedDB), written here so the page never blocks on it. */
  persist?: boolean;
}

/** Where the worker keeps the bytes of the user's files; absent in Node. */
export interface BlobStore {
  putBlob(id: string, blob: Blob): Promise<void>;
}

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
  /** Which kinds of data in use are still the demo's (see `ActiveData.demoRoles`). */
  demoRoles: FileRole[];
}

export interface PatternResult {
  weekdayHour: Uint32Array;
  trend: MonthTrend;
  topStreets: StreetCount[][];
  /** Share of offences in the busiest 5 % of 100 m cells. */
  topCellShare: number;
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

export type ProgressCallback = (step: string, fraction: number) => void;

async function readBytes(source: SourceFile): Promise<Uint8Array> {
  if (source.blob) return new Uint8Array(await source.blob.arrayBuffer());
  if (source.text !== undefined) return new TextEncoder().encode(source.text);
  if (!source.url) throw new ImportError(source.name, 'varken innehåll eller adress angiven.');
  const response = await fetch(source.url);
  if (!response.ok) {
    throw new ImportError(
      source.name,
      `kunde inte hämtas (HTTP ${response.status}). Ladda om sidan.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

const messageOf = (e: unknown) =>
  e instanceof ImportError
    ? e.message.replace(`${e.file}: `, '')
    : e instanceof Error
      ? e.message
      : String(e);

/**
 * The worker's state and API: files are imported and indexed once, then every
 * filter change is answered from typed arrays. Also used directly in Node
 * (tests, benchmarks).
 */
export function createAnalysisService(blobStore?: () => Promise<BlobStore | null>) {
  let datasets: Dataset[] = [];
  let layouts: Layouts = new Map();
  let offences: OffenceTable | null = null;
  let stadsdelar: AnalysisArea[] = [];
  let ods: AnalysisArea[] = [];
  let odsGeometries: AreaSummary['geometry'][] = [];
  let membership: Membership | null = null;
  let rings: Rings | null = null;
  let summary: Omit<WorkspaceSummary, 'failed' | 'datasets'> | null = null;
  /**
   * Selections by filter and period. One filter change asks for the same
   * selection from several calls (tables, patterns, points in view, density);
   * each is a pass over every offence, so it is made once. Cleared on new data.
   */
  const selections = new Map<string, Uint8Array>();
  const selectionFor = (o: OffenceTable, filter: OffenceFilter, period: DayRange): Uint8Array => {
    const key = JSON.stringify([filter, period.first, period.last]);
    let mask = selections.get(key);
    if (!mask) {
      if (selections.size >= 8) selections.delete(selections.keys().next().value as string);
      mask = selectionMask(o, filter, period);
      selections.set(key, mask);
    }
    return mask;
  };

  /** Rebuilds what the analysis uses from the files; only called after a change of files. */
  const activate = (next: Dataset[]): void => {
    const active = activeData(next);
    const nextStadsdelar = active.stadsdelar.map(toAnalysisArea);
    const nextOds = active.ods.map(toAnalysisArea);
    const nextMembership = active.offences
      ? computeMembership(active.offences, nextStadsdelar, nextOds)
      : null;
    datasets = next;
    offences = active.offences;
    stadsdelar = nextStadsdelar;
    ods = nextOds;
    odsGeometries = active.ods.map((a) => a.geometry);
    membership = nextMembership;
    rings = null;
    selections.clear();
    summary = {
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
    };
  };

  const workspace = (failed: FailedFile[] = []): WorkspaceSummary => {
    if (!summary) throw new Error('Inga filer är inlästa ännu.');
    return { ...summary, datasets: datasets.map(summarize), failed };
  };

  /** Applies a change to the file list; if the result cannot be used, nothing changes. */
  const change = (next: Dataset[], failed: FailedFile[] = []): WorkspaceSummary => {
    activate(next);
    return workspace(failed);
  };

  /** Rings depend only on the width; rebuilt when it changes, not on every filter change. */
  const ringsFor = (width: number): Rings => {
    if (rings && rings.width === width) return rings;
    if (!offences) throw new Error('Ingen brottsdata är inläst ännu.');
    const planar = odsGeometries.map((g) => ringAround(g, width));
    const e = offences.e.subarray(0, offences.count);
    const n = offences.n.subarray(0, offences.count);
    const points = planar.length > 0 ? pointsInEachPolygon(buildPolygonIndex(planar), e, n) : [];
    rings = { width, points, hectares: planar.map((p) => squareMetresToHectares(planarArea(p))) };
    return rings;
  };

  const requireOffences = () => {
    if (!offences || !membership)
      throw new Error('Ingen brottsdata är inläst ännu. Lägg till en fil med brott.');
    return { offences, membership };
  };

  const service = {
    /** Imports files; each that fails is reported and skipped, the rest (and all earlier files) stay. */
    async addFiles(
      requests: AddFileRequest[],
      onProgress?: ProgressCallback,
    ): Promise<WorkspaceSummary> {
      const added: Dataset[] = [];
      const failed: FailedFile[] = [];
      for (const [k, r] of requests.entries()) {
        const share = (f: number) => onProgress?.(`Läser ${r.name}`, (k + f) / requests.length);
        try {
          share(0);
          const bytes = await readBytes(r);
          added.push(
            loadDataset(
              r.id,
              r.name,
              bytes,
              r.options ?? {},
              r.demo ?? false,
              r.role,
              share,
              layouts,
            ),
          );
          if (r.persist && r.blob) await (await blobStore?.())?.putBlob(r.id, r.blob);
        } catch (e) {
          if (!(e instanceof ImportError)) console.error(e);
          failed.push({ fileName: r.name, message: messageOf(e) });
        }
      }
      onProgress?.('Räknar brott per område', 1);
      const kept = datasets.filter((d) => !added.some((a) => a.id === d.id));
      return change([...kept, ...added], failed);
    },

    /** The remembered file layouts (from IndexedDB), applied to files added from now on. */
    setLayouts(list: { key: string; options: StoredOptions }[]): void {
      layouts = new Map(list.map((l) => [l.key, l.options]));
    },

    setRole(id: string, role: FileRole): WorkspaceSummary {
      return change(datasets.map((d) => (d.id === id ? { ...d, role } : d)));
    },

    /** Re-reads one file with other options (coordinate system, encoding); on failure the old stays. */
    reimport(id: string, options: StoredOptions): WorkspaceSummary {
      const old = datasets.find((d) => d.id === id);
      if (!old) throw new Error(`Okänd fil ${id}`);
      try {
        const next = loadDataset(
          id,
          old.fileName,
          old.bytes,
          { ...old.options, ...options },
          old.demo,
          old.role,
        );
        return change(datasets.map((d) => (d.id === id ? next : d)));
      } catch (e) {
        return workspace([{ fileName: old.fileName, message: messageOf(e) }]);
      }
    },

    remove(id: string): WorkspaceSummary {
      return change(datasets.filter((d) => d.id !== id));
    },

    /** Removes the user's files; the demo stays. */
    clearUserFiles(): WorkspaceSummary {
      return change(datasets.filter((d) => d.demo));
    },

    /** Joins an indicator table to the areas in use by name (columns guessed unless given). */
    indicator(id: string, nameColumn?: number, valueColumn?: number): IndicatorView {
      const d = datasets.find((x) => x.id === id);
      if (!d || d.imported.kind !== 'table')
        throw new Error('Filen är ingen tabell att koppla till områden.');
      const { header, rows } = d.imported;
      const names = stadsdelar.map((a) => a.name);
      const j = joinIndicator(header, rows, names, nameColumn, valueColumn);
      return {
        datasetId: id,
        fileName: d.fileName,
        header,
        nameColumn: j.nameColumn,
        valueColumn: j.valueColumn,
        values: j.values.flatMap((v, i) =>
          v === null ? [] : [{ areaId: stadsdelar[i].id, value: v }],
        ),
        unmatchedRows: j.unmatchedRows,
        unmatchedAreas: j.unmatchedAreas,
      };
    },

    /** The rows of one file that could not be used, as CSV for download. */
    problemsCsv(id: string): string {
      const d = datasets.find((x) => x.id === id);
      if (!d) throw new Error(`Okänd fil ${id}`);
      const i = d.imported;
      const problems =
        i.kind === 'offences' ? i.result.problems : i.kind === 'features' ? i.problems : [];
      return problemsToCsv(problems);
    },

    /** The demo lägesbild in one call (tests, benchmarks and the first start). */
    async loadLagesbild(
      sources: { stadsdelar: SourceFile; ods: SourceFile; offences: SourceFile },
      onProgress?: ProgressCallback,
    ): Promise<WorkspaceSummary> {
      const result = await service.addFiles(
        [
          {
            ...sources.stadsdelar,
            id: `demo:${sources.stadsdelar.name}`,
            demo: true,
            role: 'areas',
          },
          { ...sources.ods, id: `demo:${sources.ods.name}`, demo: true, role: 'ods' },
          {
            ...sources.offences,
            id: `demo:${sources.offences.name}`,
            demo: true,
            role: 'offences',
          },
        ],
        onProgress,
      );
      if (result.failed.length > 0) {
        throw new Error(result.failed.map((f) => `${f.fileName}: ${f.message}`).join('\n'));
      }
      return result;
    },

    compute(query: DashboardQuery): DashboardResult {
      const { offences: o, membership: m } = requireOffences();
      const ringData = query.ringWidth && query.ringWidth > 0 ? ringsFor(query.ringWidth) : null;
      return computeDashboard(o, stadsdelar, ods, m, query, ringData);
    },

    /** KDE raster, hexagon bins or hot spots over the loaded areas, for the period and filters. */
    density(period: DayRange, filter: OffenceFilter, params: DensityParams): DrawableDensity {
      const { offences: o } = requireOffences();
      return densityToWgs84(
        computeDensity(
          o,
          selectionFor(o, filter, period),
          stadsdelar.map((a) => a.planar),
          params,
        ),
      );
    },

    /** Raw offences in the view, when few enough to draw one by one. */
    pointsInView(
      bounds: LonLatBounds,
      period: DayRange,
      filter: OffenceFilter,
      limit: number,
    ): PointsInView {
      const { offences: o } = requireOffences();
      return pointsInView(o, selectionFor(o, filter, period), bounds, limit);
    },

    /** Time and place patterns in the scope for the current period and every filter. */
    patterns(scope: Scope, period: DayRange, filter: OffenceFilter): PatternResult {
      const { offences: o, membership: m } = requireOffences();
      const inScope = scopeMask(o.count, stadsdelar, ods, m, scope);
      const inPeriod = selectionFor(o, filter, period);
      // The month trend spans all the data: only the place and time-of-day filters apply.
      const always = selectionFor(o, filter, { first: -Infinity, last: Infinity });
      const selected = new Uint8Array(o.count);
      const allTime = new Uint8Array(o.count);
      for (let i = 0; i < o.count; i++) {
        selected[i] = inPeriod[i] & inScope[i];
        allTime[i] = always[i] & inScope[i];
      }
      return {
        weekdayHour: weekdayHourMatrix(o, selected),
        trend: monthTrend(o, allTime),
        topStreets: topStreets(o, selected),
        topCellShare: topCellShare(o, selected),
      };
    },
  };
  return service;
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
