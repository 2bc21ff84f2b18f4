/**
 * Two-sided p-value of a standard normal z score, P(|Z| ≥ |z|), through the
 * Abramowitz–Stegun 7.1.26 approximation of erfc (absolute error < 1.5e-7).
 */
export function normalTwoSidedP(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.min(1, y * Math.exp(-x * x));
}
