import { migrateDocument, type DocOfType, type DocType, type UserDocument } from './documents';
import type { PouchAttachment, PouchDatabase, PouchDocument } from './pouchdb/pouchTypes';

/** One attachment as bytes, the same in the browser and in Node (for backups). */
export interface ExportedAttachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A document as stored (revision included) with its attachments. */
export interface ExportedDocument {
  doc: UserDocument;
  attachments: ExportedAttachment[];
}

/** The user's documents, kept on this device; photos are attachments. */
export interface DocStore {
  /** Writes the fields of `doc` (its attachments are kept); returns it with the new revision. */
  put<D extends UserDocument>(doc: D): Promise<D>;
  get(id: string): Promise<UserDocument | undefined>;
  remove(id: string): Promise<void>;
  list<T extends DocType>(type: T): Promise<DocOfType<T>[]>;
  putAttachment(id: string, name: string, data: Blob): Promise<void>;
  getAttachment(id: string, name: string): Promise<Blob | undefined>;
  /** Calls `onChange` with the id of every document written from now on; returns a stop function. */
  changes(onChange: (id: string) => void): () => void;
  exportAll(): Promise<ExportedDocument[]>;
  /** Adds documents with their revisions, as replication does: the same revision twice is a no-op. */
  importAll(documents: ExportedDocument[]): Promise<void>;
}

/** PouchDB keeps attachments as Blob in the browser and as Buffer in Node. */
export interface BinaryCodec {
  toPouch(data: Blob): Promise<Blob | Uint8Array>;
  fromPouch(data: Blob | Uint8Array, contentType: string): Blob;
}

type Stored = UserDocument & { _attachments?: Record<string, PouchAttachment> };

const isMissing = (e: unknown) => (e as { status?: number } | null)?.status === 404;

function conflictMessage(e: unknown, id: string): Error {
  if ((e as { status?: number } | null)?.status === 409) {
    return new Error(
      `Dokumentet ${id} har ändrats på annat håll (t.ex. i en annan flik) sedan det lästes: ` +
        'ladda om sidan och gör ändringen igen.',
      { cause: e },
    );
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** The same code over any PouchDB adapter: IndexedDB in the browser, memory in Node tests. */
export function createPouchDocStore(
  db: PouchDatabase,
  codec: BinaryCodec,
  now: () => Date = () => new Date(),
): DocStore {
  const current = async (id: string): Promise<Stored | undefined> => {
    try {
      return (await db.get(id)) as unknown as Stored;
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
  };

  return {
    async put(doc) {
      const existing = await current(doc._id);
      const written = {
        ...doc,
        _rev: doc._rev ?? existing?._rev,
        updatedAt: now().toISOString(),
      } as PouchDocument;
      // Attachments change only through putAttachment; a put must never drop a photo.
      if (existing?._attachments) written._attachments = existing._attachments;
      else delete written._attachments;
      try {
        const { rev } = await db.put(written);
        return { ...doc, _rev: rev, updatedAt: written.updatedAt as string };
      } catch (e) {
        throw conflictMessage(e, doc._id);
      }
    },

    async get(id) {
      const doc = await current(id);
      return doc && migrateDocument(doc);
    },

    async remove(id) {
      const doc = await current(id);
      if (doc) await db.remove(doc._id, doc._rev as string);
    },

    async list(type) {
      const { rows } = await db.allDocs({ include_docs: true });
      return rows
        .filter((r) => (r.doc as { type?: unknown } | undefined)?.type === type)
        .map((r) => migrateDocument(r.doc) as DocOfType<typeof type>);
    },

    async putAttachment(id, name, data) {
      const doc = await current(id);
      if (!doc) throw new Error(`Bilden ${name} kunde inte sparas: dokumentet ${id} finns inte.`);
      try {
        await db.putAttachment(id, name, doc._rev as string, await codec.toPouch(data), data.type);
      } catch (e) {
        throw conflictMessage(e, id);
      }
    },

    async getAttachment(id, name) {
      const stub = (await current(id))?._attachments?.[name];
      if (!stub) return undefined;
      return codec.fromPouch(await db.getAttachment(id, name), stub.content_type);
    },

    changes(onChange) {
      const feed = db.changes({ since: 'now', live: true }).on('change', (c) => onChange(c.id));
      return () => feed.cancel();
    },

    async exportAll() {
      const { rows } = await db.allDocs({ include_docs: true, attachments: true, binary: true });
      const out: ExportedDocument[] = [];
      for (const row of rows) {
        if (!row.doc || row.id.startsWith('_design/')) continue;
        const { _attachments, ...doc } = row.doc as unknown as Stored;
        const attachments: ExportedAttachment[] = [];
        for (const [name, att] of Object.entries(_attachments ?? {})) {
          const blob = codec.fromPouch(att.data as Blob | Uint8Array, att.content_type);
          attachments.push({
            name,
            contentType: att.content_type,
            bytes: new Uint8Array(await blob.arrayBuffer()),
          });
        }
        out.push({ doc: doc as UserDocument, attachments });
      }
      return out;
    },

    async importAll(documents) {
      // Everything is checked before anything is written.
      for (const { doc } of documents) {
        migrateDocument(doc);
        if (!doc._rev)
          throw new Error(`Dokumentet ${doc._id} saknar revision och kan inte läsas in.`);
      }
      const docs: PouchDocument[] = [];
      for (const { doc, attachments } of documents) {
        const _attachments: Record<string, PouchAttachment> = {};
        for (const a of attachments) {
          const blob = new Blob([a.bytes as Uint8Array<ArrayBuffer>], { type: a.contentType });
          _attachments[a.name] = { content_type: a.contentType, data: await codec.toPouch(blob) };
        }
        docs.push({ ...doc, ...(attachments.length > 0 ? { _attachments } : {}) } as PouchDocument);
      }
      const results = await db.bulkDocs(docs, { new_edits: false });
      const failed = results.find((r) => r.error);
      if (failed) {
        throw new Error(
          `Dokumentet ${failed.id ?? '?'} kunde inte sparas: ${failed.message ?? ''}`,
        );
      }
    },
  };
}
