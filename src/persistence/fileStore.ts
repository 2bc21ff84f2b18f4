import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { FileRole, ImportOptions } from '../data/import/importTypes';

/** What is remembered about a file the user loaded; the bytes are kept apart (see `blobs`). */
export interface StoredFile {
  id: string;
  name: string;
  role: FileRole;
  options: Omit<ImportOptions, 'onProgress'>;
  addedAt: number;
}

/** How to read a file layout (same header): remembered so next month's export loads in one step. */
export interface StoredLayout {
  key: string;
  options: Omit<ImportOptions, 'onProgress'>;
}

interface Schema extends DBSchema {
  files: { key: string; value: StoredFile };
  /** The file itself, written once from the worker: storing a large Blob blocks the thread that does it. */
  blobs: { key: string; value: Blob };
  layouts: { key: string; value: StoredLayout };
}

type StoreName = 'files' | 'blobs' | 'layouts';

/** Upgrades the database by one version inside the upgrade transaction. */
export type SchemaStep = (
  db: IDBPDatabase<Schema>,
  tx: IDBPTransaction<Schema, StoreName[], 'versionchange'>,
) => void | Promise<void>;

const DB_NAME = 'lageskartan';

const createMissingStores: SchemaStep = (db) => {
  if (!db.objectStoreNames.contains('files')) db.createObjectStore('files', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('blobs')) db.createObjectStore('blobs');
  if (!db.objectStoreNames.contains('layouts')) db.createObjectStore('layouts', { keyPath: 'key' });
};

/** Version 3 kept a file's bytes inside its record; from 4 they live in `blobs`, written by the worker. */
const moveBytesOutOfRecords: SchemaStep = async (db, tx) => {
  createMissingStores(db, tx);
  let cursor = await tx.objectStore('files').openCursor();
  while (cursor) {
    const { blob, ...file } = cursor.value as StoredFile & { blob?: unknown };
    if (blob !== undefined) {
      await tx.objectStore('blobs').put(blob as Blob, file.id);
      await cursor.update(file);
    }
    cursor = await cursor.continue();
  }
};

/**
 * `FILE_STORE_STEPS[n]` upgrades a database at version n to n + 1; the length is the current
 * version. A step may add stores or reshape records but never deletes what the user stored.
 * Versions 1–2 predate this repository: their stores are kept as they are.
 */
export const FILE_STORE_STEPS: readonly SchemaStep[] = [
  createMissingStores,
  createMissingStores,
  createMissingStores,
  moveBytesOutOfRecords,
];

/** The database was written by a newer app version: reading on could lose what it stored. */
export class NewerDatabaseError extends Error {
  constructor() {
    super(
      'Den sparade databasen är skapad av en nyare version av Lägeskartan än den här. ' +
        'Dina filer finns kvar, men den här versionen kan inte läsa eller spara dem: ' +
        'ladda om sidan eller uppdatera appen.',
    );
    this.name = 'NewerDatabaseError';
  }
}

const CLOSED_MESSAGE =
  'Lägeskartan har öppnats i en nyare version i en annan flik, så den här fliken kan inte ' +
  'längre spara dina filer: ladda om sidan.';

/** Kept on this device only; never uploaded. Works in the page and in the worker. */
export interface FileStore {
  all(): Promise<StoredFile[]>;
  put(file: StoredFile): Promise<void>;
  blob(id: string): Promise<Blob | undefined>;
  putBlob(id: string, blob: Blob): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  layouts(): Promise<StoredLayout[]>;
  putLayout(layout: StoredLayout): Promise<void>;
}

async function openSchema(steps: readonly SchemaStep[]): Promise<IDBPDatabase<Schema>> {
  let failedStep: unknown = null;
  try {
    return await openDB<Schema>(DB_NAME, steps.length, {
      upgrade(db, oldVersion, newVersion, tx) {
        let done: Promise<void> = Promise.resolve();
        for (let v = oldVersion; v < (newVersion ?? steps.length); v++) {
          done = done.then(() => steps[v](db, tx));
        }
        // A failed step aborts the upgrade: the database stays at its old version, untouched.
        done.catch((e: unknown) => {
          failedStep = e;
          tx.abort();
        });
        // The abort is reported once, by the open request below.
        tx.done.catch(() => undefined);
      },
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'VersionError') throw new NewerDatabaseError();
    if (failedStep) {
      const why = failedStep instanceof Error ? failedStep.message : String(failedStep);
      throw new Error(
        `Den sparade databasen kunde inte uppgraderas (${why}). Den är oförändrad och dina ` +
          'filer finns kvar: ladda om sidan, och uppdatera appen om felet kvarstår.',
        { cause: failedStep },
      );
    }
    throw e;
  }
}

/** Opens (and if needed upgrades) the store; `steps` is for tests that raise the version. */
export async function openFileStore(steps = FILE_STORE_STEPS): Promise<FileStore> {
  const db = await openSchema(steps);
  let closed = false;
  // A newer version opened in another tab waits for this connection to close.
  db.addEventListener('versionchange', () => {
    closed = true;
    db.close();
  });
  const open = (): IDBPDatabase<Schema> => {
    if (closed) throw new Error(CLOSED_MESSAGE);
    return db;
  };
  return {
    // `|| 0`: a damaged record without a time must still be listed (and reported), not mis-sorted.
    all: async () =>
      (await open().getAll('files')).sort((a, b) => (a.addedAt || 0) - (b.addedAt || 0)),
    put: async (file) => {
      await open().put('files', file);
    },
    blob: (id) => open().get('blobs', id),
    putBlob: async (id, blob) => {
      await open().put('blobs', blob, id);
    },
    remove: async (id) => {
      const tx = open().transaction(['files', 'blobs'], 'readwrite');
      await Promise.all([tx.objectStore('files').delete(id), tx.objectStore('blobs').delete(id)]);
      await tx.done;
    },
    clear: async () => {
      const tx = open().transaction(['files', 'blobs'], 'readwrite');
      await Promise.all([tx.objectStore('files').clear(), tx.objectStore('blobs').clear()]);
      await tx.done;
    },
    layouts: () => open().getAll('layouts'),
    putLayout: async (layout) => {
      await open().put('layouts', layout);
    },
  };
}
