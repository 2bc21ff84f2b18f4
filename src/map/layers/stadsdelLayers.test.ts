import { describe, expect, it } from 'vitest';
import type { AreaRow } from '../../analysis/areaTable';
import { squareArea } from '../../../test/unit/demoMapData';
import { NO_DATA_COLOR, quantileClasses } from './colorScale';
import { areaRates, stadsdelChoropleth, stadsdelLabels } from './stadsdelLayers';

const row = (id: string, count: number): AreaRow => ({
  id,
  name: id,
  hectares: 10,
  count,
  perHectare: count / 10,
  byCategory: [],
});
const areas = [squareArea('a', 'A', [18.02, 59.33]), squareArea('b', 'B', [18.03, 59.33])];

describe('stadsdel choropleth', () => {
  it('gives an area with a masked count no colour of its own (privacy)', () => {
    const rates = areaRates([row('a', 2), row('b', 40)], 3);
    const spec = stadsdelChoropleth(areas, rates, quantileClasses([...rates.values()]), null);
    if (spec.type !== 'GeoJsonLayer') throw new Error('expected a GeoJsonLayer');
    const fill = spec.props.getFillColor as (f: unknown) => unknown;
    const [masked, shown] = spec.props.data as unknown[];
    expect(fill(masked)).toEqual(NO_DATA_COLOR);
    expect(fill(shown)).not.toEqual(NO_DATA_COLOR);
  });

  it('leaves a masked count out of the values it is coloured by', () => {
    expect([...areaRates([row('a', 2), row('b', 3)], 3).keys()]).toEqual(['b']);
  });

  it('outlines the selected area more strongly than the others', () => {
    const spec = stadsdelChoropleth(areas, new Map(), quantileClasses([]), 'b');
    const width = (spec.props as Record<string, unknown>).getLineWidth as (f: unknown) => number;
    const [a, b] = spec.props.data as unknown[];
    expect(width(b)).toBeGreaterThan(width(a));
  });
});

describe('stadsdel labels', () => {
  it('show the names they were given and never a count', () => {
    const spec = stadsdelLabels([
      {
        text: 'Stadshagen',
        position: [18.02, 59.33],
        size: 13,
        pixelOffset: [0, 0],
        textAnchor: 'middle',
        baseline: 'center',
      },
    ]);
    const text = (spec.props as Record<string, unknown>).getText as (l: unknown) => string;
    expect((spec.props.data as unknown[]).map(text)).toEqual(['Stadshagen']);
  });
});
