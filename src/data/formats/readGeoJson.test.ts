import type { Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { projector } from '../crs';
import { readGeoJson, readGeoJsonSource } from './readGeoJson';

const STADSHUSET: [number, number] = [18.0543, 59.3275];
const json = (value: unknown) => JSON.stringify(value);
const closeTo = (a: number[], b: number[], digits = 7) => {
  expect(a[0]).toBeCloseTo(b[0], digits);
  expect(a[1]).toBeCloseTo(b[1], digits);
};

describe('readGeoJson shapes', () => {
  it('reads a FeatureCollection, keeping ids and properties', () => {
    const r = readGeoJson(
      json({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: 7,
            properties: { namn: 'Fridhemsplan' },
            geometry: { type: 'Point', coordinates: STADSHUSET },
          },
        ],
      }),
      'platser.geojson',
    );
    expect(r).toMatchObject({
      kind: 'features',
      format: 'geojson',
      crs: 'EPSG:4326',
      crsGuessed: true,
    });
    expect(r.features).toEqual([
      {
        type: 'Feature',
        id: 7,
        properties: { namn: 'Fridhemsplan' },
        geometry: { type: 'Point', coordinates: STADSHUSET },
      },
    ]);
  });

  it('reads a single Feature and every bare geometry type', () => {
    expect(
      readGeoJson(
        json({
          type: 'Feature',
          properties: null,
          geometry: { type: 'Point', coordinates: STADSHUSET },
        }),
        'a',
      ).features[0].properties,
    ).toEqual({});
    const bare = [
      { type: 'Point', coordinates: STADSHUSET },
      { type: 'MultiPoint', coordinates: [STADSHUSET, [18.06, 59.33]] },
      { type: 'LineString', coordinates: [STADSHUSET, [18.06, 59.33]] },
      { type: 'MultiLineString', coordinates: [[STADSHUSET, [18.06, 59.33]]] },
      { type: 'Polygon', coordinates: [[STADSHUSET, [18.06, 59.33], [18.06, 59.32], STADSHUSET]] },
      {
        type: 'MultiPolygon',
        coordinates: [[[STADSHUSET, [18.06, 59.33], [18.06, 59.32], STADSHUSET]]],
      },
    ];
    for (const geometry of bare) {
      expect(readGeoJson(json(geometry), 'bar.geojson').features).toEqual([
        { type: 'Feature', properties: {}, geometry },
      ]);
    }
  });

  it('splits a bare GeometryCollection into one feature per member', () => {
    const r = readGeoJson(
      json({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: STADSHUSET },
          { type: 'LineString', coordinates: [STADSHUSET, [18.06, 59.33]] },
        ],
      }),
      'samling.geojson',
    );
    expect(r.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString']);
  });

  it('lists features without or with broken geometry and loads the rest', () => {
    const r = readGeoJson(
      json({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: null },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['18', 59] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: STADSHUSET } },
        ],
      }),
      'blandat.geojson',
    );
    expect(r.features).toHaveLength(1);
    expect(r.problems.map((p) => `${p.row}: ${p.message}`)).toEqual([
      '1: objekt 1 saknar geometri; det hoppas över. Rätta objektet i GIS-programmet och exportera filen igen om det ska med.',
      '2: objekt 2 har en ogiltig geometri (Point, t.ex. koordinater som inte är tal); det hoppas över. Rätta objektet i GIS-programmet och exportera filen igen om det ska med.',
    ]);
  });

  it('names the file in Swedish when it is not usable GeoJSON', () => {
    expect(() => readGeoJson('{"type":', 'trasig.geojson')).toThrowError(
      /^trasig\.geojson: är inte giltig JSON/,
    );
    expect(() => readGeoJson('42', 'tal.json')).toThrowError(/tal\.json: är inte GeoJSON/);
    expect(() =>
      readGeoJson('{"type":"FeatureCollection","features":[]}', 'tom.geojson'),
    ).toThrowError(/tom\.geojson: innehåller inga geoobjekt/);
  });
});

