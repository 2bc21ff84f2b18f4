import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fromEditedPolygons, toEditablePolygons } from './editGeometry';

const ring = (lon: number) => [
  [lon + 0.000000012345, 59.33],
  [lon + 0.01, 59.33],
  [lon + 0.01, 59.331],
  [lon + 0.01, 59.331],
  [lon + 0.000000012345, 59.33],
];

describe('geometry for the extent editor', () => {
  it('rounds to 7 decimals and drops repeated vertices', () => {
    const [p] = toEditablePolygons({ type: 'Polygon', coordinates: [ring(18)] });
    expect(p.coordinates[0]).toEqual([
      [18, 59.33],
      [18.01, 59.33],
      [18.01, 59.331],
      [18, 59.33],
    ]);
  });

  it('edits each part of a multipolygon and puts them back together', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring(18)], [ring(18.1)]] };
    const parts = toEditablePolygons(multi);
    expect(parts).toHaveLength(2);
    expect(fromEditedPolygons(parts)?.type).toBe('MultiPolygon');
  });

  it('gives one polygon back as a Polygon, and nothing for no polygons', () => {
    const one: Polygon = { type: 'Polygon', coordinates: [ring(18)] };
    expect(fromEditedPolygons(toEditablePolygons(one))?.type).toBe('Polygon');
    expect(fromEditedPolygons([])).toBeNull();
  });
});
