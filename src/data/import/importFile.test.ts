import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../../test/unit/sharedData';
import { ImportError } from '../importProblem';
import { guessRole, importFile } from './importFile';
import type { ImportedFeatures, ImportedFile } from './importTypes';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/formats');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

const OFFENCES =
  'Ärendenummer;Brottsdatum;Klockslag;Brottskategori;Brottstyp;Plats;X-koordinat;Y-koordinat\n' +
  '5000-K1-24;2024-03-05;21:40;Våldsbrott;Misshandel utomhus;Sankt Eriksgatan 32;6580120,5;672210,3\n';

const POINT: Feature = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [18.03, 59.33] },
};
const LINE: Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [18.03, 59.33],
      [18.04, 59.33],
    ],
  },
};
const polygon = (properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [18.03, 59.33],
        [18.04, 59.33],
        [18.04, 59.34],
        [18.03, 59.33],
      ],
    ],
  },
});
const features = (...list: Feature[]): ImportedFeatures => ({
  kind: 'features',
  fileName: 'x.geojson',
  format: 'geojson',
  crs: 'EPSG:4326',
  detectedText: '',
  features: list,
  problems: [],
  problemCount: 0,
});

describe('importFile: format by content', () => {
  it('reads a delimited offence export (UTF-8 or Windows-1252) as offences', () => {
    const r = importFile('brott.txt', utf8(OFFENCES));
    expect(r).toMatchObject({ kind: 'offences', format: 'csv', encoding: 'utf-8' });
    const latin1 = new Uint8Array([...OFFENCES].map((c) => c.charCodeAt(0)));
    expect(importFile('brott.csv', latin1)).toMatchObject({
      kind: 'offences',
      encoding: 'windows-1252',
    });
  });

  it('passes column options through to the offence reader', () => {
    const r = importFile('brott.csv', utf8(OFFENCES), { crs: 'EPSG:3006', eastColumn: 1 });
    if (r.kind !== 'offences') throw new Error('expected offences');
    expect(r.result.crs).toBe('EPSG:3006');
    expect(r.result.detectedText).toMatch(/valt av användaren/);
  });

  it('reads an indicator table (names, no coordinates) as a table', () => {
    const r = importFile('trygghet.csv', fixture('trygghetsmatning-per-stadsdel.csv'));
    expect(r).toMatchObject({ kind: 'table', format: 'csv', encoding: 'utf-8' });
    if (r.kind !== 'table') throw new Error('expected table');
    expect(r.header[0]).toBe('Stadsdel');
    expect(r.rows.map((row) => row[0])).toEqual([
      'Kungsholmen',
      'Stadshagen',
      'Fredhäll',
      'Östermalm',
    ]);
  });

  it('keeps the offence error for tables that are neither', () => {
    expect(() => importFile('fel.csv', utf8('a;b\n1;2\n'))).toThrowError(ImportError);
    // Coordinates but a missing date column: an offence file to fix, not an indicator table.
    expect(() =>
      importFile('utan-datum.csv', utf8('Stadsdel;X;Y\nKungsholmen;6580120;672210\n')),
    ).toThrowError(/utan-datum\.csv: hittar inga kolumner/);
  });

  it('reads GeoJSON after a BOM and whitespace, whatever the name', () => {
    const r = importFile('data.txt', utf8('\uFEFF \n{"type":"Point","coordinates":[18.03,59.33]}'));
    expect(r).toMatchObject({ kind: 'features', format: 'geojson' });
  });

  it('reads KML and GPX by their XML', () => {
    expect(importFile('platser', fixture('platssamverkan.kml'))).toMatchObject({ format: 'kml' });
    expect(importFile('spår.xml', fixture('trygghetsvandring-telefon.gpx'))).toMatchObject({
      format: 'gpx',
    });
  });

  it('reads KMZ (zipped KML)', () => {
    const kmz = zipSync({ 'doc.kml': fixture('platssamverkan.kml') } as Zippable);
    expect(importFile('platser.kmz', kmz)).toMatchObject({ kind: 'features', format: 'kml' });
  });

  it("reads a zipped Shapefile (the city's stadsdelar)", () => {
    const dir = sharedDataPath('stockholm-stadsdelar', 'shapefile-sweref99-1800');
    const zip = zipSync(
      Object.fromEntries(
        ['shp', 'shx', 'dbf', 'prj'].map((ext) => [
          `stadsdelar.${ext}`,
          new Uint8Array(readFileSync(`${dir}/stadsdelar.${ext}`)),
        ]),
      ) as Zippable,
    );
    const r = importFile('stadsdelar.zip', zip);
    expect(r).toMatchObject({ kind: 'features', format: 'shapefile', crs: 'EPSG:3011' });
    expect(guessRole(r)).toBe('areas');
  });
});

