import { describe, expect, it } from 'vitest';
import { RATE_COLORS, type RGBA } from './colorScale';
import { COLD_COLOR, HOT_COLOR } from './densityLayers';
import { ODS_YEAR_COLORS } from './odsYears';
import { ACTION_STATUS_COLORS } from './meetingLayers';
import { NEGATIVE_COLOR, POSITIVE_COLOR, walkPlanLayers, type WalkDrawing } from './walkPlanLayers';
import { walkPlanLegend } from './walkPlanLegend';

const empty: WalkDrawing = {
  route: null,
  stops: [],
  meetingPoint: null,
  observations: [],
  actions: [],
  suggestions: [],
  you: null,
};

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const distance = (a: RGBA, b: RGBA) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('the walk view legend', () => {
  it('lists the route, the stops and both kinds of observation even before anything is drawn', () => {
    expect(walkPlanLegend(empty).map((i) => i.label)).toEqual([
      'Vandringens rutt',
      'Stopp (numrerade i ordning)',
      'Observation: brist',
      'Observation: positiv',
    ]);
  });

  it('adds the meeting point, suggestions, the statuses of the actions shown and the position', () => {
    const p: [number, number] = [18.03, 59.33];
    const labels = walkPlanLegend({
      ...empty,
      meetingPoint: p,
      suggestions: [{ label: 'x', position: p }],
      actions: [
        { id: 'a', title: 'Lampa', position: p, status: 'klar' },
        { id: 'b', title: 'Buskar', position: p, status: 'planerad' },
      ],
      you: { position: p, accuracy: 10 },
    }).map((i) => i.label);
    expect(labels).toContain('Mötesplats');
    expect(labels).toContain('Förslag på stopp');
    expect(labels.filter((l) => l.startsWith('Åtgärd'))).toEqual([
      'Åtgärd: planerad',
      'Åtgärd: klar',
    ]);
    expect(labels).toContain('Du är här');
  });

  it('shows observations in the colours the map draws them', () => {
    const p: [number, number] = [18.03, 59.33];
    const [layer] = walkPlanLayers({
      ...empty,
      observations: [
        { id: 'n', position: p, positive: false },
        { id: 'y', position: p, positive: true },
      ],
    });
    const props = layer.props as unknown as {
      data: { positive: boolean }[];
      getFillColor: (o: { positive: boolean }) => RGBA;
      getLineColor: (o: { positive: boolean }) => RGBA;
    };
    const legend = walkPlanLegend(empty);
    const negative = legend.find((i) => i.label === 'Observation: brist')!;
    const positive = legend.find((i) => i.label === 'Observation: positiv')!;
    expect(props.getFillColor(props.data[0])).toEqual(negative.color);
    expect(props.getFillColor(props.data[1])).toEqual(positive.color);
    expect(props.getLineColor(props.data[1])).toEqual(positive.ring);
  });

  it('gives observations colours no ÖDS year, choropleth class, density or action status uses', () => {
    const taken = [
      ...ODS_YEAR_COLORS,
      ...RATE_COLORS,
      HOT_COLOR,
      COLD_COLOR,
      ...Object.values(ACTION_STATUS_COLORS),
    ];
    // Black is the negative dot and the positive one's ring: both kinds read by it.
    const negative = walkPlanLegend(empty).find((i) => i.label === 'Observation: brist')!;
    const positive = walkPlanLegend(empty).find((i) => i.label === 'Observation: positiv')!;
    for (const c of [negative.color, positive.ring!])
      for (const t of taken) expect(distance(c, t)).toBeGreaterThan(80);
    // The old red was ÖDS 2023's.
    expect(distance([200, 30, 30, 255], ODS_YEAR_COLORS[1])).toBeLessThan(80);
  });

  it('keeps at least 3:1 between each observation and the map around it (its ring on dark classes)', () => {
    const white = [255, 255, 255];
    const darkest = RATE_COLORS[RATE_COLORS.length - 1];
    // The negative dot stands on the light map itself, the positive one through its black ring.
    expect(contrast(NEGATIVE_COLOR, white)).toBeGreaterThanOrEqual(3);
    expect(contrast(NEGATIVE_COLOR, RATE_COLORS[0])).toBeGreaterThanOrEqual(3);
    // On the darkest class the white (ring or dot) carries the contrast.
    expect(contrast(POSITIVE_COLOR, darkest)).toBeGreaterThanOrEqual(3);
  });
});
