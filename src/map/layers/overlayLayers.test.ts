import { describe, expect, it } from 'vitest';
import { demoMapData } from '../../../test/unit/demoMapData';
import { siteLayers, walkDashes, walkLayers, type WalkDash } from './overlayLayers';

const { walks, sites } = demoMapData();

describe('walk layers', () => {
  it('draw every walk as dashes, each of which knows its walk for the tooltip', () => {
    const dashes = walkDashes(walks, 15);
    expect(dashes.length).toBeGreaterThan(walks.length * 10);
    expect(new Set(dashes.map((d) => d.walk.id))).toEqual(new Set(walks.map((w) => w.id)));
  });

  it('draw a white casing under each coloured dash', () => {
    const [casing, line] = walkLayers(walks, 15);
    expect([casing.props.id, line.props.id]).toEqual(['walks-casing', 'walks']);
    expect(casing.props.data).toBe(line.props.data);
    if (casing.type !== 'PathLayer' || line.type !== 'PathLayer') throw new Error('paths expected');
    expect(casing.props.getColor).toEqual([255, 255, 255, 230]);
    expect(casing.props.getWidth as number).toBeGreaterThan(line.props.getWidth as number);
  });

  it('make only the coloured dashes pickable', () => {
    const [casing, line] = walkLayers(walks, 15);
    expect(Boolean(casing.props.pickable)).toBe(false);
    expect(line.props.pickable).toBe(true);
    expect((line.props.data as WalkDash[])[0].walk.name).toBeTruthy();
  });
});

describe('site layers', () => {
  it('draw every site as a marker and only the placed labels as text', () => {
    const [markers, labels] = siteLayers(sites, []);
    expect((markers.props.data as unknown[]).length).toBe(sites.length);
    expect(labels.props.data).toEqual([]);
  });
});
