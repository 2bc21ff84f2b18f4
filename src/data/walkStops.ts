/** A numbered stop along a walk: a waypoint from the same GPX or KML file. */
export interface WalkStop {
  /** 1, 2, 3 … in the order the route passes them. */
  number: number;
  name: string;
  position: [number, number];
}

export interface Waypoint {
  name: string;
  position: [number, number];
}

/** Where along a path a point lies: segment index plus the fraction of it, and how far off. */
interface Along {
  at: number;
  distance2: number;
}

/**
 * Nearest point on the path in a local plane: longitude is scaled by the
 * cosine of the latitude, which is exact enough to rank a few hundred metres.
 */
function along(path: [number, number][], p: [number, number]): Along {
  const k = Math.cos((p[1] * Math.PI) / 180);
  let best: Along = { at: 0, distance2: Infinity };
  for (let i = 0; i < path.length; i++) {
    const a = path[i];
    const b = path[Math.min(i + 1, path.length - 1)];
    const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]];
    const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t =
      len2 === 0
        ? 0
        : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
    const distance2 = (ax + t * (bx - ax) - px) ** 2 + (ay + t * (by - ay) - py) ** 2;
    if (distance2 < best.distance2) best = { at: i + t, distance2 };
  }
  return best;
}

/**
 * Each waypoint becomes a stop of the walk it lies nearest to, numbered in
 * the order that walk's route passes them (a phone saves waypoints in the
 * order they were made, not walked). Returns the stops per path.
 */
export function assignStops(paths: [number, number][][], waypoints: Waypoint[]): WalkStop[][] {
  const placed: { along: number; waypoint: Waypoint }[][] = paths.map(() => []);
  for (const waypoint of waypoints) {
    let bestPath = -1;
    let best: Along = { at: 0, distance2: Infinity };
    paths.forEach((path, i) => {
      const a = along(path, waypoint.position);
      if (a.distance2 < best.distance2) [bestPath, best] = [i, a];
    });
    if (bestPath >= 0) placed[bestPath].push({ along: best.at, waypoint });
  }
  return placed.map((stops) =>
    stops
      .sort((a, b) => a.along - b.along)
      .map(({ waypoint }, i) => ({ number: i + 1, ...waypoint })),
  );
}
