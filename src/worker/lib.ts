import type { FileRole } from '../data/import/importTypes';
import {
  addFiles,
  clearUserFiles,
  problemsCsv,
  reimport,
  removeFile,
  setRole,
  type BlobSink,
  type Changed,
} from './fileOps';
import { emptyData, type LoadedData } from './loadedData';
import type {
  AddFileRequest,
  Outcome,
  ProgressCallback,
  StoredOptions,
  ViewQuery,
  ViewResult,
  WalkSurroundingsQuery,
  WalkSurroundingsResult,
  WorkspaceSummary,
} from './protocol';
import { runQuery } from './viewQuery';
import { runWalkSurroundings } from './walkQuery';

/**
 * What the worker offers the page: a plain list of functions over the loaded
 * data (model: placemark's worker lib). Each delegates to a pure function in
 * fileOps or viewQuery; this object only holds the current data. The same
 * list runs in-process in Node (tests, benchmarks, the CLI's engine).
 */
export function createLib(blobSink: () => Promise<BlobSink | null> = async () => null) {
  let data: LoadedData = emptyData();
  const keep = ({ data: next, summary }: Changed): WorkspaceSummary => {
    data = next;
    return summary;
  };
  return {
    addFiles: async (requests: AddFileRequest[], onProgress?: ProgressCallback) =>
      keep(await addFiles(data, requests, onProgress, await blobSink())),
    /** The remembered file layouts (from IndexedDB), applied to files added from now on. */
    setLayouts: (list: { key: string; options: StoredOptions }[]): void => {
      data = { ...data, layouts: new Map(list.map((l) => [l.key, l.options])) };
    },
    setRole: (id: string, role: FileRole) => keep(setRole(data, id, role)),
    reimport: (id: string, options: StoredOptions) => keep(reimport(data, id, options)),
    remove: (id: string) => keep(removeFile(data, id)),
    clearUserFiles: () => keep(clearUserFiles(data)),
    problemsCsv: (id: string) => problemsCsv(data, id),
    /** Everything one view shows; a failure comes back as a message, never as a thrown error. */
    query: (q: ViewQuery): Outcome<ViewResult> => {
      try {
        return { ok: true, value: runQuery(data, q) };
      } catch (e) {
        if (!(e instanceof Error)) console.error(e);
        return { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
    },
    /** What lies along a walk's planned route (the walk view). */
    walkSurroundings: (q: WalkSurroundingsQuery): Outcome<WalkSurroundingsResult> => {
      try {
        return { ok: true, value: runWalkSurroundings(data, q) };
      } catch (e) {
        if (!(e instanceof Error)) console.error(e);
        return { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}

export type Lib = ReturnType<typeof createLib>;
