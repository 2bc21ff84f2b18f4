/**
 * The part of PouchDB's API this app uses. Our own declarations, because @types/pouchdb-core
 * declares a global `Buffer` that breaks Node's Buffer types everywhere else (tsconfig `paths`
 * points the pouchdb module names here).
 */

export interface PouchAttachment {
  content_type: string;
  /** Blob in the browser, Buffer in Node; absent on a stub. */
  data?: Blob | Uint8Array;
  stub?: boolean;
}

export interface PouchDocument {
  _id: string;
  _rev?: string;
  _attachments?: Record<string, PouchAttachment>;
  [field: string]: unknown;
}

export interface PouchResult {
  id?: string;
  rev?: string;
  error?: boolean | string;
  message?: string;
}

export interface PouchChanges {
  on(event: 'change', listener: (change: { id: string }) => void): PouchChanges;
  cancel(): void;
}

export interface PouchDatabase {
  info(): Promise<unknown>;
  get(id: string): Promise<PouchDocument>;
  put(doc: PouchDocument): Promise<{ id: string; rev: string }>;
  remove(id: string, rev: string): Promise<unknown>;
  allDocs(options: {
    include_docs?: boolean;
    attachments?: boolean;
    binary?: boolean;
  }): Promise<{ rows: { id: string; doc?: PouchDocument }[] }>;
  putAttachment(
    id: string,
    name: string,
    rev: string,
    data: Blob | Uint8Array,
    contentType: string,
  ): Promise<{ rev: string }>;
  getAttachment(id: string, name: string): Promise<Blob | Uint8Array>;
  changes(options: { since: 'now'; live: true }): PouchChanges;
  bulkDocs(docs: PouchDocument[], options: { new_edits: false }): Promise<PouchResult[]>;
}

export type PouchPlugin = (pouch: PouchStatic) => void;

export interface PouchStatic {
  new (name: string, options?: { adapter?: string }): PouchDatabase;
  plugin(plugin: PouchPlugin): PouchStatic;
}
