import { isDeepStrictEqual } from 'node:util';
import type { OffenceImportResult } from '../../src/data/parseOffencesCsv';

/**
 * The first difference between two import results (the fast path's and the
 * general path's), field by field and column by column, or null when they are
 * identical. Shared by the unit tests and the 1M-row check in `npm run bench`.
 */
export function importDifference(
  fast: OffenceImportResult,
  slow: OffenceImportResult,
): string | null {
  const { table: ft, ...fastRest } = fast;
  const { table: st, ...slowRest } = slow;
  const keys = (o: object) => Object.keys(o).sort().join(', ');
  if (keys(fastRest) !== keys(slowRest)) return `keys: ${keys(fastRest)} / ${keys(slowRest)}`;
  for (const key of Object.keys(slowRest) as (keyof typeof slowRest)[]) {
    if (!isDeepStrictEqual(fastRest[key], slowRest[key])) {
      return `${key}: ${show(fastRest[key])} / ${show(slowRest[key])}`;
    }
  }
  if (keys(ft) !== keys(st)) return `table keys: ${keys(ft)} / ${keys(st)}`;
  for (const key of Object.keys(st) as (keyof typeof st)[]) {
    const [f, s] = [ft[key], st[key]];
    if (ArrayBuffer.isView(f) && ArrayBuffer.isView(s)) {
      if (f.constructor !== s.constructor)
        return `table.${key}: ${f.constructor.name} / ${s.constructor.name}`;
      const row = firstDifference(f as Float64Array, s as Float64Array);
      if (row >= 0)
        return `table.${key}[${row}]: ${(f as Float64Array)[row]} / ${(s as Float64Array)[row]}`;
    } else if (!isDeepStrictEqual(f, s)) return `table.${key}: ${show(f)} / ${show(s)}`;
  }
  return null;
}

/** The first row where two columns differ (Object.is: -0 and NaN count), or -1. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

function show(v: unknown): string {
  const text = JSON.stringify(v instanceof Map ? [...v] : v) ?? String(v);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
