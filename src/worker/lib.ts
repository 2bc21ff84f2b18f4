import type { PartPlan } from '../data/fastCsv/parseOffencesBytes';
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
  CompareQuery,
  CompareResult,
  Outcome,
  ProgressCallback,
  StoredOptions,
  PlaceCounts,
  PlaceCountsQuery,
  ViewQuery,
  ViewResult,
  WalkSurroundingsQuery,
  WalkSurroundingsResult,
  WorkspaceSummary,
} from './protocol';
import { placeCounts } from './placeCounts';
import { runQuery } from './viewQuery';

function outcome<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (!(e instanceof Error)) console.error(e);
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Runs a part only another view needs, fetched on its first use so the first
 * view's worker does not download it; a failed fetch comes back as a message.
 */
async function lazily<M, T>(
  what: string,
  load: () => Promise<M>,
  run: (m: M) => T,
): Promise<Outcome<T>> {
  let loaded: M;
  try {
    loaded = await load();
  } catch (e) {
    console.error(e);
    return {
      ok: false,
      message:
        `${what} kunde inte hämtas (${e instanceof Error ? e.message : String(e)}). ` +
        'Anslut till nätet och försök igen; efter ett besök med nät fungerar det även utan nät.',
    };
  }
  return outcome(() => run(loaded));
}

/**
 * What the worker offers the page: a plain list of functions over the loaded
 * data (model: placemark's worker lib). Each delegates to a pure function in
 * fileOps or viewQuery; this object only holds the current data. The same
 * list runs in-process in Node (tests, benchmarks, the CLI's engine).
 * `parts`: how a large CSV export is split over threads (see csvPartPool);
 * without it a file is read in one go.
 */
export function createLib(
  blobSink: () => Promise<BlobSink | null> = async () => null,
  parts?: PartPlan,
) {
  let data: LoadedData = emptyData();
  const keep = ({ data: next, summary }: Changed): WorkspaceSummary => {
    data = next;
    return summary;
  };
  return {
    addFiles: async (requests: AddFileRequest[], onProgress?: ProgressCallback) =>
      keep(await addFiles(data, requests, onProgress, await blobSink(), parts)),
    /** The remembered file layouts (from IndexedDB), applied to files added from now on. */
    setLayouts: (list: { key: string; options: StoredOptions }[]): void => {
      data = { ...data, layouts: new Map(list.map((l) => [l.key, l.options])) };
    },
    setRole: (id: string, role: FileRole) => keep(setRole(data, id, role)),
    reimport: async (id: string, options: StoredOptions) =>
      keep(await reimport(data, id, options, parts)),
    remove: (id: string) => keep(removeFile(data, id)),
    clearUserFiles: () => keep(clearUserFiles(data)),
    problemsCsv: (id: string) => problemsCsv(data, id),
    /** Everything one view shows; a failure comes back as a message, never as a thrown error. */
    query: (q: ViewQuery): Outcome<ViewResult> => outcome(() => runQuery(data, q)),
    /** ÖDS (or any extents) year against year, for the compare view. */
    compare: (q: CompareQuery): Promise<Outcome<CompareResult>> =>
      lazily(
        'Beräkningen för Jämför ÖDS',
        () => import('./compare/runCompare'),
        (m) => m.runCompare(data, q),
      ),
    /** The comparison table of each place on the meeting's agenda. */
    placeCounts: (q: PlaceCountsQuery): Outcome<PlaceCounts[]> =>
      outcome(() => placeCounts(data, q)),
    /** What lies along a walk's planned route (the walk view). */
    walkSurroundings: (q: WalkSurroundingsQuery): Promise<Outcome<WalkSurroundingsResult>> =>
      lazily(
        'Beräkningen längs vandringens rutt',
        () => import('./walkQuery'),
        (m) => m.runWalkSurroundings(data, q),
      ),
  };
}

export type Lib = ReturnType<typeof createLib>;
