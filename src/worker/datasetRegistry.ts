import type { Feature, FeatureCollection } from 'geojson';
import { guessRole, importFile } from '../data/import/importFile';
import type { FileRole, ImportedFile } from '../data/import/importTypes';
import { layoutKey } from '../data/layoutKey';
import { mergeOffenceTables } from '../data/mergeOffenceTables';
import type { OffenceTable } from '../data/offenceTable';
import { parseAreas, type AreaFeature } from '../data/parseAreas';
import { parseSites, parseWalks, type SiteFeature, type WalkFeature } from '../data/parseOverlays';
import type { DatasetSummary, StoredOptions } from './protocol';

export interface Dataset {
  id: string;
  fileName: string;
  bytes: Uint8Array;
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

export function loadDataset(
  id: string,
  fileName: string,
  bytes: Uint8Array,
  options: StoredOptions,
  demo: boolean,
  role?: FileRole,
  onProgress?: (f: number) => void,
  layouts: Layouts = new Map(),
): Dataset {
  let imported = importFile(fileName, bytes, { ...options, onProgress });
  let used = options;
  let layoutApplied = false;
  // A file with a remembered header is read the way the user set up last time, unless told otherwise now.
  const layout =
    imported.kind === 'offences' ? layouts.get(layoutKey(imported.result.header)) : undefined;
  if (layout && !options.mapping) {
    used = { ...layout, ...options };
    imported = importFile(fileName, bytes, used);
    layoutApplied = true;
  }
  const chosen = role && validRoles(imported).includes(role) ? role : guessRole(imported);
  return { id, fileName, bytes, role: chosen, options: used, imported, demo, layoutApplied };
}

export function summarize(d: Dataset): DatasetSummary {
  const i = d.imported;
  const base = { id: d.id, fileName: d.fileName, format: i.format, role: d.role, demo: d.demo };
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
      },
      loaded: i.result.table.count,
      crs: i.result.crs,
      encoding: i.encoding,
      detectedText: `${i.result.columnsText} Koordinater: ${i.result.detectedText}.${
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
      encoding: i.encoding,
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
    detectedText: i.detectedText,
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
    used(role).flatMap((d) => parseAreas(collection(featuresOf(d)), d.fileName).areas);
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
