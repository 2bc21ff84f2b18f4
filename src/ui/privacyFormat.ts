import type { AreaRow } from '../analysis/areaTable';
import { isMasked, maskedText } from '../analysis/privacy';
import { formatCount, formatRate } from './format';

export function countText(n: number, threshold: number): string {
  return isMasked(n, threshold) ? maskedText(threshold) : formatCount(n);
}

/** A rate would reveal a masked count, so it is hidden too. */
export function rateText(row: Pick<AreaRow, 'count' | 'perHectare'>, threshold: number): string {
  return isMasked(row.count, threshold) ? '–' : formatRate(row.perHectare);
}
