import type { Feature, FeatureCollection } from 'geojson';
import { guessRole } from '../data/formats/guessRole';
import { importFileLazily } from '../data/import/importFileLazily';
import type { PartPlan } from '../data/fastCsv/parseOffencesBytes';
import type { FileRole, ImportedFile } from '../data/import/importTypes';
import { toAreaSummary } from '../data/areaLayers';
import { ImportError } from '../data/importProblem';
import { skippedGeometriesText } from '../data/formats/skippedGeometries';
import { layoutKey } from '../data/layoutKey';
import { mergeOffenceTables } from '../data/mergeOffenceTables';
import type { OffenceTable } from '../data/offenceTable';
import { areasFromFeatures, type AreaFeature } from '../data/parseAreas';
import { parseSites, parseWalks, type SiteFeature, type WalkFeature } from '../data/parseOverlays';
import type { DatasetSummary, SourceFile, StoredOptions } from './protocol';

export interface Dataset {
  id: string;
  fileName: string;
  /**
   * Where the file's bytes come from again (the user's File, the demo's URL):
   * the bytes themselves are released after the import, and re-read on reimport.
   */
  source: SourceFile;
  role: FileRole;
  options: StoredOptions;
  imported: ImportedFile;
  demo: boolean;
  layoutApplied: boolean;
}

/** Remembered ways to read a file layout, by `layoutKey(header)`. */
export type Layouts = Map<string, StoredOptions>;

/** Roles that make sense for what a file holds: offences need a table with dates, areas need polygons. */
export function validRoles(imported: ImportedFile): FileRole[] {
  if (imported.kind === 'offences') return ['offences'];
  if (imported.kind === 'table') return ['indicator'];
  const types = new Set(imported.features.map((f) => f.geometry?.type));
  const roles: FileRole[] = [];
  if (types.has('Polygon') || types.has('MultiPolygon')) roles.push('areas', 'ods');
  if (types.has('Point')) roles.push('sites');
  if (types.has('LineString') || types.has('MultiLineString')) roles.push('walks');
  return roles;
}

export async function loadDataset(
  id: string,
  fileName: string,
  bytes: Uint8Array,
  source: SourceFile,
  options: StoredOptions,
  demo: boolean,
  role?: FileRole,
  onProgress?: (f: number) => void,
  layouts: Layouts = new Map(),
  parts?: PartPlan,
): Promise<Dataset> {
  let imported = await importFileLazily(fileName, bytes, { ...options, onProgress }, parts);
  let used = options;
  let layoutApplied = false;
  // A file with a remembered header is read the way the user set up last time, unless told otherwise now.
  const layout =
    imported.kind === 'offences' ? layouts.get(layoutKey(imported.result.header)) : undefined;
  if (layout && !options.mapping) {
    used = { ...layout, ...options };
    imported = await importFileLazily(fileName, bytes, used, parts);
    layoutApplied = true;
  }
  const chosen = role && validRoles(imported).includes(role) ? role : guessRole(imported);
  const dataset = {
    id,
    fileName,
    source,
    role: chosen,
    options: used,
    imported,
    demo,
    layoutApplied,
  };
  assertUsable(dataset);
  return dataset;
}

/**
 * Uses the file alone the way the workspace will, so a file whose shapes
 * break a later step is refused now, named, instead of staying in the list
 * and failing every later import and removal.
 */
function assertUsable(d: Dataset): void {
  if (d.imported.kind !== 'features') return;
  try {
    const active = activeData([d]);
    [...active.stadsdelar, ...active.ods].forEach((a) => {
      toAreaSummary(a);
      if (!(a.hectares >= 0) || !Number.isFinite(a.hectares))
        throw new Error(`${a.name}: ${a.hectares} ha`);
    });
  } catch (e) {
    throw new ImportError(
      d.fileName,
      `kan inte användas: en geometri i filen går inte att rita eller mäta (${(e as Error).message}). ` +
        'Reparera geometrierna i GIS-programmet (t.ex. QGIS: Reparera geometrier) och läs in filen igen.',
    );
  }
}

