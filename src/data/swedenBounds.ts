/** A generous box around Sweden: anything outside is almost surely a wrong coordinate system. */
export function isInSweden(lon: number, lat: number): boolean {
  return lon >= 10.0 && lon <= 24.5 && lat >= 55.0 && lat <= 69.5;
}
