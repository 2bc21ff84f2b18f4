import { isCrsCode, type CrsCode } from '../crs';
import { child, children, find, nameOf, parseWkt, type WktNode } from './wkt';

export interface PrjMatch {
  crs: CrsCode;
  /** How it was recognised, for the detection text shown to the user. */
  matchedBy: 'epsg' | 'name' | 'parameters';
}

/** Geographic systems whose difference from WGS 84 is below a metre in Sweden. */
const WGS84_LIKE_EPSG = new Set([4326, 4619, 4258, 4979]);

/** Central meridian (degrees) → SWEREF 99 local zone; false easting 150 km, scale 1. */
const SWEREF_ZONES: ReadonlyMap<number, CrsCode> = new Map([
  [12, 'EPSG:3007'],
  [13.5, 'EPSG:3008'],
  [15, 'EPSG:3009'],
  [16.5, 'EPSG:3010'],
  [18, 'EPSG:3011'],
  [14.25, 'EPSG:3012'],
  [15.75, 'EPSG:3013'],
  [17.25, 'EPSG:3014'],
  [18.75, 'EPSG:3015'],
  [20.25, 'EPSG:3016'],
  [21.75, 'EPSG:3017'],
  [23.25, 'EPSG:3018'],
]);

/** RT 90 2,5 gon V: 15° 48′ 29.8″ E. */
const RT90_MERIDIAN = 15.80827777777778;

/** Web Mercator under its official code, its ESRI codes and its unofficial "Google" ones. */
const WEB_MERCATOR_EPSG = new Set([3857, 3785, 900913, 102100, 102113]);

function fromEpsgNumber(code: number): CrsCode | null {
  if (WGS84_LIKE_EPSG.has(code)) return 'EPSG:4326';
  if (WEB_MERCATOR_EPSG.has(code)) return 'EPSG:3857';
  const key = `EPSG:${code}`;
  return isCrsCode(key) ? key : null;
}

/** "EPSG:3011", "urn:ogc:def:crs:EPSG::3006", "…/def/crs/EPSG/0/3006", "urn:ogc:def:crs:OGC:1.3:CRS84". */
export function crsFromIdentifier(text: string): CrsCode | null {
  const s = text.trim();
  if (/^(urn:ogc:def:crs:OGC:(1\.3)?:|OGC:)?CRS:?84$/i.test(s)) return 'EPSG:4326';
  const m =
    /^(?:urn:ogc:def:crs:)?EPSG:(?:[\d.]*:)?(\d+)$/i.exec(s) ?? /\/EPSG\/\d+\/(\d+)$/i.exec(s);
  return m ? fromEpsgNumber(Number(m[1])) : null;
}

function byAuthority(root: WktNode): CrsCode | null {
  // Only the top level's own AUTHORITY/ID names the whole system; nested ones name its datum or unit.
  for (const id of children(root, 'AUTHORITY', 'ID')) {
    if (String(id.args[0]).toUpperCase() === 'EPSG' && id.args[1] !== undefined) {
      return fromEpsgNumber(Number(id.args[1]));
    }
  }
  return null;
}

/** Upper case, runs of anything but letters and digits as one "_": "SWEREF99 18 00" → "SWEREF99_18_00". */
const normalizeName = (name: string) =>
  name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function byName(root: WktNode): CrsCode | null {
  const name = normalizeName(nameOf(root));
  if (/^SWEREF_?99_TM$/.test(name)) return 'EPSG:3006';
  const zone = /^SWEREF_?99_(\d{2})_(\d{2})$/.exec(name);
  if (zone) return SWEREF_ZONES.get(Number(zone[1]) + Number(zone[2]) / 60) ?? null;
  if (/^RT_?90_2_?5_GON_V(_0_?GON)?$/.test(name)) return 'EPSG:3021';
  if (
    /^(WGS_?(19)?84_(PSEUDO|WEB)_MERCATOR(_AUXILIARY_SPHERE)?|POPULAR_VISUALISATION_CRS_MERCATOR|GOOGLE_MAPS_GLOBAL_MERCATOR)$/.test(
      name,
    )
  ) {
    return 'EPSG:3857';
  }
  if (/^(GCS_)?(WGS_?(19)?84|SWEREF_?99|ETRS_?(19)?89)$/.test(name)) return 'EPSG:4326';
  return null;
}

