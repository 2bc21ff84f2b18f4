import type { Selection } from '../state/selection';

/** What a click on the map selects, from the picked layer's id and object; null for nothing selectable. */
export function pickSelection(layerId: string | undefined, object: unknown): Selection | null {
  const id =
    (object as { id?: unknown; properties?: { id?: unknown } } | null | undefined)?.properties
      ?.id ?? (object as { id?: unknown } | null | undefined)?.id;
  if (typeof id !== 'string' || !layerId) return null;
  if (layerId === 'stadsdelar-choropleth') return { kind: 'stadsdel', id };
  if (layerId.startsWith('ods-') && !layerId.endsWith('-halo')) return { kind: 'ods', id };
  if (layerId === 'sites') return { kind: 'site', id };
  if (layerId === 'walks') return { kind: 'walk', id };
  return null;
}
