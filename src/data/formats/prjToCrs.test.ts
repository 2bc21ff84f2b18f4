import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../../test/unit/sharedData';
import { crsFromIdentifier, prjToCrs } from './prjToCrs';

const GEOGCS_SWEREF =
  'GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]';

/** An ESRI-style .prj with a made-up name, so that only the parameters can decide. */
function esriTm(
  name: string,
  meridian: number,
  falseEasting: number,
  scale: number,
  geogcs = GEOGCS_SWEREF,
) {
  return (
    `PROJCS["${name}",${geogcs},PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",${falseEasting}],` +
    `PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${meridian}],PARAMETER["Scale_Factor",${scale}],` +
    `PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
  );
}

const RT90_ESRI =
  'PROJCS["RT90_25_gon_V",GEOGCS["GCS_RT_1990",DATUM["D_RT_1990",SPHEROID["Bessel_1841",6377397.155,299.1528128]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["False_Easting",1500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.80827777777778],' +
  'PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe('prjToCrs', () => {
  it("reads the city's own stadsdelar.prj as SWEREF 99 18 00", () => {
    const prj = readFileSync(
      sharedDataPath('stockholm-stadsdelar', 'shapefile-sweref99-1800', 'stadsdelar.prj'),
      'utf8',
    );
    expect(prjToCrs(prj)).toEqual({ crs: 'EPSG:3011', matchedBy: 'name' });
  });

  it('prefers the top-level EPSG authority over names and nested authorities', () => {
    const ogc =
      'PROJCS["some local name",GEOGCS["SWEREF99",DATUM["SWEREF99",SPHEROID["GRS 1980",6378137,298.257222101,' +
      'AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6619"]],AUTHORITY["EPSG","4619"]],PROJECTION["Transverse_Mercator"],' +
      'PARAMETER["central_meridian",15],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],' +
      'UNIT["metre",1],AUTHORITY["EPSG","3006"]]';
    expect(prjToCrs(ogc)).toEqual({ crs: 'EPSG:3006', matchedBy: 'epsg' });
  });

  it('reads WKT2 with ID[…]', () => {
    const wkt2 =
      'PROJCRS["SWEREF99 16 30",BASEGEOGCRS["SWEREF99",DATUM["SWEREF99",ELLIPSOID["GRS 1980",6378137,298.257222101]]],' +
      'CONVERSION["SWEREF99 16 30",METHOD["Transverse Mercator"],PARAMETER["Longitude of natural origin",16.5]],' +
      'CS[Cartesian,2],ID["EPSG",3010]]';
    expect(prjToCrs(wkt2)).toEqual({ crs: 'EPSG:3010', matchedBy: 'epsg' });
  });

  it.each([
    ['SWEREF99_TM', 'EPSG:3006'],
    ['SWEREF99 TM', 'EPSG:3006'],
    ['SWEREF99_18_00', 'EPSG:3011'],
    ['SWEREF99 18 00', 'EPSG:3011'],
    ['SWEREF99_12_00', 'EPSG:3007'],
    ['SWEREF99 13 30', 'EPSG:3008'],
    ['SWEREF99_23_15', 'EPSG:3018'],
  ])('knows the ESRI name %s', (name, crs) => {
    // Parameters deliberately nonsense: the name decides.
    expect(prjToCrs(esriTm(name, 0, 0, 0.5))).toEqual({ crs, matchedBy: 'name' });
  });

  it('knows RT 90 2,5 gon V and plain geographic WGS 84 by name', () => {
    expect(prjToCrs(RT90_ESRI)).toEqual({ crs: 'EPSG:3021', matchedBy: 'name' });
    const wgs =
      'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(prjToCrs(wgs)).toEqual({ crs: 'EPSG:4326', matchedBy: 'name' });
  });

  it.each([
    [15, 500000, 0.9996, 'EPSG:3006'],
    [18, 150000, 1, 'EPSG:3011'],
    [14.25, 150000, 1, 'EPSG:3012'],
    [21.75, 150000, 1, 'EPSG:3017'],
  ])('falls back to parameters: meridian %s, false easting %s, scale %s', (cm, fe, k, crs) => {
    expect(prjToCrs(esriTm('Custom', cm, fe, k))).toEqual({ crs, matchedBy: 'parameters' });
  });

  it('recognises RT 90 by parameters only on Bessel', () => {
    const renamed = RT90_ESRI.replace('RT90_25_gon_V', 'Min_projektion');
    expect(prjToCrs(renamed)).toEqual({ crs: 'EPSG:3021', matchedBy: 'parameters' });
    const onGrs80 = esriTm('Custom', 15.80827777777778, 1500000, 1);
    expect(prjToCrs(onGrs80)).toBeNull();
  });

  it('returns null for systems we do not have', () => {
    expect(prjToCrs(esriTm('ETRS_1989_UTM_Zone_32N', 9, 500000, 0.9996))).toBeNull();
    expect(prjToCrs('not a projection')).toBeNull();
    expect(prjToCrs('')).toBeNull();
    expect(prjToCrs('PROJCS["broken",GEOGCS[')).toBeNull();
  });

  it.each([
    ['EPSG:3011', 'EPSG:3011'],
    ['epsg:3006', 'EPSG:3006'],
    ['urn:ogc:def:crs:EPSG::3006', 'EPSG:3006'],
    ['urn:ogc:def:crs:EPSG:6.6:3021', 'EPSG:3021'],
    ['http://www.opengis.net/def/crs/EPSG/0/3014', 'EPSG:3014'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
    ['EPSG:4619', 'EPSG:4326'],
    ['EPSG:32633', null],
  ])('reads the identifier %s', (text, crs) => {
    expect(crsFromIdentifier(text)).toBe(crs);
  });
});
