import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { guessRole } from './formats/guessRole';
import { readKmlGpx } from './formats/readKmlGpx';
import { localDateTime, parseWalks } from './parseOverlays';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/formats');
const gpx = (name: string) => readKmlGpx(name, new Uint8Array(readFileSync(join(FIXTURES, name))));
const walksOf = (name: string) => {
  const imported = gpx(name);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: imported.features };
  return parseWalks(JSON.stringify(collection), name);
};

describe('a GPX track with waypoints', () => {
  it('is guessed to be a walk, not platssamverkan sites', () => {
    expect(guessRole(gpx('vandring-med-stopp.gpx'))).toBe('walks');
  });

  it('keeps the waypoints as stops numbered in the order the route passes them', () => {
    const [walk] = walksOf('vandring-med-stopp.gpx');
    expect(walk.stops.map((s) => `${s.number} ${s.name}`)).toEqual([
      '1 Samling vid Fridhemsplans tunnelbana',
      '2 Mörk gångväg under bron',
      '3 Rålambshovsparken, lekplatsen',
    ]);
  });

  it("takes the walk's date and local start time from the track's first time", () => {
    const [walk] = walksOf('vandring-med-stopp.gpx');
    expect([walk.date, walk.startTime]).toEqual(['2025-05-14', '18:30']);
  });
});

describe('GPX times', () => {
  it('turns UTC into Stockholm time, winter and summer', () => {
    expect(localDateTime('2024-01-10T23:30:00Z')).toEqual({ date: '2024-01-11', clock: '00:30' });
    expect(localDateTime('2024-07-10T16:30:00Z')).toEqual({ date: '2024-07-10', clock: '18:30' });
  });

  it('takes a time without a zone as local', () => {
    expect(localDateTime('2024-07-10T18:30:00')).toEqual({ date: '2024-07-10', clock: '18:30' });
  });
});
