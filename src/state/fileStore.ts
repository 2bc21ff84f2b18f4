import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FileRole, ImportOptions } from '../data/import/importTypes';

/** A file the user loaded, kept on this device so a reload shows the same map. Never uploaded. */
export interface StoredFile {
  id: string;
  name: string;
  /** The file as the user gave it; a Blob is stored and passed to the worker without copying on the main thread. */
  blob: Blob;
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
  layouts: { key: string; value: StoredLayout };
}

const DB_NAME = 'lageskartan';
const DB_VERSION = 3;

export interface FileStore {
  layouts(): Promise<StoredLayout[]>;
  putLayout(layout: StoredLayout): Promise<void>;
  all(): Promise<StoredFile[]>;
  put(file: StoredFile): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

export async function openFileStore(): Promise<FileStore> {
  const db: IDBPDatabase<Schema> = await openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      if (d.objectStoreNames.contains('files')) d.deleteObjectStore('files');
      d.createObjectStore('files', { keyPath: 'id' });
      if (!d.objectStoreNames.contains('layouts'))
        d.createObjectStore('layouts', { keyPath: 'key' });
    },
  });
  return {
    layouts: () => db.getAll('layouts'),
    putLayout: async (layout) => {
      await db.put('layouts', layout);
    },
    all: async () => (await db.getAll('files')).sort((a, b) => a.addedAt - b.addedAt),
    put: async (file) => {
      await db.put('files', file);
    },
    remove: (id) => db.delete('files', id),
    clear: () => db.clear('files'),
  };
}
