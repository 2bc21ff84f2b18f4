import type { PartResult } from './parsePart';

/** The buffers of a part's columns: posted back as they are, never copied. */
export function partTransfers(result: PartResult): ArrayBuffer[] {
  const r = result.rows;
  if (!r) return [];
  const arrays = [r.a, r.b, r.line, r.day, r.minute, r.category, r.typeIndex, r.streetIndex];
  return [...arrays, r.duplicateKeys].map((a) => a.buffer as ArrayBuffer);
}
