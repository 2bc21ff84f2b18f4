import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUS_COLORS,
  actionLayers,
  focusLayers,
  spreadActions,
  type MapAction,
} from './meetingLayers';

const action = (
  id: string,
  status: MapAction['status'],
  position: [number, number],
): MapAction => ({
  id,
  title: id,
  status,
  responsible: '',
  deadline: null,
  position,
});

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('the meeting layers', () => {
  it('colour each action by its status', () => {
    const [layer] = actionLayers([action('a', 'klar', [18, 59]), action('b', 'pågår', [18.1, 59])]);
    const fill = (layer.props as Record<string, unknown>).getFillColor as (
      a: MapAction,
    ) => number[];
    const data = layer.props.data as MapAction[];
    expect(data.map(fill)).toEqual([ACTION_STATUS_COLORS.klar, ACTION_STATUS_COLORS.pågår]);
  });

  it('give every status its own colour, each with at least 3:1 contrast to the dark ring', () => {
    const colours = Object.values(ACTION_STATUS_COLORS).map((c) => c.slice(0, 3).join(','));
    expect(new Set(colours).size).toBe(4);
    const ring = luminance([20, 20, 20]);
    for (const c of Object.values(ACTION_STATUS_COLORS)) {
      expect((luminance(c) + 0.05) / (ring + 0.05)).toBeGreaterThanOrEqual(3);
    }
  });

  it('spread actions at the same place apart, leaving a lone one where it is', () => {
    const spread = spreadActions([
      action('a', 'planerad', [18, 59]),
      action('b', 'planerad', [18, 59]),
      action('c', 'planerad', [18.2, 59]),
    ]);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => spread.find((s) => s.id === id)!);
    expect(a.position).not.toEqual(b.position);
    expect(c.position).toEqual([18.2, 59]);
  });

  it('draw the counting circle in metres, or the outline, and nothing without a place', () => {
    const circle = focusLayers({ kind: 'circle', centre: [18, 59], radius: 200 });
    const props = circle.map((l) => l.props as Record<string, unknown>);
    expect(props.map((p) => p.radiusUnits)).toEqual(['meters', 'meters']);
    expect(props[1].getRadius).toBe(200);
    const outline = focusLayers({
      kind: 'outline',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [18, 59],
            [18.1, 59],
            [18, 59.1],
            [18, 59],
          ],
        ],
      },
    });
    expect(outline.map((l) => l.type)).toEqual(['GeoJsonLayer', 'GeoJsonLayer']);
    expect(focusLayers(null)).toEqual([]);
  });
});
