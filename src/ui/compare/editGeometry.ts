import type { MultiPolygon, Polygon, Position } from 'geojson';

/** About a centimetre: within what terra-draw accepts, far below what an extent is drawn to. */
const DECIMALS = 7;
const round = (v: number) => Number(v.toFixed(DECIMALS));

function cleanRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [first, last] = [out[0], out[out.length - 1]];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  return out;
}

/**
 * An extent as the polygons the editor moves vertex by vertex: one per part,
 * outer ring only (the drawing tool edits no holes; an ÖDS extent has none in
 * practice), rounded to 7 decimals.
 */
export function toEditablePolygons(g: Polygon | MultiPolygon): Polygon[] {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return parts
    .map((rings) => cleanRing(rings[0] ?? []))
    .filter((ring) => ring.length >= 4)
    .map((ring) => ({ type: 'Polygon', coordinates: [ring] }));
}

/** The edited polygons as one extent: a Polygon, a MultiPolygon, or null when nothing is left. */
export function fromEditedPolygons(polygons: Polygon[]): Polygon | MultiPolygon | null {
  const kept = polygons.filter((p) => (p.coordinates[0]?.length ?? 0) >= 4);
  if (kept.length === 0) return null;
  if (kept.length === 1) return { type: 'Polygon', coordinates: kept[0].coordinates };
  return { type: 'MultiPolygon', coordinates: kept.map((p) => p.coordinates) };
}
