import { describe, expect, it } from 'vitest';
import type { LayerSpec } from '../../map/layers/layerSpec';
import { SIDE_A_ID, sideBLayers } from './sideLayers';

const layer = (id: string): LayerSpec => ({ type: 'GeoJsonLayer', props: { id, data: [] } });

describe("year B's map in Sida vid sida", () => {
  it("draws the main map's layers with B's extents in place of A's", () => {
    const main = [layer('choropleth'), layer('sites'), layer(`${SIDE_A_ID}-2021`), layer('labels')];
    expect(sideBLayers(main, [layer('compare-side-b-2024')]).map((l) => l.props.id)).toEqual([
      'choropleth',
      'sites',
      'labels',
      'compare-side-b-2024',
    ]);
  });
});
