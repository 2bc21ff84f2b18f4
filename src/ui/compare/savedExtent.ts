/**
 * The pair of years to compare a just-saved extent in: the drawn year beside
 * the nearer of A and B (B before a later year, A before an earlier one or one
 * between them). Null when the drawn year is already A or B.
 */
export function pairWithSaved(
  yearA: number,
  yearB: number,
  drawn: number,
): [number, number] | null {
  if (drawn === yearA || drawn === yearB) return null;
  if (drawn > yearB) return [yearB, drawn];
  if (drawn < yearA) return [drawn, yearA];
  return [yearA, drawn];
}
