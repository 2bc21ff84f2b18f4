import { batch } from '@preact/signals';
import type { CrsCode } from '../data/crsCodes';
import type { TextEncodingName } from '../data/decodeText';
import type { ColumnMapping } from '../data/detectColumns';
import type { FileRole } from '../data/import/importTypes';
import { layoutKey } from '../data/layoutKey';
import { normalizeName } from '../data/normalizeName';
import { proxyCallback, type WorkerClient } from '../worker/client';
import { demoRequests } from '../worker/demoRequests';
import type { AddFileRequest, StoredOptions, WorkspaceSummary } from '../worker/protocol';
import type { AppState } from './appState';
import type { FileStore, StoredFile } from '../persistence/fileStore';
import {
  readStoredFiles,
  storedFileMessage,
  type StoredFileProblem,
} from '../persistence/storedFiles';
import { downloadBlob } from './download';
import { defaultPeriodOnLoad } from './defaultPeriodOnLoad';
import { forgetIndicator } from './forgetIndicator';
import { validScope } from './validScope';

/** What the user can do with files; the data panel calls these. */
export interface WorkspaceActions {
  addFiles: (files: File[]) => void;
  /** Reads a refused file again with the user's answer (coordinate system, date order). */
  retryWith: (fileName: string, options: StoredOptions) => void;
  setRole: (id: string, role: FileRole) => void;
  setCrs: (id: string, crs: CrsCode) => void;
  setEncoding: (id: string, encoding: TextEncodingName) => void;
  /** Reads another sheet of an Excel workbook. */
  setSheet: (id: string, sheet: string) => void;
  /** Leaves out (or takes back) the rows that repeat an earlier row with the same ärendenummer. */
  setDropDuplicates: (id: string, drop: boolean) => void;
  remove: (id: string) => void;
  clear: () => void;
  /** Forgets a stored file that could not be read back. */
  removeStored: (id: string) => void;
  downloadProblems: (id: string) => void;
  setMapping: (id: string, mapping: ColumnMapping, eastColumn: 0 | 1) => void;
  assignCategory: (id: string, raw: string, category: number | null) => void;
  showIndicator: (id: string, nameColumn?: number, valueColumn?: number) => void;
}

export interface DemoUrls {
  stadsdelar: string;
  ods: string;
  offences: string;
  sites: string;
  walks: string;
}

function apply(state: AppState, w: WorkspaceSummary): void {
  batch(() => {
    state.datasets.value = w.datasets;
    state.failedFiles.value = w.failed;
    state.stadsdelar.value = w.stadsdelar;
    state.ods.value = w.ods;
    state.scope.value = validScope(state.scope.value, w.stadsdelar, w.ods);
    state.sites.value = w.sites;
    state.walks.value = w.walks;
    defaultPeriodOnLoad(state, w.offences);
    state.offences.value = w.offences;
    state.demoRoles.value = w.demoRoles;
    if (!w.offences) state.result.value = null;
  });
}

