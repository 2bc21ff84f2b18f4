/**
 * Indices of the points within `radius` metres of `centre`, all coordinates
 * in SWEREF 99 TM metres. A platssamverkan site is a point: the meeting counts
 * what was reported around it.
 */
export function pointsNear(
  e: Float64Array,
  n: Float64Array,
  count: number,
  centre: [number, number],
  radius: number,
): Uint32Array {
  const [ce, cn] = centre;
  const r2 = radius * radius;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const de = e[i] - ce;
    if (de > radius || de < -radius) continue;
    const dn = n[i] - cn;
    if (de * de + dn * dn <= r2) out.push(i);
  }
  return Uint32Array.from(out);
}
