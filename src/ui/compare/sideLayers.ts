import type { LayerSpec } from '../../map/layers/layerSpec';

/** The layer id prefix of year A's extents on the main map in Sida vid sida. */
export const SIDE_A_ID = 'compare-side-a';

/**
 * Year B's map beside the main one draws what the main map draws (the
 * choropleth of the same period, sites, walks, names), with B's extents in
 * place of A's: the two halves differ only in the year.
 */
export function sideBLayers(mainLayers: LayerSpec[], bExtents: LayerSpec[]): LayerSpec[] {
  return [
    ...mainLayers.filter((l) => !String(l.props.id ?? '').startsWith(SIDE_A_ID)),
    ...bExtents,
  ];
}
