import { computeDensity, type HotSpotCells } from '../analysis/density';
import type { DayRange } from '../analysis/isoWeek';
import { selectionMask } from '../analysis/selectionMask';
import { walkSurroundings } from '../analysis/walkSurroundings';
import type { PlanarPoint } from '../analysis/walkRoute';
import { fromSweref, projector } from '../data/crs';
import type { LoadedData } from './loadedData';
import { remember, rememberSelection } from './memo';
import type { WalkSurroundingsQuery, WalkSurroundingsResult } from './protocol';

const toLonLat = (p: PlanarPoint): [number, number] => fromSweref(p);

/** Hot cells (Gi*, 100 m) over the areas for the period and filter; kept until they change. */
function hotCells(data: LoadedData, period: DayRange, q: WalkSurroundingsQuery, mask: Uint8Array) {
  const o = data.offences;
  if (!o || data.stadsdelar.length === 0) return null;
  return remember(data.memo, 'walkHotCells', [period, q.filter], () => {
    const d = computeDensity(
      o,
      mask,
      data.stadsdelar.map((a) => a.planar),
      { kind: 'hotspot', bandwidth: 0, cellSize: 0, hexSize: 0 },
    );
    return d.kind === 'hotspot' ? d.hotspots : null;
  }) as HotSpotCells | null;
}

/** What lies along a planned route, in WGS84 for the page. */
export function runWalkSurroundings(
  data: LoadedData,
  q: WalkSurroundingsQuery,
): WalkSurroundingsResult {
  const toTm = projector('EPSG:4326', 'EPSG:3006');
  const route = q.route.map((p) => toTm.forward(p));
  const o = data.offences;
  const period = q.period;
  const mask = o
    ? rememberSelection(data.memo, [q.filter, period.first, period.last], () =>
        selectionMask(o, q.filter, period),
      )
    : null;
  const r = walkSurroundings({
    route,
    distance: q.distance,
    offences: o,
    mask,
    extents: data.ods,
    hotCells: o && mask && route.length > 0 ? hotCells(data, period, q, mask) : null,
    privacyThreshold: q.privacyThreshold,
  });
  return {
    distance: r.distance,
    hasOffences: o !== null,
    categories: r.categories,
    total: r.total,
    extents: r.extents.map((x) => ({
      id: x.id,
      name: x.name,
      year: x.year ?? null,
      crossings: x.crossings.map(toLonLat),
      entersInside: x.entersInside,
      distance: x.distance,
    })),
    hotCells: r.hotCells.map((h) => ({
      centre: toLonLat(h.centre),
      z: h.z,
      distance: h.distance,
    })),
    suggestions: r.suggestions.map((s) => ({
      kind: s.kind,
      label: s.label,
      stopName: s.stopName,
      position: toLonLat(s.position),
      chainage: s.chainage,
      weight: s.weight,
    })),
  };
}
