import type { MultiPolygon, Polygon } from 'geojson';
import { normalizeName } from '../../data/normalizeName';
import type { DocStore } from '../../persistence/docStore';
import { newDocument, type ExtentDocument } from '../../persistence/documents';
import type { UserExtent } from '../../worker/protocol';
import type { AppState } from '../appState';

/** Saving and removing a user's extents; null in state until the document store has opened. */
export interface UserExtentStore {
  /**
   * Saves the extent of `sceneId` in `year`, replacing the user's earlier one of that scene and
   * year; `source` says how it was made ("ritad": drawn from nothing).
   */
  save(
    sceneId: string,
    year: number,
    geometry: Polygon | MultiPolygon,
    source?: string,
  ): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The scene-year id the comparison gives a user's extent (as the worker's extentSources). */
export const userSceneYearId = (sceneId: string, year: number) =>
  `${year}:${normalizeName(sceneId) || sceneId}`;

/** One document per scene and year, so saving again replaces it. */
export const extentDocumentId = (sceneId: string, year: number) =>
  `extent:${userSceneYearId(sceneId, year)}`;

const isPolygonal = (g: { type: string }): g is Polygon | MultiPolygon =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';

function toUserExtents(docs: ExtentDocument[]): UserExtent[] {
  return docs
    .filter((d) => isPolygonal(d.geometry))
    .map((d) => ({
      id: d._id,
      sceneId: d.sceneId,
      year: d.year,
      geometry: d.geometry as Polygon | MultiPolygon,
      source: d.source,
    }));
}

/**
 * Keeps state.compare.userExtents equal to the `extent` documents (drawn or
 * edited on the map; the file they came from is never changed) and offers
 * saving and removing them. Returns a function that stops listening.
 */
export function bindUserExtents(
  state: AppState,
  docs: DocStore,
  author = 'den här enheten',
): () => void {
  const c = state.compare;
  const reload = async () => {
    try {
      c.userExtents.value = toUserExtents(await docs.list('extent'));
    } catch (e) {
      c.error.value = `Dina ritade utbredningar kunde inte läsas: ${e instanceof Error ? e.message : String(e)}`;
    }
  };
  const store: UserExtentStore = {
    async save(sceneId, year, geometry, source = 'ändrad i kartan') {
      const id = extentDocumentId(sceneId, year);
      const existing = await docs.get(id);
      const fields = { sceneId, year, geometry, source };
      await docs.put(
        existing?.type === 'extent'
          ? { ...existing, ...fields }
          : newDocument('extent', fields, { author, id }),
      );
      await reload();
    },
    async remove(id) {
      await docs.remove(id);
      await reload();
    },
  };
  c.extentStore.value = store;
  void reload();
  const stop = docs.changes((id) => {
    if (id.startsWith('extent:')) void reload();
  });
  return () => {
    stop();
    c.extentStore.value = null;
  };
}
