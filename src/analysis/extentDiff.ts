import { planarArea, squareMetresToHectares, type PlanarPolygon } from './planar';
import { planarDifference, planarIntersection, planarUnion } from './planarClip';

/** A geometry that cannot give right hectares; the message (Swedish) names the extent and says what to do. */
export class ExtentGeometryError extends Error {
  constructor(
    readonly extent: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtentGeometryError';
  }
}

const REPAIR_HINT =
  'Öppna ytan i GIS-programmet (t.ex. QGIS: Vektor → Geometriverktyg → Reparera geometrier), spara och läs in filen igen.';

/** Below this an extent is a digitising slip (points on a line), not a place. */
const MIN_EXTENT_M2 = 1;

/** How far kept + gained may be from B (and kept + lost from A) before the result is refused. */
export const AREA_TOLERANCE_HA = 0.01;

function checkFinite(polygon: PlanarPolygon, label: string): void {
  for (const rings of polygon) {
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i++) {
        if (!Number.isFinite(ring[i])) {
          throw new ExtentGeometryError(
            label,
            `${label}: utbredningen har ogiltiga koordinater (tomma eller inte tal). ${REPAIR_HINT}`,
          );
        }
      }
    }
  }
}

/**
 * Make-valid and union of one scene-year's pieces: self-intersecting rings
 * (a bow-tie becomes its two triangles), overlapping pieces and parts of a
 * multipolygon become one clean geometry with its holes, whose planar area
 * is the true area. Input is not changed. Throws ExtentGeometryError naming
 * `label` when nothing with an area is left or the geometry cannot be repaired.
 */
export function cleanExtent(pieces: PlanarPolygon[], label: string): PlanarPolygon {
  pieces.forEach((p) => checkFinite(p, label));
  let clean: PlanarPolygon;
  try {
    clean = planarUnion(pieces);
  } catch (e) {
    throw new ExtentGeometryError(
      label,
      `${label}: geometrin går inte att reparera (${(e as Error).message}). ${REPAIR_HINT}`,
    );
  }
  if (!(planarArea(clean) >= MIN_EXTENT_M2)) {
    throw new ExtentGeometryError(
      label,
      `${label}: utbredningen har ingen yta (under 1 m², t.ex. alla punkter på en linje). ${REPAIR_HINT}`,
    );
  }
  return clean;
}

export interface ExtentDiff {
  /** A ∩ B: the part that stayed. */
  kept: PlanarPolygon;
  /** B − A: the part that is new in B. */
  gained: PlanarPolygon;
  /** A − B: the part that dropped out. */
  lost: PlanarPolygon;
  aHa: number;
  bHa: number;
  keptHa: number;
  gainedHa: number;
  lostHa: number;
}

const hectares = (p: PlanarPolygon) => squareMetresToHectares(planarArea(p));

/**
 * Kept, gained and lost area between extent A and extent B (either may be
 * empty: a new or an ended scene), in true hectares. A and B must be clean
 * (cleanExtent); the invariant kept + gained = B and kept + lost = A within
 * AREA_TOLERANCE_HA is checked, so a geometry the clipping read differently
 * from its own area gives a message naming `label` instead of wrong numbers.
 */
export function diffExtents(a: PlanarPolygon, b: PlanarPolygon, label: string): ExtentDiff {
  let kept: PlanarPolygon;
  let gained: PlanarPolygon;
  let lost: PlanarPolygon;
  try {
    kept = planarIntersection(a, b);
    gained = planarDifference(b, a);
    lost = planarDifference(a, b);
  } catch (e) {
    throw new ExtentGeometryError(
      label,
      `${label}: skillnaden mellan åren går inte att beräkna (${(e as Error).message}). ${REPAIR_HINT}`,
    );
  }
  const d = {
    kept,
    gained,
    lost,
    aHa: hectares(a),
    bHa: hectares(b),
    keptHa: hectares(kept),
    gainedHa: hectares(gained),
    lostHa: hectares(lost),
  };
  const offB = Math.abs(d.keptHa + d.gainedHa - d.bHa);
  const offA = Math.abs(d.keptHa + d.lostHa - d.aHa);
  if (offA > AREA_TOLERANCE_HA || offB > AREA_TOLERANCE_HA) {
    throw new ExtentGeometryError(
      label,
      `${label}: ytorna går inte ihop (kvar ${d.keptHa.toFixed(2)} ha + tillkommen ${d.gainedHa.toFixed(2)} ha ` +
        `mot ${d.bHa.toFixed(2)} ha, kvar + försvunnen ${(d.keptHa + d.lostHa).toFixed(2)} ha mot ${d.aHa.toFixed(2)} ha); ` +
        `geometrin är troligen ogiltig. ${REPAIR_HINT}`,
    );
  }
  return d;
}
