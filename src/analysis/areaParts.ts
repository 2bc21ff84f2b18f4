/** Areas of one comparison in hectares: the parts as measured. */
export interface AreaParts {
  a: number | null;
  b: number | null;
  kept: number;
  lost: number;
  gained: number;
}

/**
 * The areas rounded to hundredths of a hectare so that the parts add up as
 * shown: kept + lost = A and kept + gained = B. Each is rounded on its own
 * first; lost and gained are then what A and B leave of kept (at most 0.01 ha
 * from their own rounding), so a reader who adds the card's numbers gets the
 * total the card shows (27,63 ha, not 14,90 + 12,72 = 27,62).
 */
export function roundedAreaParts(p: AreaParts): AreaParts {
  const hundredths = (v: number) => Math.round(v * 100);
  const a = p.a === null ? null : hundredths(p.a);
  const b = p.b === null ? null : hundredths(p.b);
  // Kept lies in both years: never more than either total once rounded.
  let kept = a !== null && b !== null ? hundredths(p.kept) : 0;
  if (a !== null) kept = Math.min(kept, a);
  if (b !== null) kept = Math.min(kept, b);
  return {
    a: a === null ? null : a / 100,
    b: b === null ? null : b / 100,
    kept: kept / 100,
    lost: a === null ? 0 : (a - kept) / 100,
    gained: b === null ? 0 : (b - kept) / 100,
  };
}
