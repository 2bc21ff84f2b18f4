import type { MultiPolygon, Polygon } from 'geojson';
import type { ExtentInput } from '../../analysis/sceneYears';
import { extentInput } from '../../data/extentInputs';
import { normalizeName } from '../../data/normalizeName';
import { toPlanarPolygon } from '../../data/reproject';
import { inUse, type Dataset } from '../datasetRegistry';
import type { UserExtent } from '../protocol';

export interface ExtentSources {
  inputs: ExtentInput[];
  /** Polygons without a mapping year, in Swedish (they are left out). */
  skipped: string[];
  /** `${year}:${key}` of every scene-year a user drew or edited. */
  edited: Set<string>;
  /** Years with at least one extent from a file: complete mappings. Other years hold only drawings. */
  mappedYears: Set<number>;
}

const isPolygonal = (g: { type: string } | null | undefined): g is Polygon | MultiPolygon =>
  g?.type === 'Polygon' || g?.type === 'MultiPolygon';

/**
 * The extents to compare, as the CLI reads them (src/cli/readExtentsFile):
 * every polygon of the ÖDS files in use with its year and scene identity.
 * A user's drawn or edited extent replaces the file's pieces of that scene
 * and year (the file itself is never changed) or adds a scene.
 */
export function extentSources(datasets: Dataset[], userExtents: UserExtent[]): ExtentSources {
  const fromFiles: ExtentInput[] = [];
  const skipped: string[] = [];
  for (const d of inUse(datasets, 'ods')) {
    if (d.imported.kind !== 'features') continue;
    d.imported.features.forEach((f, i) => {
      if (!isPolygonal(f.geometry)) return;
      const r = extentInput(
        f.properties ?? {},
        toPlanarPolygon(f.geometry, 'EPSG:4326'),
        i,
        d.fileName,
      );
      if (r.ok) fromFiles.push(r.input);
      else skipped.push(`${d.fileName}: ${r.message}`);
    });
  }
  const edited = new Set<string>();
  const drawn: ExtentInput[] = userExtents.map((u, i) => {
    const key = normalizeName(u.sceneId) || u.sceneId;
    edited.add(`${u.year}:${key}`);
    return {
      key,
      name: u.sceneId,
      year: u.year,
      status: '',
      source: u.source,
      label: `"${u.sceneId}" ${u.year} (ritad/ändrad i kartan, nr ${i + 1})`,
      planar: toPlanarPolygon(u.geometry, 'EPSG:4326'),
    };
  });
  // A replacement takes the place of the file's first piece of that scene and year, so the
  // scenes keep their order (and the scene shown stays shown); new scenes come last.
  const byKey = new Map(drawn.map((d) => [`${d.year}:${d.key}`, d]));
  const placed = new Set<string>();
  const inputs: ExtentInput[] = [];
  for (const input of fromFiles) {
    const k = `${input.year}:${input.key}`;
    const replacement = input.key !== null ? byKey.get(k) : undefined;
    if (!replacement) inputs.push(input);
    else if (!placed.has(k)) {
      placed.add(k);
      inputs.push(replacement);
    }
  }
  inputs.push(...drawn.filter((d) => !placed.has(`${d.year}:${d.key}`)));
  return { inputs, skipped, edited, mappedYears: new Set(fromFiles.map((f) => f.year)) };
}
