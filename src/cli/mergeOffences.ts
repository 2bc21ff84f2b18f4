import type { PlanarOffences } from '../analysis/dashboard';
import type { OffenceTable } from '../data/offenceTable';

function concat<T extends Float64Array | Int32Array | Int16Array | Uint8Array>(
  parts: T[],
  make: (n: number) => T,
): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Several offence files (e.g. one export per year) become one set of columns.
 * Only what the engine counts is kept; types and streets are not in the tables.
 */
export function mergeOffences(tables: OffenceTable[]): PlanarOffences {
  if (tables.length === 1) return tables[0];
  const trimmed = tables.map((t) => ({
    e: t.e.subarray(0, t.count),
    n: t.n.subarray(0, t.count),
    day: t.day.subarray(0, t.count),
    minute: t.minute.subarray(0, t.count),
    category: t.category.subarray(0, t.count),
  }));
  return {
    count: tables.reduce((n, t) => n + t.count, 0),
    e: concat(
      trimmed.map((t) => t.e),
      (n) => new Float64Array(n),
    ),
    n: concat(
      trimmed.map((t) => t.n),
      (n) => new Float64Array(n),
    ),
    day: concat(
      trimmed.map((t) => t.day),
      (n) => new Int32Array(n),
    ),
    minute: concat(
      trimmed.map((t) => t.minute),
      (n) => new Int16Array(n),
    ),
    category: concat(
      trimmed.map((t) => t.category),
      (n) => new Uint8Array(n),
    ),
  };
}

export function dayRangeOf(offences: PlanarOffences): { firstDay: number; lastDay: number } {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < offences.count; i++) {
    if (offences.day[i] < firstDay) firstDay = offences.day[i];
    if (offences.day[i] > lastDay) lastDay = offences.day[i];
  }
  return { firstDay, lastDay };
}
