import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { planarArea, type PlanarPolygon } from '../../analysis/planar';
import { planarDifference, planarUnion } from '../../analysis/planarClip';
import type { ImportedFeatures } from '../import/importTypes';
import { ImportError, ProblemLog } from '../importProblem';
import { nameOfArea } from '../areaName';
import { toPlanarPolygon } from '../reproject';
import { needsRepair } from './polygonValidity';

const REPAIR_HINT =
  'Rätta ytan i GIS-programmet (t.ex. QGIS: Vektor → Geometriverktyg → Reparera geometrier) och läs in filen igen.';

/** Below this a polygon is a digitising slip (points on a line), not a place. */
const MIN_AREA_M2 = 1;

const formatHa = (m2: number) =>
  (m2 / 10_000).toLocaleString('sv-SE', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/** GeoJSON rings (lon/lat) as flat rings; closed, so a ring written open is measured as drawn. */
function toFlat(geometry: Polygon | MultiPolygon): PlanarPolygon {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map((rings) =>
    rings.map((ring) => {
      const closed = isClosed(ring) ? ring : [...ring, ring[0]];
      return Float64Array.from(closed.flatMap((p) => [p[0], p[1]]));
    }),
  );
}

function toGeometry(polygon: PlanarPolygon): Polygon | MultiPolygon {
  const coordinates = polygon.map((rings) =>
    rings.map((ring) => {
      const out: Position[] = [];
      for (let i = 0; i + 1 < ring.length; i += 2) out.push([ring[i], ring[i + 1]]);
      return out;
    }),
  );
  return coordinates.length === 1
    ? { type: 'Polygon', coordinates: coordinates[0] }
    : { type: 'MultiPolygon', coordinates };
}

const isClosed = (ring: Position[]) =>
  ring.length > 0 &&
  ring[0][0] === ring[ring.length - 1][0] &&
  ring[0][1] === ring[ring.length - 1][1];

function hasOpenRing(geometry: Polygon | MultiPolygon): boolean {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.some((rings) => rings.some((ring) => !isClosed(ring)));
}

/**
 * GEOS's "structure" make-valid (shapely `make_valid(method='structure')`):
 * each shell is cleaned on its own (a bow-tie becomes its two triangles),
 * its holes are subtracted from it (a hole outside its shell removes
 * nothing), and the parts are united (overlaps counted once). Boolean
 * operations are exact, so lon/lat works as well as metres here.
 */
export function makeValid(polygon: PlanarPolygon): PlanarPolygon {
  const parts = polygon.map(([shell, ...holes]) => {
    const cleanShell = planarUnion([[[shell]]]);
    if (holes.length === 0) return cleanShell;
    return planarDifference(cleanShell, planarUnion(holes.map((h) => [[h]])));
  });
  return planarUnion(parts);
}

const sqm = (geometry: Polygon | MultiPolygon) =>
  planarArea(toPlanarPolygon(geometry, 'EPSG:4326'));

/**
 * Repairs the polygons of imported features (in WGS 84) so that no area is
 * measured or counted from an invalid shape: rings written open are closed
 * with a note, invalid shapes are made valid with a warning naming the area
 * and both areas, and a shape with no area left is refused, named. Points and
 * lines pass unchanged.
 */
export function repairPolygons(imported: ImportedFeatures): ImportedFeatures {
  const log = new ProblemLog(imported.fileName);
  const features: Feature[] = [];
  imported.features.forEach((f, i) => {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      features.push(f);
      return;
    }
    const name = nameOfArea(f.properties, `objekt ${i + 1}`);
    const label = `ytan "${name}" (objekt ${i + 1})`;
    const open = hasOpenRing(g);
    const flat = toFlat(g);
    const asDrawn = open ? toGeometry(flat) : g;
    if (!needsRepair(flat)) {
      if (open)
        log.add(
          i + 1,
          `${label}: en ring var inte sluten och slöts (sista punkten = första). Kontrollera ytan i kartan.`,
        );
      features.push(open ? { ...f, geometry: asDrawn } : f);
      return;
    }
    let repaired: PlanarPolygon;
    try {
      repaired = makeValid(flat);
    } catch (e) {
      log.add(
        i + 1,
        `${label} är ogiltig och går inte att reparera (${(e as Error).message}); den hoppas över. ${REPAIR_HINT}`,
      );
      return;
    }
    const after = repaired.length === 0 ? 0 : sqm(toGeometry(repaired));
    if (!(after >= MIN_AREA_M2)) {
      log.add(
        i + 1,
        `${label} har ingen yta (t.ex. en ring med bara två olika punkter eller alla punkter på en linje); den hoppas över. ${REPAIR_HINT}`,
      );
      return;
    }
    const before = sqm(asDrawn);
    const changed = Math.abs(after - before) > Math.max(MIN_AREA_M2, after * 1e-9);
    if (open || changed) {
      log.add(
        i + 1,
        `${label} var ogiltig (${open ? 'en ring var inte sluten' : 'självkorsande, hål utanför ytan eller överlappande delar'}) ` +
          `och reparerades: ${formatHa(after)} ha${changed ? ` (som ritad ${formatHa(before)} ha)` : ''}. Kontrollera ytan i kartan.`,
      );
    }
    features.push({ ...f, geometry: toGeometry(repaired) });
  });
  if (log.total === 0) return imported;
  if (features.length === 0) {
    throw new ImportError(
      imported.fileName,
      `ingen yta i filen går att använda. Första felet: ${log.items[0].message}`,
    );
  }
  return {
    ...imported,
    features,
    problems: [...imported.problems, ...log.items],
    problemCount: imported.problemCount + log.total,
  };
}
