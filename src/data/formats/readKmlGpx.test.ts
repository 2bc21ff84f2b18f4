import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readKmlGpx } from './readKmlGpx';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/formats');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('GPX', () => {
  it('reads a phone-recorded walk as a track line and the meeting point as a point', () => {
    const r = readKmlGpx('vandring.gpx', fixture('trygghetsvandring-telefon.gpx'));
    expect(r.format).toBe('gpx');
    expect(r.crs).toBe('EPSG:4326');
    const types = r.features.map((f) => f.geometry.type);
    expect(types.sort()).toEqual(['LineString', 'Point']);
    const track = r.features.find((f) => f.geometry.type === 'LineString')!;
    expect(track.properties?.name).toBe('Trygghetsvandring Kungsholmen – Rålambshovsparken');
    const line = track.geometry as LineString;
    expect(line.coordinates).toHaveLength(4);
    // GeoJSON order is lon, lat; elevation is kept as the third value.
    expect(line.coordinates[0]).toEqual([18.03012, 59.33241, 12.4]);
    const point = r.features.find((f) => f.geometry.type === 'Point')!;
    expect(point.properties?.name).toBe('Samling vid Fridhemsplans tunnelbana');
  });
});

describe('KML', () => {
  it('reads Placemark points and lines with Swedish names, and lists the empty one', () => {
    const r = readKmlGpx('platser.kml', fixture('platssamverkan.kml'));
    expect(r.format).toBe('kml');
    expect(r.features.map((f) => f.properties?.name)).toEqual([
      'Fridhemsplan',
      'Rålambshovsparken, gångväg längs Mälaren',
    ]);
    expect((r.features[0].geometry as Point).coordinates).toEqual([18.0301, 59.3324, 0]);
    expect(r.features[1].geometry.type).toBe('LineString');
    expect(r.features[1].properties?.ansvarig).toBe('Stadsdelsförvaltningen');
    expect(r.problems.map((p) => p.message)).toEqual([
      'objekt 3 "Tom plats utan geometri" saknar giltig geometri; det hoppas över.',
    ]);
  });

  it('decodes the encoding the XML declaration names', () => {
    const r = readKmlGpx('latin1.kml', fixture('latin1-deklarerad.kml'));
    expect(r.features[0].properties?.name).toBe('Älvsjö centrum');
  });

  it('finds KML by its root element whatever the file is called', () => {
    const r = readKmlGpx(
      'export.xml',
      bytesOf('<kml><Placemark><Point><coordinates>18,59</coordinates></Point></Placemark></kml>'),
    );
    expect(r.format).toBe('kml');
  });
});

describe('bad XML', () => {
  it('reports a truncated file in Swedish, naming it', () => {
    expect(() => readKmlGpx('avkortad.kml', fixture('avkortad.kml'))).toThrowError(
      /^avkortad\.kml: är ingen giltig XML \(.+\)\. Filen kan vara avkortad eller skadad; exportera den igen\.$/,
    );
  });

  it('says when XML is neither KML nor GPX', () => {
    expect(() => readKmlGpx('bild.xml', fixture('inte-kml.xml'))).toThrowError(
      /bild\.xml: är XML men varken KML eller GPX \(rotelementet är <svg>\)/,
    );
  });

  it('says when there is nothing to show', () => {
    expect(() =>
      readKmlGpx('tom.gpx', bytesOf('<gpx version="1.1"><metadata/></gpx>')),
    ).toThrowError(/tom\.gpx: innehåller inga spår, rutter eller punkter/);
  });
});
