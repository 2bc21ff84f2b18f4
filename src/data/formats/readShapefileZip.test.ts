import { readFileSync } from 'node:fs';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../../test/unit/sharedData';
import { ImportError } from '../importProblem';
import { parseAreas } from '../parseAreas';
import { CrsNeededError, readShapefileLayers, readShapefileZip } from './readShapefileZip';

/** The city's own Shapefile (SWEREF 99 18 00, Latin-1 names, no .cpg), read from ../shared, never copied. */
const SHAPE_DIR = sharedDataPath('stockholm-stadsdelar', 'shapefile-sweref99-1800');
const part = (ext: string) => new Uint8Array(readFileSync(`${SHAPE_DIR}/stadsdelar.${ext}`));
const PARTS = { shp: part('shp'), shx: part('shx'), dbf: part('dbf'), prj: part('prj') };

function zipOf(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files as Zippable);
}

/** The city's parts under `folder/` in a zip, leaving out `omit`. */
function cityZip(folder = '', omit: string[] = []): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [ext, data] of Object.entries(PARTS))
    if (!omit.includes(ext)) files[`${folder}stadsdelar.${ext}`] = data;
  return zipOf(files);
}

const hectaresByName = (features: unknown[], file: string) =>
  new Map(
    parseAreas(JSON.stringify({ type: 'FeatureCollection', features }), file).areas.map((a) => [
      a.name,
      a.hectares,
    ]),
  );

describe("the city's stadsdelar Shapefile", () => {
  const result = readShapefileZip('stadsdelar.zip', cityZip('stadsdelar/'));

  it('reads 117 areas in SWEREF 99 18 00 from the .prj, names decoded as Windows-1252', () => {
    expect(result.format).toBe('shapefile');
    expect(result.crs).toBe('EPSG:3011');
    expect(result.crsGuessed).toBe(false);
    expect(result.detectedText).toMatch(
      /SWEREF 99 18 00.*enligt stadsdelar\.prj.*windows-1252 \(ingen \.cpg-fil\)/,
    );
    expect(result.features).toHaveLength(117);
    expect(result.problems).toEqual([]);
    const names = result.features.map((f) => f.properties?.name);
    for (const name of [
      'VÅRBERG',
      'ÄLVSJÖ',
      'KUNGSHOLMEN',
      'FREDHÄLL',
      'LADUGÅRDSGÄRDET',
      'ÖSTERMALM',
    ]) {
      expect(names).toContain(name);
    }
    expect(names.join('')).not.toMatch(/[ÃÂ\uFFFD]/);
  });

  it('gives the same hectares as the WGS 84 GeoJSON of the same areas, within 0.1 %', () => {
    const geojson = readFileSync(
      sharedDataPath('stockholm-stadsdelar', 'stadsdelar.geojson'),
      'utf8',
    );
    const reference = new Map(
      parseAreas(geojson, 'stadsdelar.geojson').areas.map((a) => [a.name, a.hectares]),
    );
    const fromShapefile = hectaresByName(result.features, 'stadsdelar.zip');
    expect(fromShapefile.size).toBe(117);
    let worst = 0;
    for (const [name, hectares] of fromShapefile) {
      const expected = reference.get(name);
      expect(expected, `${name} is in stadsdelar.geojson`).toBeDefined();
      worst = Math.max(worst, Math.abs(hectares - expected!) / expected!);
    }
    // Measured 7.8e-9 (same polygons, same null datum shift); the brief allows 0.1 %.
    expect(worst).toBeLessThan(0.001);
  });

  it('honours a .cpg and an explicit encoding', () => {
    const withWrongCpg = zipOf({
      'stadsdelar.shp': PARTS.shp,
      'stadsdelar.dbf': PARTS.dbf,
      'stadsdelar.prj': PARTS.prj,
      'stadsdelar.cpg': new TextEncoder().encode('UTF-8'),
    });
    const viaCpg = readShapefileZip('s.zip', withWrongCpg);
    expect(viaCpg.detectedText).toMatch(/utf-8, enligt \.cpg-filen/);
    // Latin-1 bytes read as UTF-8 become replacement characters: the .cpg was obeyed.
    expect(viaCpg.features.map((f) => f.properties?.name).join('')).toMatch(/\uFFFD/);
    const overridden = readShapefileZip('s.zip', withWrongCpg, { encoding: 'windows-1252' });
    expect(overridden.features.map((f) => f.properties?.name)).toContain('VÅRBERG');
  });

  it('guesses the system from the values when the .prj is missing, and says so', () => {
    const r = readShapefileZip('utan-prj.zip', cityZip('', ['prj']));
    expect(r.crs).toBe('EPSG:3011');
    expect(r.crsGuessed).toBe(true);
    expect(r.detectedText).toMatch(
      /stadsdelar\.prj saknas; en lokal SWEREF 99-zon.*antagen SWEREF 99 18 00/,
    );
    expect(
      readShapefileZip('utan-prj.zip', cityZip('', ['prj']), { crs: 'EPSG:3011' }).crsGuessed,
    ).toBe(false);
  });

  it('reads each layer of a zip with several, and names the others when reading one', () => {
    const two = zipOf({
      'a/stadsdelar.shp': PARTS.shp,
      'a/stadsdelar.dbf': PARTS.dbf,
      'a/stadsdelar.prj': PARTS.prj,
      'b/kopia.shp': PARTS.shp,
      'b/kopia.dbf': PARTS.dbf,
      'b/kopia.prj': PARTS.prj,
    });
    expect(readShapefileLayers('två.zip', two).map((l) => l.features.length)).toEqual([117, 117]);
    expect(readShapefileZip('två.zip', two).detectedText).toMatch(
      /Zip-filen har 2 lager \(stadsdelar, kopia\); bara stadsdelar lästes in/,
    );
  });
});

