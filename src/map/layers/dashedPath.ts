import { fromPixels, toPixels, type LonLat } from './webMercator';

/**
 * A line cut into dashes of `dashPx` with gaps of `gapPx` screen pixels at
 * `zoom`. deck.gl draws dashes only with its extensions package, which is not
 * installed; cut here, the dashes are ordinary paths.
 */
export function dashedPath(
  path: LonLat[],
  zoom: number,
  dashPx: number,
  gapPx: number,
): LonLat[][] {
  const points = path.map((p) => toPixels(p, zoom));
  const cycle = dashPx + gapPx;
  const dashes: LonLat[][] = [];
  let current: [number, number][] | null = null;
  let travelled = 0;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const length = Math.hypot(bx - ax, by - ay);
    const at = (t: number): [number, number] => [ax + (bx - ax) * t, ay + (by - ay) * t];
    let done = 0;
    while (done < length) {
      const inCycle = travelled % cycle;
      const onDash = inCycle < dashPx;
      const step = Math.min((onDash ? dashPx : cycle) - inCycle, length - done);
      if (onDash) {
        current ??= [at(done / length)];
        current.push(at((done + step) / length));
      } else if (current) {
        dashes.push(current.map((p) => fromPixels(p, zoom)));
        current = null;
      }
      done += step;
      travelled += step;
    }
  }
  if (current) dashes.push(current.map((p) => fromPixels(p, zoom)));
  return dashes;
}
