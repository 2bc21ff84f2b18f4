import {
  computeDashboard,
  computeMembership,
  scopeMask,
  type Rings,
  type Scope,
  type AnalysisArea,
  type DashboardQuery,
  type DashboardResult,
  type Membership,
} from '../analysis/dashboard';
import { computeDensity, selectionMask, type DensityParams } from '../analysis/density';
import {
  monthTrend,
  topCellShare,
  topStreets,
  weekdayHourMatrix,
  type MonthTrend,
  type StreetCount,
} from '../analysis/patterns';
import { planarArea, squareMetresToHectares } from '../analysis/planar';
import { buildPolygonIndex, pointsInEachPolygon } from '../analysis/polygonIndex';
import { ringAround } from '../data/ringAround';
import { pointsInView, type LonLatBounds, type PointsInView } from '../analysis/pointsInView';
import type { OffenceFilter } from '../analysis/filter';
import type { DayRange } from '../analysis/isoWeek';
import { toAnalysisArea, toAreaSummary, type AreaSummary } from '../data/areaLayers';
import { densityToWgs84, type DrawableDensity } from '../data/densityToWgs84';
import type { RowProblem } from '../data/importProblem';
import type { OffenceTable } from '../data/offenceTable';
import { parseAreas } from '../data/parseAreas';
import { parseOffencesCsv } from '../data/parseOffencesCsv';

/** A file to load: fetched from `url` (the demo) or given as text (a user's file). */
export interface SourceFile {
  name: string;
  url?: string;
  text?: string;
}

export interface LagesbildSources {
  stadsdelar: SourceFile;
  ods: SourceFile;
  offences: SourceFile;
}

export interface OffenceSummary {
  fileName: string;
  rows: number;
  firstDay: number;
  lastDay: number;
  detectedText: string;
  problems: RowProblem[];
  problemCount: number;
  unknownCategories: [string, number][];
}

export interface LoadSummary {
  stadsdelar: AreaSummary[];
  ods: AreaSummary[];
  offences: OffenceSummary;
}

export interface PatternResult {
  weekdayHour: Uint32Array;
  trend: MonthTrend;
  topStreets: StreetCount[][];
  /** Share of offences in the busiest 5 % of 100 m cells. */
  topCellShare: number;
}

export type ProgressCallback = (step: string, fraction: number) => void;

async function readSource(source: SourceFile): Promise<string> {
  if (source.text !== undefined) return source.text;
  if (!source.url) throw new Error(`${source.name}: varken text eller adress angiven.`);
  const response = await fetch(source.url);
  if (!response.ok) {
    throw new Error(`${source.name} kunde inte hämtas (HTTP ${response.status}). Ladda om sidan.`);
  }
  return response.text();
}

function dayRange(t: OffenceTable): { firstDay: number; lastDay: number } {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < t.count; i++) {
    if (t.day[i] < firstDay) firstDay = t.day[i];
    if (t.day[i] > lastDay) lastDay = t.day[i];
  }
  return { firstDay, lastDay };
}

/**
 * The worker's state and API: parses and indexes once, then answers every
 * filter change from typed arrays. Also used directly in Node (tests, CLI).
 */
export function createAnalysisService() {
  let offences: OffenceTable | null = null;
  let stadsdelar: AnalysisArea[] = [];
  let ods: AnalysisArea[] = [];
  let membership: Membership | null = null;
  let odsGeometries: AreaSummary['geometry'][] = [];
  let rings: Rings | null = null;

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

  return {
    async loadLagesbild(
      sources: LagesbildSources,
      onProgress?: ProgressCallback,
    ): Promise<LoadSummary> {
      onProgress?.('Läser områden', 0);
      const areaFiles = await Promise.all([
        readSource(sources.stadsdelar),
        readSource(sources.ods),
      ]);
      const sd = parseAreas(areaFiles[0], sources.stadsdelar.name);
      const od = parseAreas(areaFiles[1], sources.ods.name);
      onProgress?.('Hämtar brottsdata', 0.05);
      const csv = await readSource(sources.offences);
      const imported = parseOffencesCsv(csv, sources.offences.name, {
        onProgress: (f) => onProgress?.('Läser brottsdata', 0.1 + 0.75 * f),
      });
      onProgress?.('Räknar brott per område', 0.9);
      const nextStadsdelar = sd.areas.map(toAnalysisArea);
      const nextOds = od.areas.map(toAnalysisArea);
      const nextMembership = computeMembership(imported.table, nextStadsdelar, nextOds);
      // Swap in only when everything succeeded: a failed load keeps what was loaded before.
      offences = imported.table;
      stadsdelar = nextStadsdelar;
      ods = nextOds;
      membership = nextMembership;
      odsGeometries = od.areas.map((a) => a.geometry);
      rings = null;
      onProgress?.('Klart', 1);
      return {
        stadsdelar: sd.areas.map(toAreaSummary),
        ods: od.areas.map(toAreaSummary),
        offences: {
          fileName: sources.offences.name,
          rows: imported.table.count,
          ...dayRange(imported.table),
          detectedText: imported.detectedText,
          problems: [...sd.problems, ...od.problems, ...imported.problems],
          problemCount: sd.problemCount + od.problemCount + imported.problemCount,
          unknownCategories: [...imported.unknownCategories],
        },
      };
    },

    compute(query: DashboardQuery): DashboardResult {
      if (!offences || !membership) throw new Error('Ingen brottsdata är inläst ännu.');
      const ringData = query.ringWidth && query.ringWidth > 0 ? ringsFor(query.ringWidth) : null;
      return computeDashboard(offences, stadsdelar, ods, membership, query, ringData);
    },

    /** Raw offences in the view, when few enough to draw one by one. */
    pointsInView(
      bounds: LonLatBounds,
      period: DayRange,
      filter: OffenceFilter,
      limit: number,
    ): PointsInView {
      if (!offences) throw new Error('Ingen brottsdata är inläst ännu.');
      return pointsInView(offences, selectionMask(offences, filter, period), bounds, limit);
    },

    /** Time and place patterns in the scope for the current period and every filter. */
    patterns(scope: Scope, period: DayRange, filter: OffenceFilter): PatternResult {
      if (!offences || !membership) throw new Error('Ingen brottsdata är inläst ännu.');
      const inScope = scopeMask(offences.count, stadsdelar, ods, membership, scope);
      const selected = selectionMask(offences, filter, period);
      // The month trend spans all the data: only the place and time-of-day filters apply.
      const allTime = selectionMask(offences, filter, { first: -Infinity, last: Infinity });
      for (let i = 0; i < offences.count; i++) {
        selected[i] &= inScope[i];
        allTime[i] &= inScope[i];
      }
      return {
        weekdayHour: weekdayHourMatrix(offences, selected),
        trend: monthTrend(offences, allTime),
        topStreets: topStreets(offences, selected),
        topCellShare: topCellShare(offences, selected),
      };
    },

    /** KDE raster or hexagon bins over the loaded areas, for the period and filters. */
    density(period: DayRange, filter: OffenceFilter, params: DensityParams): DrawableDensity {
      if (!offences) throw new Error('Ingen brottsdata är inläst ännu.');
      return densityToWgs84(
        computeDensity(
          offences,
          filter,
          period,
          stadsdelar.map((a) => a.planar),
          params,
        ),
      );
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