/** Parameter names differ between ESRI, OGC WKT1 and WKT2; compare them without case or separators. */
const PARAMETER_ALIASES: Record<
  string,
  'centralMeridian' | 'falseEasting' | 'falseNorthing' | 'scale'
> = {
  centralmeridian: 'centralMeridian',
  longitudeofnaturalorigin: 'centralMeridian',
  longitudeoforigin: 'centralMeridian',
  longitudeofcenter: 'centralMeridian',
  falseeasting: 'falseEasting',
  falsenorthing: 'falseNorthing',
  scalefactor: 'scale',
  scalefactoratnaturalorigin: 'scale',
};

const near = (a: number | undefined, b: number, tolerance: number) =>
  a !== undefined && Math.abs(a - b) <= tolerance;

function semiMajorAxis(root: WktNode): number | undefined {
  const spheroid = find(root, 'SPHEROID', 'ELLIPSOID');
  return typeof spheroid?.args[1] === 'number' ? spheroid.args[1] : undefined;
}

function byParameters(root: WktNode): CrsCode | null {
  if (root.keyword === 'GEOGCS' || root.keyword === 'GEOGCRS') {
    return near(semiMajorAxis(root), 6_378_137, 1) ? 'EPSG:4326' : null;
  }
  const method = normalizeName(
    nameOf(find(root, 'PROJECTION', 'METHOD') ?? { keyword: '', args: [] }),
  );
  if (!/TRANSVERSE_MERCATOR|^UTM/.test(method)) return null;
  const p: Partial<Record<(typeof PARAMETER_ALIASES)[string], number>> = {};
  for (const param of [
    ...children(root, 'PARAMETER'),
    ...children(child(root, 'CONVERSION') ?? root, 'PARAMETER'),
  ]) {
    const key =
      PARAMETER_ALIASES[
        nameOf(param)
          .toLowerCase()
          .replace(/[^a-z]/g, '')
      ];
    if (key && typeof param.args[1] === 'number') p[key] = param.args[1];
  }
  if (p.falseNorthing !== undefined && !near(p.falseNorthing, 0, 0.001)) return null;
  const a = semiMajorAxis(root);
  const grs80 = a === undefined || near(a, 6_378_137, 1);
  const bessel = a === undefined || near(a, 6_377_397.155, 1);
  if (
    grs80 &&
    near(p.centralMeridian, 15, 1e-9) &&
    near(p.falseEasting, 500_000, 0.001) &&
    near(p.scale, 0.9996, 1e-9)
  ) {
    return 'EPSG:3006';
  }
  if (
    grs80 &&
    near(p.falseEasting, 150_000, 0.001) &&
    near(p.scale, 1, 1e-9) &&
    p.centralMeridian !== undefined
  ) {
    for (const [meridian, code] of SWEREF_ZONES)
      if (near(p.centralMeridian, meridian, 1e-9)) return code;
  }
  if (
    bessel &&
    near(p.centralMeridian, RT90_MERIDIAN, 1e-6) &&
    near(p.falseEasting, 1_500_000, 0.001) &&
    near(p.scale, 1, 1e-9)
  ) {
    return 'EPSG:3021';
  }
  return null;
}

/**
 * The coordinate system named by an ESRI .prj, OGC WKT (1 or 2) or an EPSG
 * identifier, as one of ours: by EPSG authority first, then by the system's
 * name, then by its projection parameters. Null when it is none of ours.
 */
export function prjToCrs(text: string): PrjMatch | null {
  const id = crsFromIdentifier(text);
  if (id) return { crs: id, matchedBy: 'epsg' };
  const root = parseWkt(text);
  if (!root) return null;
  const epsg = byAuthority(root);
  if (epsg) return { crs: epsg, matchedBy: 'epsg' };
  const named = byName(root);
  if (named) return { crs: named, matchedBy: 'name' };
  const fitted = byParameters(root);
  return fitted ? { crs: fitted, matchedBy: 'parameters' } : null;
}
