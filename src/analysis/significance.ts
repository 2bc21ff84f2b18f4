import { normalTwoSidedP } from './normalDistribution';

/**
 * Is a change between two periods more than chance? Under "same rate in both
 * periods", the current count given the total is binomial with p = the
 * current period's share of the total time (a conditional Poisson test).
 * Exact up to 2 000 offences, normal approximation above.
 */
export interface ChangeTest {
  pValue: number;
  notable: boolean;
}

export const NOTABLE_P = 0.05;

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9).
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xx = x - 1;
  let a = c[0];
  const t = xx + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

function binomialLogPmf(k: number, n: number, p: number): number {
  return (
    logGamma(n + 1) -
    logGamma(k + 1) -
    logGamma(n - k + 1) +
    k * Math.log(p) +
    (n - k) * Math.log(1 - p)
  );
}

export function testChange(
  current: number,
  previous: number,
  currentDays: number,
  previousDays: number,
): ChangeTest {
  const n = current + previous;
  if (n === 0) return { pValue: 1, notable: false };
  const p = currentDays / (currentDays + previousDays);
  let pValue: number;
  if (n <= 2000) {
    const observed = binomialLogPmf(current, n, p);
    let sum = 0;
    for (let k = 0; k <= n; k++) {
      const lp = binomialLogPmf(k, n, p);
      if (lp <= observed + 1e-9) sum += Math.exp(lp);
    }
    pValue = Math.min(1, sum);
  } else {
    const z = (Math.abs(current - n * p) - 0.5) / Math.sqrt(n * p * (1 - p));
    pValue = normalTwoSidedP(Math.max(0, z));
  }
  return { pValue, notable: pValue < NOTABLE_P };
}
