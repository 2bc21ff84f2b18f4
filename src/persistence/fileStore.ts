import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
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

const DB_NAME = 'lageskartan';
const DB_VERSION = 4;

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

export async function openFileStore(): Promise<FileStore> {
  const db: IDBPDatabase<Schema> = await openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      for (const name of ['files', 'blobs'] as const) {
        if (d.objectStoreNames.contains(name)) d.deleteObjectStore(name);
      }
      d.createObjectStore('files', { keyPath: 'id' });
      d.createObjectStore('blobs');
      if (!d.objectStoreNames.contains('layouts'))
        d.createObjectStore('layouts', { keyPath: 'key' });
    },
  });
  return {
    all: async () => (await db.getAll('files')).sort((a, b) => a.addedAt - b.addedAt),
    put: async (file) => {
      await db.put('files', file);
    },
    blob: (id) => db.get('blobs', id),
    putBlob: async (id, blob) => {
      await db.put('blobs', blob, id);
    },
    remove: async (id) => {
      await db.delete('files', id);
      await db.delete('blobs', id);
    },
    clear: async () => {
      await db.clear('files');
      await db.clear('blobs');
    },
    layouts: () => db.getAll('layouts'),
    putLayout: async (layout) => {
      await db.put('layouts', layout);
    },
  };
}
