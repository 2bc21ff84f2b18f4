import { describe, expect, it } from 'vitest';
import type { AreaSummary } from '../data/areaLayers';
import { areaBounds } from './viewBounds';

const area = (id: string, [w, s, e, n]: number[]) =>
  ({
    id,
    name: id,
    district: 'Kungsholmen',
    hectares: 1,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  }) as unknown as AreaSummary;

describe('the bounds of one area', () => {
  const areas = [area('a', [18, 59.3, 18.01, 59.31]), area('b', [18.02, 59.32, 18.05, 59.34])];

  it('is the box of that area alone, not of its district', () => {
    expect(areaBounds(areas, 'b')).toEqual([18.02, 59.32, 18.05, 59.34]);
  });

  it('is null for an id that no area has', () => {
    expect(areaBounds(areas, 'x')).toBeNull();
  });
});
