import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { FILE_STORE_STEPS, NewerDatabaseError, openFileStore, type StoredFile } from './fileStore';

const FILE: StoredFile = {
  id: 'fil-1',
  name: 'brott-mars.csv',
  role: 'offences',
  options: { crs: 'EPSG:3011' },
  addedAt: 1,
};
const LAYOUT = { key: 'datum|x|y', options: { eastColumn: 1 } };
const BYTES = 'Brottsdatum;X;Y\n2024-03-05;6579932;151508\n';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** The database exactly as the app wrote it at version 4 (commit 0cb1967). */
async function writeVersion4(): Promise<void> {
  const db = await openDB('lageskartan', 4, {
    upgrade(d: IDBPDatabase) {
      for (const name of ['files', 'blobs'] as const) {
        if (d.objectStoreNames.contains(name)) d.deleteObjectStore(name);
      }
      d.createObjectStore('files', { keyPath: 'id' });
      d.createObjectStore('blobs');
      if (!d.objectStoreNames.contains('layouts'))
        d.createObjectStore('layouts', { keyPath: 'key' });
    },
  });
  await db.put('files', FILE);
  await db.put('blobs', new Blob([BYTES], { type: 'text/csv' }), FILE.id);
  await db.put('layouts', LAYOUT);
  db.close();
}

/** Version 3 (commit 687f1e6) kept the bytes inside the file record. */
async function writeVersion3(): Promise<void> {
  const db = await openDB('lageskartan', 3, {
    upgrade(d: IDBPDatabase) {
      d.createObjectStore('files', { keyPath: 'id' });
      d.createObjectStore('layouts', { keyPath: 'key' });
    },
  });
  await db.put('files', { ...FILE, blob: new Blob([BYTES], { type: 'text/csv' }) });
  await db.put('layouts', LAYOUT);
  db.close();
}

async function textOf(blob: Blob | undefined): Promise<string | undefined> {
  return blob ? await blob.text() : undefined;
}

describe('the file store keeps what the user stored across versions', () => {
  it('reads a version 4 database as the app wrote it', async () => {
    await writeVersion4();
    const store = await openFileStore();
    expect(await store.all()).toEqual([FILE]);
    expect(await textOf(await store.blob(FILE.id))).toBe(BYTES);
    expect(await store.layouts()).toEqual([LAYOUT]);
  });

  it('keeps every record when the version is raised', async () => {
    await writeVersion4();
    const store = await openFileStore([...FILE_STORE_STEPS, () => undefined]);
    expect(await store.all()).toEqual([FILE]);
    expect(await textOf(await store.blob(FILE.id))).toBe(BYTES);
    expect(await store.layouts()).toEqual([LAYOUT]);
  });

  it('moves the bytes of a version 3 record into their own store', async () => {
    await writeVersion3();
    const store = await openFileStore();
    expect(await store.all()).toEqual([FILE]);
    expect(await textOf(await store.blob(FILE.id))).toBe(BYTES);
    expect(await store.layouts()).toEqual([LAYOUT]);
  });

  it('leaves the database untouched when a step fails', async () => {
    await writeVersion4();
    const failing = () => {
      throw new Error('step failed');
    };
    await expect(openFileStore([...FILE_STORE_STEPS, failing])).rejects.toThrow(
      /kunde inte uppgraderas \(step failed\)/,
    );
    const store = await openFileStore();
    expect(await store.all()).toEqual([FILE]);
  });

  it('says so in Swedish when a newer app version wrote the database', async () => {
    await writeVersion4();
    await openFileStore([...FILE_STORE_STEPS, () => undefined]);
    const opening = openFileStore();
    await expect(opening).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(opening).rejects.toThrow(/nyare version av Lägeskartan.*ladda om sidan/);
  });

  it('stops saving with a Swedish message once a newer version opens in another tab', async () => {
    await writeVersion4();
    const older = await openFileStore();
    await openFileStore([...FILE_STORE_STEPS, () => undefined]);
    await expect(older.put({ ...FILE, id: 'fil-2' })).rejects.toThrow(/annan flik.*ladda om/);
  });
});
