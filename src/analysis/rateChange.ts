/**
 * How sure a change of a rate (offences per hectare) is, for the compare
 * card's headline: a count of offences is a Poisson draw, so even with no real
 * change the rate moves by chance. The 95 % interval of the rate ratio B/A is
 * the usual log-normal one, ln(RR) ± 1.96·√(1/a + 1/b); it only covers that
 * chance (not a moved extent or a change in reporting), which the note says.
 */

/** Below this many offences in either period the interval says little and the approximation is rough. */
export const MIN_COUNT_FOR_INTERVAL = 10;

const Z_95 = 1.959964;

export interface RateSide {
  count: number;
  /** Hectares (or any exposure the rate is per). */
  exposure: number;
}

export type RateCertainty =
  | { kind: 'too-few' }
  /** The change in per cent at the interval's ends; `chance` when it spans no change. */
  | { kind: 'interval'; low: number; high: number; chance: boolean };

/** Null when there is no rate to compare (no exposure, or no offences in A). */
export function rateChangeCertainty(a: RateSide, b: RateSide): RateCertainty | null {
  if (!(a.exposure > 0) || !(b.exposure > 0) || !(a.count > 0)) return null;
  if (a.count < MIN_COUNT_FOR_INTERVAL || b.count < MIN_COUNT_FOR_INTERVAL)
    return { kind: 'too-few' };
  const logRatio = Math.log(b.count / b.exposure / (a.count / a.exposure));
  const margin = Z_95 * Math.sqrt(1 / a.count + 1 / b.count);
  const low = (Math.exp(logRatio - margin) - 1) * 100;
  const high = (Math.exp(logRatio + margin) - 1) * 100;
  return { kind: 'interval', low, high, chance: low <= 0 && high >= 0 };
}

const oneDecimal = new Intl.NumberFormat('sv-SE', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const signed = (p: number) =>
  `${p > 0 ? '+' : p < 0 ? '−' : ''}${oneDecimal.format(Math.abs(p))} %`;

/** The note beside the headline's number, in Swedish. */
export function certaintyText(c: RateCertainty): string {
  if (c.kind === 'too-few') {
    return `För få brott (färre än ${MIN_COUNT_FOR_INTERVAL} under en av perioderna) för att säga säkert.`;
  }
  const range = `Slumpens spann (95 %): ${signed(c.low)} till ${signed(c.high)}`;
  return c.chance
    ? `${range}, så förändringen kan vara slumpen.`
    : `${range}, så förändringen är större än slumpen.`;
}
