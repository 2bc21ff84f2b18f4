import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFileStore, type StoredFile } from './fileStore';
import { readStoredFiles } from './storedFiles';

const file = (id: string, name: string, addedAt: number): StoredFile => ({
  id,
  name,
  role: 'offences',
  options: {},
  addedAt,
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Writes a value into `blobs` behind the store's back, as a damaged browser profile would hold. */
async function putRawBlob(id: string, value: unknown): Promise<void> {
  const db = await openDB('lageskartan');
  await db.put('blobs', value, id);
  db.close();
}

describe('reading the stored files back', () => {
  it('reports a record whose bytes are missing by file name, and loads the rest', async () => {
    const store = await openFileStore();
    await store.put(file('a', 'hel.csv', 1));
    await store.putBlob('a', new Blob(['x;y']));
    await store.put(file('b', 'trasig.csv', 2));
    const { files, problems } = await readStoredFiles(store);
    expect(files.map((f) => f.file.name)).toEqual(['hel.csv']);
    expect(problems).toEqual([
      {
        id: 'b',
        fileName: 'trasig.csv',
        message: expect.stringMatching(
          /^Den sparade filen trasig\.csv kunde inte läsas: .*Ta bort/,
        ),
      },
    ]);
  });

  it('reports bytes that are not a Blob instead of failing on them later', async () => {
    const store = await openFileStore();
    await store.put(file('a', 'konstig.csv', 1));
    await putRawBlob('a', { size: 3 });
    const { files, problems } = await readStoredFiles(store);
    expect(files).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/konstig\.csv kunde inte läsas: innehållet är skadat\. Ta bort/),
    ]);
  });

  it('names a record without a name by its id', async () => {
    const store = await openFileStore();
    await store.put({ id: 'fil-x', addedAt: 1 } as StoredFile);
    const { problems } = await readStoredFiles(store);
    expect(problems.map((p) => p.fileName)).toEqual(['fil-x']);
  });
});
