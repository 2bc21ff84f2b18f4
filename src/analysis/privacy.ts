/** Counts below this are shown as "< N" everywhere (tables, labels, exports), so no one can be singled out. */
export const DEFAULT_PRIVACY_THRESHOLD = 3;

export function isMasked(count: number, threshold: number): boolean {
  return threshold > 0 && count < threshold;
}

export function maskedText(threshold: number): string {
  return `< ${threshold}`;
}
