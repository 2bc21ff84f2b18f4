import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import { createPouchDocStore, type BinaryCodec, type DocStore } from './docStore';

PouchDB.plugin(memoryAdapter);

/** In Node, PouchDB stores attachments as Buffer. */
const nodeBinary: BinaryCodec = {
  toPouch: async (blob) => Buffer.from(await blob.arrayBuffer()),
  fromPouch: (data, contentType) =>
    new Blob([data as Uint8Array<ArrayBuffer>], { type: contentType }),
};

/** The document store in memory, for Node tests: the same store code over PouchDB's memory adapter. */
export function openMemoryDocStore(name: string, now?: () => Date): DocStore {
  return createPouchDocStore(new PouchDB(name, { adapter: 'memory' }), nodeBinary, now);
}
