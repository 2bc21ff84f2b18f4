import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** A hand-typed WGS84 position, [lon, lat], 5 decimals. */
export type Pos = readonly [number, number];

/** A border piece between two areas, written once and reused by both sides. */
export type Border = readonly Pos[];

export const rev = (border: Border): Pos[] => [...border].reverse();

function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

/**
 * Joins border pieces end to start into a closed ring. Pieces share their
 * end points, so repeated points are dropped; the ring is turned
 * counter-clockwise because RFC 7946 asks for it and some renderers care.
 */
export function ring(...pieces: readonly Border[]): Position[] {
  const out: Position[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    const [start] = piece;
    // A piece that does not start where the previous one ended is a drawing mistake.
    if (prev && (prev[0] !== start[0] || prev[1] !== start[1])) {
      throw new Error(
        `ring: piece starts at ${start.join(',')} but previous ended at ${prev.join(',')}`,
      );
    }
    for (const [lon, lat] of piece) {
      const last = out[out.length - 1];
      if (!last || last[0] !== lon || last[1] !== lat) out.push([lon, lat]);
    }
  }
  const [first] = out;
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  if (signedArea(out) < 0) out.reverse();
  return out;
}

export const line = (points: readonly Pos[]): Position[] => points.map(([lon, lat]) => [lon, lat]);

export function collection<G extends Geometry, P>(
  features: Feature<G, P>[],
): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

/** One feature per line: diffable, yet small. */
export function stringifyCollection(fc: FeatureCollection): string {
  const rows = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${rows.join(',\n')}\n]}\n`;
}
