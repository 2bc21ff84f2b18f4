/**
 * `npm run bench [-- --json]`: speed as ratios against a baseline measured in
 * the same run, on the real 117 stadsdelar in ../shared/data and on the demo CSV.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureCollection, point, pointsWithinPolygon } from '@turf/turf';
import Papa from 'papaparse';
import { assignToFirstPolygon, buildPolygonIndex } from '../src/analysis/polygonIndex';
import { seededRandom } from '../src/analysis/seededRandom';
import { projector } from '../src/data/crs';
import { parseAreas } from '../src/data/parseAreas';
import { parseOffencesCsv } from '../src/data/parseOffencesCsv';
import { sharedDataPath } from '../test/unit/sharedData';

interface Figure {
  name: string;
  ms: number;
  baselineName: string;
  baselineMs: number;
  /** How many times faster than the baseline, per unit of work. */
  ratio: number;
  note: string;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function countingFigure(): Figure {
  const text = readFileSync(sharedDataPath('stockholm-stadsdelar', 'stadsdelar.geojson'), 'utf8');
  const { areas } = parseAreas(text, 'stadsdelar.geojson');
  const rand = seededRandom(1);
  const n = 1_000_000;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = 658_000 + rand() * 32_000;
    ys[i] = 6_566_000 + rand() * 28_000;
  }
  const ours = time(() =>
    assignToFirstPolygon(buildPolygonIndex(areas.map((a) => a.planar)), xs, ys),
  );
  // Turf's way, on fewer points (it needs ~50 s for 1M here), compared per point.
  const m = 20_000;
  const toWgs = projector('EPSG:3006', 'EPSG:4326');
  const pts = featureCollection(
    Array.from({ length: m }, (_, i) => point(toWgs.forward([xs[i], ys[i]]))),
  );
  const turf = time(() => {
    let hits = 0;
    for (const a of areas) hits += pointsWithinPolygon(pts, a.geometry).features.length;
    return hits;
  });
  const perPointOurs = ours.ms / n;
  const perPointTurf = turf.ms / m;
  return {
    name: `count 1M points into ${areas.length} stadsdelar (grid index, incl. build)`,
    ms: ours.ms,
    baselineName: `turf.pointsWithinPolygon per polygon, ${m} points`,
    baselineMs: turf.ms,
    ratio: perPointTurf / perPointOurs,
    note: `${Array.from(ours.value).filter((v) => v >= 0).length} of ${n} points inside a stadsdel`,
  };
}

function csvFigure(): Figure {
  const text = readFileSync(join(import.meta.dirname, '../data/demo/offences.csv'), 'utf8');
  const plain = time(() => Papa.parse(text, { header: true, skipEmptyLines: true }).data.length);
  const ours = time(() => parseOffencesCsv(text, 'offences.csv').table.count);
  return {
    name: `import demo offences.csv end to end (${ours.value} rows: parse, map, reproject)`,
    ms: ours.ms,
    baselineName: 'plain papaparse header:true, same file',
    baselineMs: plain.ms,
    ratio: plain.ms / ours.ms,
    note: `${((ours.value / ours.ms) * 1000).toFixed(0)} rows/s`,
  };
}

const figures = [countingFigure(), csvFigure()];
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ figures }, null, 2));
} else {
  for (const f of figures) {
    console.log(
      `${f.name}\n  ${f.ms.toFixed(0)} ms; baseline ${f.baselineName}: ${f.baselineMs.toFixed(0)} ms; ` +
        `ratio ×${f.ratio.toFixed(2)} (${f.note})`,
    );
  }
}
