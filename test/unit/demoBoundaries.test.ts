import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from './sharedData';

type Area = Feature<Polygon | MultiPolygon, Record<string, string>>;

const demo = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/demo/stadsdelar.geojson'), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;

const NAMES: Record<string, string[]> = {
  Kungsholmen: [
    'Kungsholmen',
    'Stadshagen',
    'Kristineberg',
    'Fredhäll',
    'Marieberg',
    'Lilla Essingen',
    'Stora Essingen',
  ],
  'Norra innerstaden': [
    'Norrmalm',
    'Vasastaden',
    'Östermalm',
    'Hjorthagen',
    'Ladugårdsgärdet',
    'Djurgården',
    'Norra Djurgården',
    'Skeppsholmen',
  ],
};

function iou(a: Area, b: Area): number {
  const inter = intersect(featureCollection([a, b]));
  const uni = union(featureCollection([a, b]));
  return inter && uni ? area(inter) / area(uni) : 0;
}

describe('hand-drawn demo stadsdelar', () => {
  it('hold exactly the stadsdelar of Kungsholmen and Norra innerstaden', () => {
    const got = demo.features
      .map((f) => `${f.properties.stadsdelsomrade}/${f.properties.namn}`)
      .sort();
    const want = Object.entries(NAMES)
      .flatMap(([d, ns]) => ns.map((n) => `${d}/${n}`))
      .sort();
    expect(got).toEqual(want);
  });

  const reference = JSON.parse(
    readFileSync(sharedDataPath('stockholm-stadsdelar', 'stadsdelar.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

  for (const f of demo.features) {
    it(`${f.properties.namn} overlaps the city's real boundary with IoU ≥ 0.6`, () => {
      const ref = reference.features.find(
        (r) => r.properties.name === f.properties.namn.toUpperCase(),
      );
      if (!ref) throw new Error(`No reference boundary named ${f.properties.namn.toUpperCase()}`);
      expect(iou(f, ref as unknown as Area)).toBeGreaterThanOrEqual(0.6);
    });
  }
});
