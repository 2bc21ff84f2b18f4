import { openBrowserDocStore } from '../persistence/browserDocStore';
import type { DocStore } from '../persistence/docStore';
import { NewerDatabaseError, openFileStore, type FileStore } from '../persistence/fileStore';
import type { AppState } from './appState';

export interface OpenedStorage {
  files: FileStore | null;
  /** Opened in the background: PouchDB is not needed for the first screen. */
  docs: Promise<DocStore | null>;
}

function notice(state: AppState, text: string, e: unknown): void {
  console.warn(text, e);
  state.storage.value = { ...state.storage.value, notices: [...state.storage.value.notices, text] };
}

/** Opens the stores; the app works without them (private browsing, a newer database) and says so. */
export async function openStorage(state: AppState): Promise<OpenedStorage> {
  let files: FileStore | null = null;
  try {
    files = await openFileStore();
  } catch (e) {
    notice(
      state,
      e instanceof NewerDatabaseError
        ? `${e.message} Kartan fungerar, men filer du lägger till nu sparas inte.`
        : 'Webbläsaren låter inte Lägeskartan spara filer (t.ex. i privat läge): ' +
            'filer du lägger till finns bara kvar tills sidan stängs.',
      e,
    );
  }
  const docs = openBrowserDocStore().catch((e: unknown) => {
    notice(
      state,
      'Webbläsaren låter inte Lägeskartan spara vandringar, observationer och vyer: ' +
        'de går inte att spara eller läsa in från en säkerhetskopia just nu.',
      e,
    );
    return null;
  });
  return { files, docs };
}
