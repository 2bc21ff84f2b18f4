import { describe, expect, it } from 'vitest';
import { demoMapData, squareArea } from '../../../test/unit/demoMapData';
import { boxesOverlap, markerBox, textBox, type PlacedLabel } from './labelPlacement';
import { mapLabels, SITE_MARKER_RADIUS } from './mapLabels';

const demo = demoMapData();
/** From the whole city down to street level, including the first screen's zoom. */
const ZOOMS = [11, 12, 12.5, 13, 13.3, 13.7, 14, 15, 16];
const flat = (text: string) => text.replace(/\n/g, ' ');

describe('map labels of the demo data', () => {
  it.each(ZOOMS)('has no two labels over each other at zoom %s', (zoom) => {
    const { areas, sites } = mapLabels(demo.stadsdelar, demo.sites, zoom);
    const boxes = [...areas, ...sites].map((l) => ({ text: l.text, box: textBox(l, zoom) }));
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (boxesOverlap(a.box, b.box)) overlaps.push(`${flat(a.text)} / ${flat(b.text)}`);
      }),
    );
    expect(overlaps).toEqual([]);
  });

  it.each(ZOOMS)('puts no label over a site marker at zoom %s', (zoom) => {
    const { areas, sites } = mapLabels(demo.stadsdelar, demo.sites, zoom);
    const markers = demo.sites.map((s) => markerBox(s.position, SITE_MARKER_RADIUS, zoom));
    const covering = [...areas, ...sites].filter((l) =>
      markers.some((m) => boxesOverlap(textBox(l, zoom), m)),
    );
    expect(covering.map((l) => flat(l.text))).toEqual([]);
  });

  it('writes Stadshagen once where the site and the area of that name meet', () => {
    const { areas, sites } = mapLabels(demo.stadsdelar, demo.sites, 14);
    const all = [...areas, ...sites].map((l) => flat(l.text));
    expect(all.filter((t) => t === 'Stadshagen')).toHaveLength(1);
  });

  it('names both Sankt Göransparken and John Bergs plan once zoomed in to their streets', () => {
    const names = mapLabels(demo.stadsdelar, demo.sites, 14).sites.map((l) => flat(l.text));
    expect(names).toEqual(expect.arrayContaining(['Sankt Göransparken', 'John Bergs plan']));
  });
});

describe('area labels', () => {
  it('label an area split into several features once, at its largest part', () => {
    const parts = [
      squareArea('s1', 'Stadshagen', [18.0, 59.33], { hectares: 5 }),
      squareArea('s2', 'Stadshagen', [18.05, 59.33], { hectares: 50 }),
    ];
    const { areas } = mapLabels(parts, [], 14);
    expect(areas.map((l: PlacedLabel) => [l.text, l.position])).toEqual([
      ['Stadshagen', [18.05, 59.33]],
    ]);
  });

  it('keep the area name when the site of the same name is far away', () => {
    const area = squareArea('s', 'Stadshagen', [18.0, 59.33]);
    const site = {
      ...demo.sites[0],
      name: 'Stadshagen',
      position: [18.2, 59.4] as [number, number],
    };
    expect(mapLabels([area], [site], 14).areas.map((l) => l.text)).toEqual(['Stadshagen']);
  });
});

describe('map names on the projector', () => {
  it('are drawn at the scale asked for', () => {
    const normal = mapLabels(demo.stadsdelar, demo.sites, 14);
    const large = mapLabels(demo.stadsdelar, demo.sites, 14, 2);
    expect(large.sites[0].size).toBe(normal.sites[0].size * 2);
    expect(Math.min(...large.areas.map((l) => l.size))).toBeGreaterThanOrEqual(24);
  });
});