describe('broken Shapefile zips', () => {
  const prjOf = (wkt: string) => new TextEncoder().encode(wkt);

  it('says when the file is not a zip', () => {
    expect(() => readShapefileZip('stadsdelar.shp', PARTS.shp)).toThrowError(
      /stadsdelar\.shp: är ingen zip-fil/,
    );
  });

  it('says when the zip is corrupt', () => {
    const zip = cityZip();
    expect(() => readShapefileZip('trasig.zip', zip.slice(0, zip.length / 2))).toThrowError(
      /trasig\.zip: zip-filen är skadad/,
    );
  });

  it('says when the zip has no .shp', () => {
    expect(() => readShapefileZip('bara-dbf.zip', cityZip('', ['shp']))).toThrowError(
      /bara-dbf\.zip: Zip-filen saknar \.shp-fil/,
    );
  });

  it('says when the .dbf is missing', () => {
    expect(() => readShapefileZip('utan-dbf.zip', cityZip('', ['dbf']))).toThrowError(
      /Zip-filen har stadsdelar\.shp men saknar stadsdelar\.dbf/,
    );
  });

  it('says when the .shp is not a Shapefile', () => {
    const zip = zipOf({ 'x.shp': new TextEncoder().encode('hej'.repeat(50)), 'x.dbf': PARTS.dbf });
    expect(() => readShapefileZip('fel.zip', zip)).toThrowError(
      /fel\.zip: x\.shp är ingen giltig Shapefile/,
    );
  });

  it('asks for a coordinate system when the .prj names one we do not have', () => {
    const utm32 =
      'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
      'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],' +
      'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    const zip = zipOf({ 's.shp': PARTS.shp, 's.dbf': PARTS.dbf, 's.prj': prjOf(utm32) });
    let error: unknown;
    try {
      readShapefileZip('utm.zip', zip);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CrsNeededError);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as CrsNeededError).needsCrs).toBe(true);
    expect((error as Error).message).toMatch(
      /s\.prj \("ETRS_1989_UTM_Zone_32N"\) stöds inte\. Välj koordinatsystem/,
    );
    // The user's choice makes it readable.
    expect(readShapefileZip('utm.zip', zip, { crs: 'EPSG:3011' }).features).toHaveLength(117);
  });

  it("offers the systems in which the coordinates land in Sweden first, Stockholm's zone before the other local zones", () => {
    const statePlane =
      'PROJCS["NAD_1983_StatePlane_California_III_FIPS_0403",GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983",' +
      'SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
      'PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",2000000.0],UNIT["Meter",1.0]]';
    const zip = zipOf({ 's.shp': PARTS.shp, 's.dbf': PARTS.dbf, 's.prj': prjOf(statePlane) });
    const error = (() => {
      try {
        readShapefileZip('ca.zip', zip);
      } catch (e) {
        return e as CrsNeededError;
      }
    })();
    expect(error).toBeInstanceOf(CrsNeededError);
    const fitting = error!.choices.slice(0, error!.fitting);
    expect(fitting[0]).toBe('EPSG:3011');
    expect(fitting).not.toContain('EPSG:4326');
    expect(fitting).not.toContain('EPSG:3857');
    expect(error!.choices).toHaveLength(16);
    expect(error!.message).toMatch(/Koordinaterna passar SWEREF 99 18 00 \(Stockholm\)/);
  });

  it('reads a Shapefile in Web Mercator (EPSG:3857) from its .prj', () => {
    const webMercatorPrj =
      'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],' +
      'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],' +
      'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],' +
      'PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
    const zip = zipOf({ 's.shp': PARTS.shp, 's.dbf': PARTS.dbf, 's.prj': prjOf(webMercatorPrj) });
    expect(readShapefileZip('wm.zip', zip).crs).toBe('EPSG:3857');
    expect(readShapefileZip('wm.zip', zip).detectedText).toMatch(/Web Mercator.*enligt s\.prj/);
  });
});
