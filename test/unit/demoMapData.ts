import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toAreaSummary, type AreaSummary } from '../../src/data/areaLayers';
import { parseAreas } from '../../src/data/parseAreas';
import {
  parseSites,
  parseWalks,
  type SiteFeature,
  type WalkFeature,
} from '../../src/data/parseOverlays';

const DEMO = join(import.meta.dirname, '../../data/demo');
const read = (file: string) => readFileSync(join(DEMO, file), 'utf8');

/** The demo's areas, ÖDS extents, sites and walks as the map receives them. */
export function demoMapData(): {
  stadsdelar: AreaSummary[];
  ods: AreaSummary[];
  sites: SiteFeature[];
  walks: WalkFeature[];
} {
  return {
    stadsdelar: parseAreas(read('stadsdelar.geojson'), 'stadsdelar.geojson').areas.map(
      toAreaSummary,
    ),
    ods: parseAreas(read('ods.geojson'), 'ods.geojson').areas.map(toAreaSummary),
    sites: parseSites(read('platser.geojson'), 'platser.geojson'),
    walks: parseWalks(read('vandringar.geojson'), 'vandringar.geojson'),
  };
}

/** A small square area around [lon, lat], for builders that need just a few. */
export function squareArea(
  id: string,
  name: string,
  [lon, lat]: [number, number],
  extra: Partial<AreaSummary> = {},
): AreaSummary {
  const d = 0.002;
  return {
    id,
    name,
    district: 'Kungsholmen',
    hectares: 10,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - d, lat - d],
          [lon + d, lat - d],
          [lon + d, lat + d],
          [lon - d, lat + d],
          [lon - d, lat - d],
        ],
      ],
    },
    labelPosition: [lon, lat],
    ...extra,
  };
}
