import { describe, expect, it } from 'vitest';
import type { DrawableDensity } from '../densityToWgs84';
import { NO_DATA_COLOR } from './colorScale';
import { hexagonClasses, hexagonLayer } from './densityLayers';

type Hexagons = Extract<DrawableDensity, { kind: 'hexagon' }>;
type Hexagon = Hexagons['hexagons'][number];

const hex = (count: number, lon: number): Hexagon => ({
  count,
  polygon: [
    [lon, 59.33],
    [lon + 0.001, 59.33],
    [lon + 0.001, 59.331],
    [lon, 59.331],
  ],
});
const density: Hexagons = {
  kind: 'hexagon',
  size: 100,
  hexagons: [hex(1, 18.0), hex(2, 18.01), hex(3, 18.02), hex(12, 18.03), hex(40, 18.04)],
};

describe('hexagon layer', () => {
  it('does not draw a hexagon with fewer offences than the privacy threshold', () => {
    const spec = hexagonLayer(density, hexagonClasses(density, 3), 3);
    expect((spec.props.data as Hexagon[]).map((h) => h.count)).toEqual([3, 12, 40]);
  });

  it('colours every hexagon it draws with a class colour', () => {
    const spec = hexagonLayer(density, hexagonClasses(density, 3), 3);
    const fill = (spec.props as Record<string, unknown>).getFillColor as (h: Hexagon) => unknown;
    for (const h of spec.props.data as Hexagon[]) expect(fill(h)).not.toEqual(NO_DATA_COLOR);
  });

  it('sets its classes from the hexagons shown, so a masked count cannot move a break', () => {
    const withSmall = hexagonClasses(density, 3);
    const without = hexagonClasses({ ...density, hexagons: density.hexagons.slice(2) }, 3);
    expect(withSmall).toEqual(without);
  });
});
