import type { RGBA } from './colorScale';
import type { PlacedLabel } from './labelPlacement';
import type { LayerSpec } from './layerSpec';
import { LABEL_FONT } from './textStyle';

/** Labels already placed for the current zoom (see mapLabels), drawn as they were placed. */
export function labelTextLayer(id: string, labels: PlacedLabel[], color: RGBA): LayerSpec {
  return {
    type: 'TextLayer',
    props: {
      id,
      data: labels,
      getPosition: (l: PlacedLabel) => l.position,
      getText: (l: PlacedLabel) => l.text,
      getSize: (l: PlacedLabel) => l.size,
      getPixelOffset: (l: PlacedLabel) => l.pixelOffset,
      getTextAnchor: (l: PlacedLabel) => l.textAnchor,
      getAlignmentBaseline: (l: PlacedLabel) => l.baseline,
      getColor: color,
      ...LABEL_FONT,
    },
  };
}
