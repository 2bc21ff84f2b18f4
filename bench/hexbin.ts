/**
 * Figure 3: counts per 100 m hexagon for 1M points (the figure 2 points,
 * Kungsholmen + Norrmalm). Ours: `hexbin` (hexagon index computed per point);
 * baseline: `turf.collect` over a Turf hexGrid of the same extent, on 100k points.
 */
import { collect, featureCollection, hexGrid, point } from '@turf/turf';
import { hexbin } from '../src/analysis/hexbin';
import { projector } from '../src/data/crs';
import { clusteredPoints, innerCityExtent, time, timeMedian, type Figure } from './lib';

const N = 1_000_000;
const TURF_N = 100_000;
const SIZE = 100;
const REPS = 7;

export function hexbinFigures(): Figure[] {
  const ext = innerCityExtent();
  const { xs, ys } = clusteredPoints(N, ext, 2);
  const mask = new Uint8Array(N).fill(1);
  const ours = timeMedian(REPS, () => hexbin(xs, ys, mask, SIZE));
  const bins = ours.value;

  const toWgs = projector('EPSG:3006', 'EPSG:4326');
  const [w, s] = toWgs.forward([ext.minX, ext.minY]);
  const [e, n] = toWgs.forward([ext.maxX, ext.maxY]);
  // Turf's hexagons are laid out in degrees; side 0.1 km as the nearest equivalent.
  const grid = hexGrid([w, s, e, n], SIZE / 1000, { units: 'kilometers' });
  const pts = featureCollection(
    Array.from({ length: TURF_N }, (_, i) => point(toWgs.forward([xs[i], ys[i]]), { one: 1 })),
  );
  const turf = time(() => collect(grid, pts, 'one', 'hits'));
  let collected = 0;
  for (const f of turf.value.features) collected += (f.properties?.hits as unknown[]).length;

  const perPoint = turf.ms / TURF_N / (ours.ms / N);
  return [
    {
      group: 'hexbin',
      name: `hexagon counts, ${SIZE} m side, 1M points, Kungsholmen+Norrmalm`,
      ms: ours.ms,
      baselineName: `turf.collect over a Turf hexGrid (${grid.features.length} hexagons), ${TURF_N / 1000}k points`,
      baselineMs: turf.ms,
      ratio: perPoint,
      ratioMeaning: '× faster per point',
      note:
        `${bins.length} hexagons with offences; Turf collected ${collected} of ${TURF_N} points ` +
        `(its grid covers the bbox in degrees); median of ${REPS}`,
      extra: { points: N, turfPoints: TURF_N, hexagons: bins.length, reps: REPS },
    },
  ];
}
