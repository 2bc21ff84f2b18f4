import { compareCategories } from '../analysis/comparison';
import { countIndices, slotOf } from '../analysis/countCategories';
import { filterMask } from '../analysis/filter';
import { buildPolygonIndex, pointsInEachPolygon } from '../analysis/polygonIndex';
import { pointsNear } from '../analysis/pointsNear';
import { projector } from '../data/crs';
import { toPlanarPolygon } from '../data/reproject';
import type { LoadedData } from './loadedData';
import { remember } from './memo';
import type { PlaceCounts, PlaceCountsQuery, PlaceTarget } from './protocol';

const toTm = projector('EPSG:4326', 'EPSG:3006');

/** The offences of one place, any day: the same for every period, so kept per target. */
function indicesOf(data: LoadedData, target: PlaceTarget): Uint32Array {
  const o = data.offences;
  if (!o) return new Uint32Array(0);
  const e = o.e.subarray(0, o.count);
  const n = o.n.subarray(0, o.count);
  switch (target.kind) {
    case 'point': {
      const [x, y] = toTm.forward(target.position);
      return pointsNear(e, n, o.count, [x, y], target.radius);
    }
    case 'polygon': {
      const planar = toPlanarPolygon(target.geometry, 'EPSG:4326');
      return pointsInEachPolygon(buildPolygonIndex([planar]), e, n)[0];
    }
    case 'stadsdel': {
      const i = data.stadsdelar.findIndex((a) => a.id === target.areaId);
      if (i < 0 || !data.membership) return new Uint32Array(0);
      const of = data.membership.stadsdelOf;
      const out: number[] = [];
      for (let k = 0; k < o.count; k++) if (of[k] === i) out.push(k);
      return Uint32Array.from(out);
    }
    case 'ods': {
      const i = data.ods.findIndex((a) => a.id === target.odsId);
      if (i < 0 || !data.membership) return new Uint32Array(0);
      return data.membership.odsPoints[i];
    }
  }
}

/** The lägesbild comparison for each place of the meeting's agenda. */
export function placeCounts(data: LoadedData, q: PlaceCountsQuery): PlaceCounts[] {
  const o = data.offences;
  if (!o) return q.targets.map((t) => ({ key: t.key, rows: [] }));
  const { current, previous } = q.periods;
  const mask = remember(data.memo, 'placeMask', q.filter, () =>
    filterMask(o, q.filter, true, slotOf),
  );
  const days = {
    current: current.last - current.first + 1,
    previous: previous.last - previous.first + 1,
  };
  return q.targets.map((t) => {
    const indices = remember(data.memo, `place:${t.key}`, t, () => indicesOf(data, t));
    return {
      key: t.key,
      rows: compareCategories(
        countIndices(o, indices, current, mask),
        countIndices(o, indices, previous, mask),
        days,
      ),
    };
  });
}
