import type { PickingInfo } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { AreaRow } from '../analysis/areaTable';
import { dayNumber } from '../analysis/isoWeek';
import type { WalkFeature } from '../data/parseOverlays';
import type { DrawableDensity } from '../map/densityToWgs84';
import { surfaceLayers, zoomLayers } from '../map/layers/composeLayers';
import { quantileClasses } from '../map/layers/colorScale';
import { demoMapData } from '../../test/unit/demoMapData';
import { tooltipText, walkText } from './tooltip';

const TODAY = dayNumber(2025, 10, 1);

const demo = demoMapData();
const pick = (layerId: string, object: unknown) =>
  ({ layer: { id: layerId }, object }) as unknown as PickingInfo;
const row = (id: string, count: number): AreaRow => ({
  id,
  name: `Område ${id}`,
  hectares: 12.5,
  count,
  perHectare: count / 12.5,
  byCategory: [],
});
const choropleth = (id: string) => ({ properties: { id } });

describe('tooltips and the privacy threshold', () => {
  it('give a masked area no number of offences and no rate', () => {
    const text = tooltipText(
      pick('stadsdelar-choropleth', choropleth('a')),
      [row('a', 2)],
      3,
      TODAY,
    );
    expect(text).toContain('< 3 brott');
    expect(text).toContain('– brott per hektar');
    expect(text).not.toMatch(/\b2\b|0,16/);
  });

  it('give an area above the threshold its count and rate', () => {
    const text = tooltipText(
      pick('stadsdelar-choropleth', choropleth('a')),
      [row('a', 25)],
      3,
      TODAY,
    );
    expect(text).toContain('25 brott, 12,5 ha');
    expect(text).toContain('2,00 brott per hektar');
  });

  it('give a masked hexagon no number either', () => {
    const text = tooltipText(pick('hexagons', { count: 1 }), [], 3, TODAY);
    expect(text).toBe('< 3 brott i hexagonen');
  });
});

describe('tooltips for every pickable layer', () => {
  const square: [number, number][] = [
    [18.0, 59.33],
    [18.01, 59.33],
    [18.01, 59.34],
  ];
  const densities: (DrawableDensity | null)[] = [
    null,
    { kind: 'hexagon', size: 100, hexagons: [{ count: 9, polygon: square }] },
    { kind: 'hotspot', cellSize: 100, cells: [{ sign: -1, z: -3, polygon: square }] },
  ];
  const rows = demo.stadsdelar.map((a) => row(a.id, 10));
  const layers = densities.flatMap((density) => [
    ...surfaceLayers({
      stadsdelar: demo.stadsdelar,
      areaValues: new Map(),
      classes: quantileClasses([]),
      privacyThreshold: 3,
      selectedId: null,
      density,
      ods: demo.ods,
      odsYears: [2021, 2023, 2024],
    }),
    ...zoomLayers({
      ...demo,
      // One stop, so the stops layer has something to explain.
      walks: demo.walks.map((w, i) =>
        i === 0 ? { ...w, stops: [{ number: 1, name: 'Samling', position: w.path[0] }] } : w,
      ),
      rawPoints: [{ position: [18.03, 59.33], category: 0 }],
      zoom: 14,
      today: TODAY,
    }),
  ]);

  it.each(layers.filter((l) => l.props.pickable).map((l) => [l.props.id, l] as const))(
    'explain what is under the pointer in %s',
    (id, layer) => {
      const first = (layer.props.data as unknown[])[0];
      expect(tooltipText(pick(id ?? '', first), rows, 3, TODAY)).toBeTruthy();
    },
  );
});

const walk = (fields: Partial<WalkFeature>): WalkFeature => ({
  id: 'v',
  name: 'Fridhemsplan–Stadshagen',
  date: '',
  startTime: '',
  organiser: '',
  district: '',
  meetingPoint: '',
  path: [],
  stops: [],
  ...fields,
});

describe('the walk tooltip', () => {
  it('gives a planned walk its status, time, meeting point and organiser', () => {
    const planned = walk({
      date: '2026-04-22',
      startTime: '18:30',
      meetingPoint: 'Stadshagens tunnelbanestation',
      organiser: 'Kungsholmens SDF och polisen',
    });
    expect(walkText(planned, TODAY)).toBe(
      'Trygghetsvandring: Fridhemsplan–Stadshagen\nPlanerad 2026-04-22 kl. 18:30\nSamling: Stadshagens tunnelbanestation\nKungsholmens SDF och polisen',
    );
  });

  it("shows a phone's walk with only what it has: done, its time and its stops", () => {
    const recorded = walk({
      date: '2025-05-14',
      startTime: '18:30',
      stops: [
        { number: 1, name: 'Samling vid Fridhemsplan', position: [18.03, 59.332] },
        { number: 2, name: 'Mörk gångväg', position: [18.025, 59.33] },
      ],
    });
    expect(walkText(recorded, TODAY)).toBe(
      'Trygghetsvandring: Fridhemsplan–Stadshagen\nGenomförd 2025-05-14 kl. 18:30\nStopp: 1. Samling vid Fridhemsplan, 2. Mörk gångväg',
    );
  });

  it('never shows an empty "kl. , samling"', () => {
    expect(walkText(walk({}), TODAY)).toBe('Trygghetsvandring: Fridhemsplan–Stadshagen');
  });
});
