import type { PartResult } from './parsePart';

/**
 * The buffers to post back with a part's result, never copied: its columns,
 * and the part's own bytes (`input`), which the receiver lets go at once; a
 * helper that kept them would hold a large buffer until its next full collection.
 */
export function partTransfers(result: PartResult, input: Uint8Array): ArrayBuffer[] {
  const r = result.rows;
  const arrays = r
    ? [r.a, r.b, r.line, r.day, r.minute, r.category, r.typeIndex, r.streetIndex, r.duplicateKeys]
    : [];
  return [...arrays, input].map((a) => a.buffer as ArrayBuffer);
}
