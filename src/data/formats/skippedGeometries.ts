import type { Feature } from 'geojson';
import type { FileRole } from '../import/importTypes';

const WANTED: Partial<Record<FileRole, { types: string[]; what: string }>> = {
  areas: { types: ['Polygon', 'MultiPolygon'], what: 'områden, som bara kan vara ytor' },
  ods: { types: ['Polygon', 'MultiPolygon'], what: 'utbredningar, som bara kan vara ytor' },
  sites: { types: ['Point'], what: 'platser, som bara kan vara punkter' },
  walks: { types: ['LineString', 'MultiLineString'], what: 'rutter, som bara kan vara linjer' },
};

const NAMES: Record<string, [string, string]> = {
  Point: ['punkt', 'punkter'],
  MultiPoint: ['multipunkt', 'multipunkter'],
  LineString: ['linje', 'linjer'],
  MultiLineString: ['multilinje', 'multilinjer'],
  Polygon: ['yta', 'ytor'],
  MultiPolygon: ['multiyta', 'multiytor'],
  GeometryCollection: ['geometrisamling', 'geometrisamlingar'],
};

/**
 * Says how many features of a file its role cannot use, and why: a GeoJSON
 * of stadsdelar with a few points or lines in it would otherwise lose them
 * without a word. Empty when all are used.
 */
export function skippedGeometriesText(features: Feature[], role: FileRole): string {
  const wanted = WANTED[role];
  if (!wanted) return '';
  const counts = new Map<string, number>();
  for (const f of features) {
    const type = f.geometry?.type ?? 'none';
    if (!wanted.types.includes(type)) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  if (counts.size === 0) return '';
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [...counts].map(([type, n]) => {
    const [one, many] = NAMES[type] ?? ['objekt utan geometri', 'objekt utan geometri'];
    return `${n} ${n === 1 ? one : many}`;
  });
  return `${total} objekt hoppas över (${parts.join(', ')}): filen används som ${wanted.what}.`;
}
