import {
  computeDashboard,
  computeMembership,
  type AnalysisArea,
  type DashboardQuery,
  type DashboardResult,
  type Membership,
} from '../analysis/dashboard';
import { computeDensity, type DensityParams } from '../analysis/density';
import type { OffenceFilter } from '../analysis/filter';
import type { DayRange } from '../analysis/isoWeek';
import { planarBBox, type BBox } from '../analysis/planar';
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

function extentOf(areas: AnalysisArea[]): BBox {
  const boxes = areas.map((a) => planarBBox(a.planar));
  return {
    minX: Math.min(...boxes.map((b) => b.minX)),
    minY: Math.min(...boxes.map((b) => b.minY)),
    maxX: Math.max(...boxes.map((b) => b.maxX)),
    maxY: Math.max(...boxes.map((b) => b.maxY)),
  };
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
      return computeDashboard(offences, stadsdelar, ods, membership, query);
    },

    /** KDE raster or hexagon bins over the loaded areas, for the period and filters. */
    density(period: DayRange, filter: OffenceFilter, params: DensityParams): DrawableDensity {
      if (!offences) throw new Error('Ingen brottsdata är inläst ännu.');
      return densityToWgs84(computeDensity(offences, filter, period, extentOf(stadsdelar), params));
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