export function summarize(d: Dataset): DatasetSummary {
  const i = d.imported;
  const base = { id: d.id, fileName: d.fileName, format: i.format, role: d.role, demo: d.demo };
  // A workbook has no text encoding to choose, but may have sheets to choose from.
  const book =
    i.kind !== 'features' && i.workbook
      ? {
          encoding: null,
          workbook: i.workbook,
          bookText: `Excel-arbetsbok, bladet "${i.workbook.sheet}"${i.workbook.sheets.length > 1 ? ` (av ${i.workbook.sheets.length})` : ''}. `,
        }
      : null;
  if (i.kind === 'offences') {
    return {
      ...base,
      table: {
        header: i.result.header,
        mapping: i.result.mapping,
        eastColumn: i.result.eastColumn,
        categoryMapping: d.options.categoryMapping ?? {},
        categoryValues: i.result.categoryValues.slice(0, 200),
        layoutApplied: d.layoutApplied,
        duplicates: i.result.duplicates,
      },
      loaded: i.result.table.count,
      crs: i.result.crs,
      encoding: book ? null : i.encoding,
      ...(book ? { workbook: book.workbook } : {}),
      detectedText: `${book?.bookText ?? ''}${i.result.columnsText} Koordinater: ${i.result.detectedText}.${
        i.result.warningCount > 0
          ? ` ${i.result.warningCount} rader lästes utan klockslag, t.ex. rad ${i.result.warnings[0]?.row}: ${i.result.warnings[0]?.message}`
          : ''
      }`,
      problems: i.result.problems.slice(0, 50),
      problemCount: i.result.problemCount,
      unknownCategories: [...i.result.unknownCategories],
    };
  }
  if (i.kind === 'table') {
    return {
      ...base,
      loaded: i.rows.length,
      crs: null,
      encoding: book ? null : i.encoding,
      ...(book ? { workbook: book.workbook } : {}),
      detectedText: `Tabell utan koordinater med kolumnerna ${i.header.join(', ')}.`,
      problems: [],
      problemCount: 0,
      unknownCategories: [],
    };
  }
  return {
    ...base,
    loaded: i.features.length,
    crs: i.crs,
    encoding: null,
    detectedText: [i.detectedText, skippedGeometriesText(i.features, d.role)]
      .filter(Boolean)
      .join('. '),
    problems: i.problems.slice(0, 50),
    problemCount: i.problemCount,
    unknownCategories: [],
  };
}

/** What the analysis and the map use now. */
export interface ActiveData {
  stadsdelar: AreaFeature[];
  ods: AreaFeature[];
  offences: OffenceTable | null;
  offenceFiles: string[];
  sites: SiteFeature[];
  walks: WalkFeature[];
  /** The roles whose files in use are the demo's, so the app can say which parts are demo data. */
  demoRoles: FileRole[];
}

const collection = (features: Feature[]): string =>
  JSON.stringify({ type: 'FeatureCollection', features } satisfies FeatureCollection);

function featuresOf(d: Dataset): Feature[] {
  return d.imported.kind === 'features' ? d.imported.features : [];
}

/** For each role, the user's own files win over the demo files of that role. */
export function inUse(datasets: Dataset[], role: FileRole): Dataset[] {
  const withRole = datasets.filter((d) => d.role === role);
  const own = withRole.filter((d) => !d.demo);
  return own.length > 0 ? own : withRole;
}

export function activeData(datasets: Dataset[]): ActiveData {
  const used = (role: FileRole) => inUse(datasets, role);
  const areasOf = (role: FileRole) =>
    used(role).flatMap((d) => areasFromFeatures(featuresOf(d), 'EPSG:4326', d.fileName).areas);
  const tables = used('offences').flatMap((d) =>
    d.imported.kind === 'offences' ? [d.imported.result.table] : [],
  );
  const roles: FileRole[] = ['areas', 'ods', 'offences', 'sites', 'walks'];
  const demoRoles = roles.filter((r) => used(r).some((d) => d.demo));
  return {
    stadsdelar: areasOf('areas'),
    ods: areasOf('ods'),
    offences: tables.length > 0 ? mergeOffenceTables(tables) : null,
    offenceFiles: used('offences').map((d) => d.fileName),
    sites: used('sites').flatMap((d) => parseSites(collection(featuresOf(d)), d.fileName)),
    walks: used('walks').flatMap((d) => parseWalks(collection(featuresOf(d)), d.fileName)),
    demoRoles,
  };
}
