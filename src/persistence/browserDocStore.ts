import { createPouchDocStore, type BinaryCodec, type DocStore } from './docStore';

/** In the browser, PouchDB stores attachments as Blob. */
const browserBinary: BinaryCodec = {
  toPouch: async (blob) => blob,
  fromPouch: (data) => data as Blob,
};

const DB_NAME = 'lageskartan-dokument';

/** The user's documents in IndexedDB; PouchDB is loaded on first use, off the first screen's path. */
export async function openBrowserDocStore(): Promise<DocStore> {
  const { default: PouchDB } = await import('pouchdb-browser');
  const db = new PouchDB(DB_NAME, { adapter: 'idb' });
  // PouchDB opens lazily; asking for info surfaces a refused IndexedDB here, not at first use.
  await db.info();
  return createPouchDocStore(db, browserBinary);
}