const newId = () => `fil-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Loads, changes and remembers the user's files; the worker does the reading. */
export function createWorkspace(state: AppState, analysis: WorkerClient, store: FileStore | null) {
  const progress = proxyCallback((step: string, fraction: number) => {
    state.status.value = { phase: 'loading', step, progress: fraction };
  });

  const fail = (what: string, e: unknown) => {
    console.error(e);
    state.status.value = {
      phase: 'error',
      step: '',
      progress: 0,
      error: `${what}: ${e instanceof Error ? e.message : String(e)}`,
    };
  };

  const run = async (what: string, task: () => Promise<WorkspaceSummary>): Promise<void> => {
    try {
      apply(state, await task());
      state.status.value = { phase: 'ready', step: 'Klart', progress: 1 };
    } catch (e) {
      fail(what, e);
    }
  };

  const setProblems = (problems: StoredFileProblem[]) => {
    state.storage.value = { ...state.storage.value, problems };
  };

  /**
   * Loads `first` and every stored file that can be read; a stored file that cannot be read
   * (damaged in the browser, or no longer accepted by the importer) is reported, removable.
   */
  const loadWithStored = async (first: AddFileRequest[], what: string): Promise<void> => {
    let stored: Awaited<ReturnType<typeof readStoredFiles>> = { files: [], problems: [] };
    try {
      if (store) {
        stored = await readStoredFiles(store);
        await analysis.setLayouts(await store.layouts());
      }
    } catch (e) {
      console.error(e);
      const why = e instanceof Error ? e.message : String(e);
      state.storage.value = {
        ...state.storage.value,
        notices: [...state.storage.value.notices, `De sparade filerna kunde inte läsas: ${why}`],
      };
    }
    const kept: AddFileRequest[] = stored.files.map(({ file: f, blob }) => ({
      id: f.id,
      name: f.name,
      blob,
      role: f.role,
      options: f.options,
    }));
    await run(what, async () => {
      const result = await analysis.addFiles([...first, ...kept], progress);
      const loaded = new Set(result.datasets.map((d) => d.id));
      const unread = kept.filter((k) => !loaded.has(k.id));
      const whyNot = (name: string) =>
        result.failed.find((f) => f.fileName === name)?.message ?? 'okänt fel';
      setProblems([
        ...stored.problems,
        ...unread.map((k) => ({
          id: k.id,
          fileName: k.name,
          message: storedFileMessage(k.name, whyNot(k.name)),
        })),
      ]);
      return {
        ...result,
        failed: result.failed.filter((f) => !unread.some((k) => k.name === f.fileName)),
      };
    });
  };

  const remember = async (id: string, patch: Partial<StoredFile>) => {
    if (!store) return;
    const all = await store.all();
    const old = all.find((f) => f.id === id);
    if (old) await store.put({ ...old, ...patch });
  };

  /** The options that read this file are kept for its header, in the file and as a layout. */
  const rememberLayout = async (id: string, result: WorkspaceSummary) => {
    const d = result.datasets.find((x) => x.id === id);
    if (!d?.table || result.failed.length > 0 || !store) return;
    const options = {
      mapping: d.table.mapping,
      eastColumn: d.table.eastColumn,
      categoryMapping: d.table.categoryMapping,
      ...(d.crs ? { crs: d.crs } : {}),
      ...(d.encoding ? { encoding: d.encoding } : {}),
    };
    await remember(id, { options });
    await store.putLayout({ key: layoutKey(d.table.header), options });
    await analysis.setLayouts(await store.layouts());
  };

  const abs = (url: string) => new URL(url, document.baseURI).href;

  /** Files refused with a question (coordinate system, date order), kept so the answer can read them again. */
  const askedFiles = new Map<string, { file: File; options: StoredOptions }>();

  const addUserFiles = (files: File[], options: StoredOptions) =>
    run('Filerna kunde inte läsas', async () => {
      const requests = files.map((f) => ({
        id: newId(),
        name: f.name,
        blob: f as Blob,
        options,
        persist: store !== null,
      }));
      const result = await analysis.addFiles(requests, progress);
      const loaded = new Set(result.datasets.map((d) => d.id));
      for (const f of files) {
        const asked = result.failed.some(
          (x) => x.fileName === f.name && (x.crsChoices || x.needsDateOrder),
        );
        if (asked) askedFiles.set(f.name, { file: f, options });
        else askedFiles.delete(f.name);
      }
      for (const r of requests) {
        if (!loaded.has(r.id) || !store) continue;
        const role = result.datasets.find((d) => d.id === r.id)?.role as FileRole;
        await store.put({ id: r.id, name: r.name, role, options, addedAt: Date.now() });
      }
      return result;
    });

  return {
    /** The demo first, then the files kept from last time, through the same import path. */
    async start(demo: DemoUrls): Promise<void> {
      state.status.value = { phase: 'loading', step: 'Startar', progress: 0 };
      const demoFiles = demoRequests({
        areas: { name: 'stadsdelar.geojson', url: abs(demo.stadsdelar) },
        ods: { name: 'ods.geojson', url: abs(demo.ods) },
        offences: { name: 'offences.csv', url: abs(demo.offences) },
        sites: { name: 'platser.geojson', url: abs(demo.sites) },
        walks: { name: 'vandringar.geojson', url: abs(demo.walks) },
      });
      await loadWithStored(demoFiles, 'Data kunde inte laddas');
    },

    /** Loads the stored files again, e.g. after a backup was read in. */
    reloadStored: () => loadWithStored([], 'De sparade filerna kunde inte laddas'),

    actions(): WorkspaceActions {
      return {
        addFiles: (files: File[]) => void addUserFiles(files, {}),
        retryWith: (fileName: string, options: StoredOptions) => {
          const asked = askedFiles.get(fileName);
          if (asked) void addUserFiles([asked.file], { ...asked.options, ...options });
        },
        setRole: (id: string, role: FileRole) => {
          void run('Rollen kunde inte ändras', async () => {
            const result = await analysis.setRole(id, role);
            await remember(id, { role });
            return result;
          });
        },
        setCrs: (id: string, crs: CrsCode) => {
          void run('Koordinatsystemet kunde inte ändras', async () => {
            const result = await analysis.reimport(id, { crs });
            if (result.failed.length === 0) await remember(id, { options: { crs } });
            return result;
          });
        },
        setEncoding: (id: string, encoding: TextEncodingName) => {
          void run('Teckenkodningen kunde inte ändras', async () => {
            const result = await analysis.reimport(id, { encoding });
            if (result.failed.length === 0) await remember(id, { options: { encoding } });
            return result;
          });
        },
        setSheet: (id: string, sheet: string) => {
          void run('Bladet kunde inte läsas', async () => {
            const result = await analysis.reimport(id, { sheet });
            if (result.failed.length === 0) await remember(id, { options: { sheet } });
            return result;
          });
        },
        setDropDuplicates: (id: string, dropDuplicates: boolean) => {
          void run('Dubbletterna kunde inte tas bort', async () => {
            const result = await analysis.reimport(id, { dropDuplicates });
            if (result.failed.length === 0) await remember(id, { options: { dropDuplicates } });
            return result;
          });
        },
        setMapping: (id: string, mapping: ColumnMapping, eastColumn: 0 | 1) => {
          void run('Kolumnerna kunde inte ändras', async () => {
            const result = await analysis.reimport(id, { mapping, eastColumn });
            await rememberLayout(id, result);
            return result;
          });
        },
        assignCategory: (id: string, raw: string, category: number | null) => {
          void run('Kategorin kunde inte kopplas', async () => {
            const old = state.datasets.value.find((d) => d.id === id)?.table?.categoryMapping ?? {};
            const categoryMapping = { ...old };
            if (category === null) delete categoryMapping[normalizeName(raw)];
            else categoryMapping[normalizeName(raw)] = category;
            const result = await analysis.reimport(id, { categoryMapping });
            await rememberLayout(id, result);
            return result;
          });
        },
        showIndicator: (id: string, nameColumn?: number, valueColumn?: number) => {
          state.indicatorChoice.value = { id, nameColumn, valueColumn };
          state.mapMode.value = 'indicator';
        },
        remove: (id: string) => {
          forgetIndicator(state, id);
          void run('Filen kunde inte tas bort', async () => {
            const result = await analysis.remove(id);
            await store?.remove(id);
            return result;
          });
        },
        clear: () => {
          forgetIndicator(state, null);
          void run('Filerna kunde inte rensas', async () => {
            const result = await analysis.clearUserFiles();
            await store?.clear();
            setProblems([]);
            return result;
          });
        },
        removeStored: (id: string) => {
          store?.remove(id).then(
            () => setProblems(state.storage.value.problems.filter((p) => p.id !== id)),
            (e: unknown) => fail('Den sparade filen kunde inte tas bort', e),
          );
        },
        downloadProblems: (id: string) => {
          void analysis.problemsCsv(id).then((csv) => {
            const name = state.datasets.value.find((d) => d.id === id)?.fileName ?? 'fil';
            downloadBlob(
              new Blob([csv], { type: 'text/csv;charset=utf-8' }),
              `${name.replace(/\.[^.]+$/, '')}-rader-som-inte-kunde-anvandas.csv`,
            );
          });
        },
      };
    },
  };
}
