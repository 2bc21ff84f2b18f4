import { describe, expect, it } from 'vitest';
import type { RGBA } from './colorScale';
import { focusLayers } from './meetingLayers';
import { slideFocusLegend } from './meetingLegend';

/** The colour of the dark (not the casing) line `focusLayers` draws. */
function drawnColor(focus: Parameters<typeof focusLayers>[0]): RGBA {
  const layer = focusLayers(focus).find((l) => l.props.id === 'meeting-focus')!;
  return (layer.props as unknown as { getLineColor: RGBA }).getLineColor;
}

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [18, 59],
      [18.01, 59],
      [18.01, 59.01],
      [18, 59],
    ],
  ],
};

describe('slideFocusLegend', () => {
  it("names an ÖDS slide's mapping year, in the colour its outline is drawn", () => {
    const [item] = slideFocusLegend({ kind: 'ods', year: 2024 });
    expect(item.label).toBe('ÖDS 2024 (på bilden)');
    expect(item.shape).toBe('line');
    expect(item.color).toEqual(drawnColor({ kind: 'outline', geometry: square }));
  });

  it("shows a point place's circle as a ring with its radius, and a drawn area's border as a line", () => {
    const [circle] = slideFocusLegend({ kind: 'circle', radius: 200 });
    expect(circle).toMatchObject({ shape: 'ring', label: '200 m från platsen' });
    expect(circle.color).toEqual(drawnColor({ kind: 'circle', centre: [18, 59], radius: 200 }));
    expect(slideFocusLegend({ kind: 'area' })).toMatchObject([
      { shape: 'line', label: 'Platsens gräns (på bilden)' },
    ]);
  });

  it('lists nothing without a slide, and an ÖDS without a year without one', () => {
    expect(slideFocusLegend(null)).toEqual([]);
    expect(slideFocusLegend({ kind: 'ods', year: null })[0].label).toBe('ÖDS (på bilden)');
  });
});
