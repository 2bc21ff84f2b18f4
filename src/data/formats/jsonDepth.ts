/**
 * Deepest nesting of arrays and objects in JSON text, counted without
 * parsing and stopping at `limit`. GeoJSON needs about ten levels; a file
 * nested far deeper would overflow the stack of every recursive step after
 * JSON.parse (copying to the worker, drawing), so it is refused up front.
 */
export function exceedsJsonDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