describe('importFile: files it cannot use', () => {
  it('says an empty file is empty', () => {
    expect(() => importFile('tom.csv', new Uint8Array())).toThrowError(/^tom\.csv: filen är tom /);
    expect(() => importFile('blank.csv', utf8(' \r\n\t'))).toThrowError(
      /^blank\.csv: filen är tom /,
    );
  });

  it('says a binary file is none of the supported kinds', () => {
    const pdfLike = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]);
    expect(() => importFile('rapport.pdf', pdfLike)).toThrowError(
      /^rapport\.pdf: är ingen text-, Excel- \(\.xlsx\), GeoJSON-, Shapefile-, KML- eller GPX-fil\./,
    );
  });

  it('explains a lone Shapefile part', () => {
    expect(() => importFile('stadsdelar.shp', new Uint8Array([0, 0, 0x27, 0x0a]))).toThrowError(
      /stadsdelar\.shp: är en del av en Shapefile\. Packa .* i en zip-fil/,
    );
  });

  it('reads a UTF-16 export (Excel "Unicode-text"), with or without a byte-order mark', () => {
    const text = 'Datum\tBrottskategori\tX\tY\r\n2024-03-05\tVåldsbrott\t6580120\t672210\r\n';
    const le = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
    for (const bytes of [Uint8Array.from([0xff, 0xfe, ...le]), le]) {
      const r = importFile('excel.txt', bytes);
      expect(r.kind === 'offences' && [r.encoding, r.result.table.count]).toEqual(['utf-16le', 1]);
    }
  });

  it('says a zip without a Shapefile has none', () => {
    const zip = zipSync({ 'readme.txt': utf8('hej') } as Zippable);
    expect(() => importFile('arkiv.zip', zip)).toThrowError(
      /arkiv\.zip: Zip-filen saknar \.shp-fil/,
    );
  });
});

describe('guessRole', () => {
  const table: ImportedFile = {
    kind: 'table',
    fileName: 't.csv',
    format: 'csv',
    encoding: 'utf-8',
    header: [],
    rows: [],
  };

  it('maps offences and tables directly', () => {
    expect(guessRole(importFile('brott.csv', utf8(OFFENCES)))).toBe('offences');
    expect(guessRole(table)).toBe('indicator');
  });

  it('tells ÖDS extents (polygons with a year) from areas', () => {
    expect(guessRole(features(polygon({ namn: 'Kungsholmen' })))).toBe('areas');
    expect(guessRole(features(polygon({ namn: 'Fridhemsplan', år: 2023 })))).toBe('ods');
    expect(guessRole(features(polygon({ namn: 'Fridhemsplan', ar: '2022' })))).toBe('ods');
    expect(guessRole(features(polygon({ namn: 'Fridhemsplan', YEAR: 2024 })))).toBe('ods');
    // A number that is no year (a population) does not count.
    expect(guessRole(features(polygon({ namn: 'Kungsholmen', ar: 64000 })))).toBe('areas');
  });

  it('calls lines walks and points sites, the most common shape deciding', () => {
    expect(guessRole(features(LINE))).toBe('walks');
    expect(guessRole(features(POINT, POINT))).toBe('sites');
    expect(guessRole(features(POINT, POINT, LINE))).toBe('sites');
    // A phone's GPX: one track and a meeting point.
    expect(guessRole(importFile('v.gpx', fixture('trygghetsvandring-telefon.gpx')))).toBe('walks');
  });
});
