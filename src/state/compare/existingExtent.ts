import { normalizeName } from '../../data/normalizeName';
import type { Comparison, UserExtent } from '../../worker/protocol';

/** An extent already known for a scene and year, and where it came from, in Swedish. */
export interface KnownExtent {
  name: string;
  year: number;
  origin: string;
}

const OWN = 'ritad eller ändrad i den här webbläsaren';

/** The extents of years A and B (files and the user's) and the user's own of any year. */
export function knownExtents(comparison: Comparison, userExtents: UserExtent[]): KnownExtent[] {
  const parts = comparison.scenes.flatMap((s) => [...s.a, ...s.b]);
  return [
    ...parts.map((p) => ({
      name: p.name,
      year: p.year,
      origin: p.edited ? OWN : `från ${p.sources.join(', ')}`,
    })),
    ...userExtents.map((u) => ({ name: u.sceneId, year: u.year, origin: OWN })),
  ];
}

/**
 * The extent a new drawing named `name` for `year` would replace, or null. Names match as the
 * scene identity does (`extentDocumentId`, the worker's lineage): case and diacritics aside.
 */
export function existingExtent(
  name: string,
  year: number,
  known: readonly KnownExtent[],
): KnownExtent | null {
  const key = (n: string) => normalizeName(n) || n.trim();
  return known.find((k) => k.year === year && key(k.name) === key(name)) ?? null;
}
