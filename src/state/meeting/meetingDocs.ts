import { batch, signal, type Signal } from '@preact/signals';
import type { DocStore } from '../../persistence/docStore';
import {
  newDocument,
  type DocFields,
  type DocOfType,
  type UserDocument,
} from '../../persistence/documents';

/** The document types the meeting view reads; each list is kept in a signal. */
const TYPES = [
  'place',
  'action',
  'meetingSeries',
  'savedView',
  'viewSequence',
  'observation',
  'walk',
] as const;
type MeetingType = (typeof TYPES)[number];

export type DocLists = { [T in MeetingType]: Signal<DocOfType<T>[]> };

export interface MeetingDocs {
  lists: DocLists;
  /** Null while the store opens; false when this browser cannot keep documents. */
  available: Signal<boolean | null>;
  /** The last write that failed, in Swedish, or null. */
  error: Signal<string | null>;
  /** Resolves with the store (or null) once the lists have been read the first time. */
  ready: Promise<DocStore | null>;
  create<T extends MeetingType>(
    type: T,
    fields: DocFields<T>,
    id?: string,
  ): Promise<DocOfType<T> | null>;
  save<D extends UserDocument>(doc: D): Promise<D | null>;
  remove(id: string): Promise<void>;
  /** Writes documents from a file: a document with the same id is replaced, keeping its history. */
  importDocuments(docs: UserDocument[]): Promise<number>;
  /** Reads every list again now, e.g. after documents were written on the store directly. */
  refresh(): Promise<void>;
}

const byName = (a: { name?: string; _id: string }, b: { name?: string; _id: string }) =>
  (a.name ?? a._id).localeCompare(b.name ?? b._id, 'sv');

/**
 * The meeting's documents as signals over the document store: read once,
 * re-read after each write here and after a change elsewhere (another tab, a
 * backup read in). Every failure is said in `error`, never swallowed.
 */
export function createMeetingDocs(
  opening: Promise<DocStore | null>,
  author: string,
  now: () => Date = () => new Date(),
): MeetingDocs {
  const lists = Object.fromEntries(TYPES.map((t) => [t, signal([])])) as unknown as DocLists;
  const available = signal<boolean | null>(null);
  const error = signal<string | null>(null);

  const fail = (what: string, e: unknown) => {
    console.error(e);
    error.value = `${what}: ${e instanceof Error ? e.message : String(e)}`;
  };

  const reload = async (store: DocStore, types: readonly MeetingType[] = TYPES) => {
    const read = await Promise.all(types.map((t) => store.list(t)));
    batch(() =>
      types.forEach((t, i) => {
        const docs = read[i] as { name?: string; _id: string }[];
        (lists[t] as Signal<unknown[]>).value = [...docs].sort(byName);
      }),
    );
  };

  const ready = opening.then(async (store) => {
    available.value = store !== null;
    if (!store) return null;
    try {
      await reload(store);
    } catch (e) {
      fail('Sparade platser och vyer kunde inte läsas', e);
    }
    let pending: ReturnType<typeof setTimeout> | undefined;
    store.changes(() => {
      clearTimeout(pending);
      pending = setTimeout(
        () => void reload(store).catch((e) => fail('Dokumenten kunde inte läsas om', e)),
        50,
      );
    });
    return store;
  });

  const typeOf = (id: string) => TYPES.find((t) => id.startsWith(`${t}:`));

  const save = async <D extends UserDocument>(doc: D): Promise<D | null> => {
    const store = await ready;
    if (!store) {
      error.value =
        'Webbläsaren låter inte Lägeskartan spara: ändringen finns bara kvar tills sidan stängs.';
      return null;
    }
    try {
      const saved = await store.put(doc);
      error.value = null;
      await reload(store, [doc.type as MeetingType]);
      return saved;
    } catch (e) {
      fail(`Kunde inte spara ${'name' in doc ? `"${String(doc.name)}"` : doc._id}`, e);
      return null;
    }
  };

  return {
    lists,
    available,
    error,
    ready,
    async refresh() {
      const store = await ready;
      if (!store) return;
      try {
        await reload(store);
      } catch (e) {
        fail('Dokumenten kunde inte läsas om', e);
      }
    },
    create: (type, fields, id) =>
      save(newDocument(type, fields, { author, now: now(), ...(id ? { id } : {}) })),
    save,
    async remove(id) {
      const store = await ready;
      if (!store) return;
      try {
        await store.remove(id);
        const type = typeOf(id);
        await reload(store, type ? [type] : TYPES);
      } catch (e) {
        fail(`Kunde inte ta bort ${id}`, e);
      }
    },
    async importDocuments(docs) {
      const store = await ready;
      if (!store)
        throw new Error('Webbläsaren låter inte Lägeskartan spara: filen kan inte läsas in nu.');
      for (const doc of docs) {
        const existing = await store.get(doc._id);
        await store.put({
          ...doc,
          _rev: existing?._rev,
          createdAt: existing?.createdAt ?? doc.createdAt,
        });
      }
      await reload(store);
      return docs.length;
    },
  };
}