describe('readGeoJson coordinate systems', () => {
  const square = (crs: 'EPSG:3006' | 'EPSG:3011' | 'EPSG:3014' | 'EPSG:3021') => {
    const [e, n] = projector('EPSG:4326', crs).forward(STADSHUSET);
    return {
      type: 'Polygon',
      coordinates: [
        [
          [e, n],
          [e + 100, n],
          [e + 100, n + 100],
          [e, n + 100],
          [e, n],
        ],
      ],
    };
  };

  it.each([
    ['EPSG:3006', 'urn:ogc:def:crs:EPSG::3006'],
    ['EPSG:3011', 'EPSG:3011'],
    ['EPSG:3014', 'urn:ogc:def:crs:EPSG::3014'],
    ['EPSG:3021', 'EPSG:3021'],
  ] as const)('honours the crs member for %s (%s)', (crs, name) => {
    const r = readGeoJson(
      json({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name } },
        features: [{ type: 'Feature', properties: {}, geometry: square(crs) }],
      }),
      'x.geojson',
    );
    expect(r.crs).toBe(crs);
    expect(r.crsGuessed).toBe(false);
    expect(r.detectedText).toMatch(/enligt filens crs-uppgift/);
    closeTo((r.features[0].geometry as Polygon).coordinates[0][0], STADSHUSET);
  });

  it('reads the old EPSG-typed crs member and CRS84', () => {
    const epsg = readGeoJsonSource(
      json({
        type: 'Point',
        crs: { type: 'EPSG', properties: { code: 3006 } },
        coordinates: [0, 0],
      }),
      'a',
    );
    expect(epsg.crs).toBe('EPSG:3006');
    const crs84 = readGeoJsonSource(
      json({
        type: 'Point',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
        coordinates: STADSHUSET,
      }),
      'a',
    );
    expect(crs84).toMatchObject({ crs: 'EPSG:4326', crsGuessed: false });
  });

  it('guesses SWEREF 99 TM and a local zone (18 00, said so) from the values', () => {
    const tm = readGeoJson(json(square('EPSG:3006')), 'tm.geojson');
    expect(tm).toMatchObject({ crs: 'EPSG:3006', crsGuessed: true });
    expect(tm.detectedText).toBe('SWEREF 99 TM, enligt koordinaternas storlek');
    closeTo((tm.features[0].geometry as Polygon).coordinates[0][0], STADSHUSET);
    const local = readGeoJson(json(square('EPSG:3011')), 'lokal.geojson');
    expect(local).toMatchObject({ crs: 'EPSG:3011', crsGuessed: true });
    expect(local.detectedText).toMatch(
      /lokal SWEREF 99-zon.*antagen SWEREF 99 18 00 \(Stockholm\)\. Välj rätt zon/,
    );
  });

  it('uses the forced system over the crs member', () => {
    const r = readGeoJson(
      json({
        type: 'Point',
        crs: { type: 'name', properties: { name: 'EPSG:3006' } },
        coordinates: projector('EPSG:4326', 'EPSG:3014').forward(STADSHUSET),
      }),
      'p.geojson',
      'EPSG:3014',
    );
    expect(r.detectedText).toBe('SWEREF 99 17 15, valt av användaren');
    closeTo((r.features[0].geometry as Point).coordinates, STADSHUSET);
  });

  it('says when an unknown crs member was ignored, and falls back to the values', () => {
    const r = readGeoJson(
      json({
        type: 'Point',
        crs: { type: 'name', properties: { name: 'EPSG:32633' } },
        coordinates: STADSHUSET,
      }),
      'p.geojson',
    );
    expect(r.crs).toBe('EPSG:4326');
    expect(r.detectedText).toMatch(/^crs-uppgiften "EPSG:32633" känns inte igen; WGS 84/);
  });
});
