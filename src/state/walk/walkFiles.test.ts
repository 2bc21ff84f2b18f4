import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  newDocument,
  type ObservationDocument,
  type WalkDocument,
} from '../../persistence/documents';
import { groupProtocol } from './protocol';
import {
  observationsToCsv,
  observationsToGeoJson,
  protocolZip,
  walkFromRouteFile,
  walkToGeoJson,
  walkToGpx,
} from './walkFiles';

const ROUTE: [number, number][] = [
  [18.03, 59.332],
  [18.035, 59.332],
  [18.035, 59.335],
];

const walk: WalkDocument = newDocument(
  'walk',
  {
    name: 'Kväll vid <Fridhemsplan> & parken',
    date: '2024-10-15',
    startTime: '18:30',
    meetingPoint: { name: 'Tunnelbanan', position: ROUTE[0] },
    organisers: ['SDF'],
    invited: ['Polisen', 'SISAB'],
    route: ROUTE,
    stops: [
      { name: 'Parken', position: ROUTE[1] },
      { name: 'Skolan', position: ROUTE[2] },
    ],
  },
  { author: 'Anna', id: 'walk:1', now: new Date(Date.UTC(2024, 9, 1)) },
);

let seq = 0;
const obs = (fields: Partial<ObservationDocument>): ObservationDocument =>
  newDocument(
    'observation',
    {
      walkId: 'walk:1',
      category: 'Belysning',
      positive: false,
      text: '',
      priority: 'medel',
      position: null,
      time: `2024-10-15T17:${String(10 + seq).padStart(2, '0')}:00.000Z`,
      photos: [],
      ...fields,
    },
    { author: 'Anna', id: `observation:${++seq}` },
  );

describe('walk files', () => {
  it('exports GPX that reads back as the same route and numbered stops', () => {
    const gpx = walkToGpx(walk);
    expect(gpx).toContain('<name>Kväll vid &lt;Fridhemsplan&gt; &amp; parken</name>');
    const back = walkFromRouteFile('rutt.gpx', new TextEncoder().encode(gpx));
    expect(back.route).toEqual(ROUTE);
    expect(back.stops).toEqual([
      { name: '1. Parken', position: ROUTE[1] },
      { name: '2. Skolan', position: ROUTE[2] },
    ]);
  });

  it('exports GeoJSON that reads back as the same route, stops and meeting point', () => {
    const text = JSON.stringify(walkToGeoJson(walk));
    const back = walkFromRouteFile('rutt.geojson', new TextEncoder().encode(text));
    expect(back).toMatchObject({
      name: walk.name,
      date: '2024-10-15',
      startTime: '18:30',
      route: ROUTE,
      meetingPoint: { name: 'Tunnelbanan' },
    });
    // The meeting point is a point too, so it reads back as a stop at the start.
    expect(back.stops.map((s) => s.name)).toEqual(['Tunnelbanan', 'Parken', 'Skolan']);
  });

  it('refuses a route file without a line, naming the file', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: ROUTE[0] }, properties: {} },
      ],
    });
    expect(() => walkFromRouteFile('punkt.geojson', new TextEncoder().encode(text))).toThrow(
      /punkt\.geojson innehåller ingen linje/,
    );
  });
});

describe('the protocol', () => {
  const near1 = obs({
    position: [18.0351, 59.3321],
    category: 'Belysning',
    priority: 'låg',
    text: 'A',
  });
  const near1high = obs({
    position: [18.0349, 59.332],
    category: 'Belysning',
    priority: 'hög',
    text: 'B',
  });
  const near1other = obs({ position: [18.035, 59.3319], category: 'Trafik', text: 'C' });
  const between = obs({ position: [18.035, 59.3335], category: 'Nedskräpning', text: 'D' });
  const at2 = obs({ position: ROUTE[2], category: 'Belysning', positive: true, text: '=SUM(A1)' });
  const draft = obs({ position: ROUTE[2], draft: true, text: 'not yet' });
  const all = [at2, between, near1other, near1high, draft, near1];

  it('groups by stop in walking order, then category, priority first; drafts left out', () => {
    const groups = groupProtocol(walk, all);
    expect(
      groups.map((g) => [
        g.label,
        g.categories.map((c) => [c.category, c.observations.map((o) => o.text)]),
      ]),
    ).toEqual([
      [
        '1. Parken',
        [
          ['Belysning', ['B', 'A']],
          ['Trafik', ['C']],
        ],
      ],
      ['2. Skolan', [['Belysning', ['=SUM(A1)']]]],
      ['Längs vägen', [['Nedskräpning', ['D']]]],
    ]);
  });

  it('writes CSV for Excel: BOM, semicolons, decimal comma, no live formulas', () => {
    const csv = observationsToCsv(walk, all);
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFFStopp;Kategori;')).toBe(true);
    expect(lines).toHaveLength(2 + 5); // header, five observations, final empty line
    expect(lines.find((l) => l.includes('SUM'))).toMatch(
      /^2\. Skolan;Belysning;positiv;medel;'=SUM\(A1\);.*;18,035000;59,335000;$/,
    );
  });

  it('zips GeoJSON, CSV and the photos as files', () => {
    const withPhoto = { ...near1, photos: ['foto-1.jpg'] };
    const bytes = Uint8Array.from([0xff, 0xd8, 9, 0xff, 0xd9]);
    const zip = unzipSync(
      protocolZip(walk, [withPhoto], new Map([[`${withPhoto._id}/foto-1.jpg`, bytes]])),
    );
    const photoPath = Object.keys(zip).find((k) => k.startsWith('foton/'))!;
    expect(zip[photoPath]).toEqual(bytes);
    const geo = JSON.parse(strFromU8(zip['observationer.geojson'])) as ReturnType<
      typeof observationsToGeoJson
    >;
    expect(geo.features[0].properties).toMatchObject({ stopp: '1. Parken', foton: [photoPath] });
    expect(strFromU8(zip['observationer.csv'])).toContain(photoPath);
  });
});
