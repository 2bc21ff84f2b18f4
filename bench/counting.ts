/**
 * Figure 1: 1M points counted into the 117 real stadsdelar. Ours: the grid
 * index (`buildPolygonIndex` + `assignToFirstPolygon`); baseline: Turf's
 * `pointsWithinPolygon` once per polygon, on the first 100k of the same points.
 */
import { featureCollection, point, pointsWithinPolygon } from '@turf/turf';
import { planarBBox } from '../src/analysis/planar';
import { assignToFirstPolygon, buildPolygonIndex } from '../src/analysis/polygonIndex';
import { seededRandom } from '../src/analysis/seededRandom';
import { projector } from '../src/data/crs';
import { realStadsdelar, time, timeMedian, type Figure } from './lib';

const N = 1_000_000;
const TURF_N = 100_000;
const REPS = 7;

export function countingFigures(): Figure[] {
  const areas = realStadsdelar();
  const polygons = areas.map((a) => a.planar);
  // Points inside the polygons' bboxes (a random stadsdel, then uniform in its bbox):
  // most fall inside a stadsdel, more of them in the small inner-city ones.
  const boxes = polygons.map(planarBBox);
  const rand = seededRandom(1);
  const xs = new Float64Array(N);
  const ys = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const b = boxes[Math.floor(rand() * boxes.length)];
    xs[i] = b.minX + rand() * (b.maxX - b.minX);
    ys[i] = b.minY + rand() * (b.maxY - b.minY);
  }

  const total = timeMedian(REPS, () => assignToFirstPolygon(buildPolygonIndex(polygons), xs, ys));
  const build = timeMedian(REPS, () => buildPolygonIndex(polygons));
  const assign = timeMedian(REPS, () => assignToFirstPolygon(build.value, xs, ys));
  const assigned = total.value;
  let inside = 0;
  for (let i = 0; i < N; i++) if (assigned[i] >= 0) inside++;

  // Turf, in WGS84 as it expects (projecting is not timed), on the first TURF_N points.
  const toWgs = projector('EPSG:3006', 'EPSG:4326');
  const pts = featureCollection(
    Array.from({ length: TURF_N }, (_, i) => point(toWgs.forward([xs[i], ys[i]]), { i })),
  );
  const turf = time(() => areas.map((a) => pointsWithinPolygon(pts, a.geometry).features));
  // Agreement with Turf on the same points (first polygon in file order, as ours).
  const turfFirst = new Int32Array(TURF_N).fill(-1);
  turf.value.forEach((features, p) => {
    for (const f of features) {
      const i = (f.properties as { i: number }).i;
      if (turfFirst[i] < 0) turfFirst[i] = p;
    }
  });
  let disagree = 0;
  for (let i = 0; i < TURF_N; i++) if (turfFirst[i] !== assigned[i]) disagree++;

  const turfPerPoint = turf.ms / TURF_N;
  const ratioOf = (ms: number) => turfPerPoint / (ms / N);
  const baselineName = `Turf pointsWithinPolygon per polygon, ${TURF_N / 1000}k points`;
  const ratioMeaning = '× faster per point';
  const common = { group: 'counting', baselineName, baselineMs: turf.ms, ratioMeaning };
  const extra = {
    points: N,
    turfPoints: TURF_N,
    polygons: areas.length,
    inside,
    cells: `${build.value.cols}×${build.value.rows}`,
    cellSizeM: Number(build.value.cellSize.toFixed(1)),
    turfDisagreements: disagree,
    reps: REPS,
  };
  return [
    {
      ...common,
      name: `count 1M points into ${areas.length} stadsdelar, index build included`,
      ms: total.ms,
      ratio: ratioOf(total.ms),
      target: '< 150 ms and ≥ 300× Turf per point',
      meetsTarget: total.ms < 150 && ratioOf(total.ms) >= 300,
      note:
        `${inside} of ${N} inside a stadsdel; grid ${extra.cells} (${extra.cellSizeM} m); ` +
        `${disagree} of ${TURF_N} points assigned differently from Turf; median of ${REPS}`,
      extra,
    },
    {
      ...common,
      name: '  of which: build the index',
      ms: build.ms,
      ratio: ratioOf(build.ms),
      note: `median of ${REPS}`,
    },
    {
      ...common,
      name: '  of which: assign 1M points with a built index',
      ms: assign.ms,
      ratio: ratioOf(assign.ms),
      note: `median of ${REPS}`,
    },
  ];
}
