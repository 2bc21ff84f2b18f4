import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseAreas } from '../../src/data/parseAreas';
import {
  assignToFirstPolygon,
  buildPolygonIndex,
  pointsInEachPolygon,
} from '../../src/analysis/polygonIndex';

/**
 * Turf-style fixtures: each in/*.geojson holds polygons and labelled points
 * in SWEREF 99 TM; out/*.json says, per point, which polygon a partition
 * gives it to and which polygons count it independently.
 * UPDATE_FIXTURES=1 rewrites out/ (review the diff).
 */
const DIR = join(import.meta.dirname, '../fixtures/counting');

function run(file: string) {
  const text = readFileSync(join(DIR, 'in', file), 'utf8');
  const { areas } = parseAreas(text, file);
  const points = (JSON.parse(text) as FeatureCollection).features.filter(
    (f) => f.geometry?.type === 'Point',
  ) as FeatureCollection<Point, { label: string }>['features'];
  const xs = Float64Array.from(points.map((p) => p.geometry.coordinates[0]));
  const ys = Float64Array.from(points.map((p) => p.geometry.coordinates[1]));
  const index = buildPolygonIndex(areas.map((a) => a.planar));
  const first = assignToFirstPolygon(index, xs, ys);
  const each = pointsInEachPolygon(index, xs, ys);
  return points.map((p, i) => ({
    point: p.properties.label,
    partition: first[i] >= 0 ? areas[first[i]].name : null,
    independent: areas.filter((_, k) => each[k].includes(i)).map((a) => a.name),
  }));
}

describe('counting fixtures', () => {
  for (const file of readdirSync(join(DIR, 'in'))) {
    it(file, () => {
      const actual = run(file);
      const outPath = join(DIR, 'out', file.replace(/\.geojson$/, '.json'));
      if (process.env.UPDATE_FIXTURES === '1')
        writeFileSync(outPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }
});
