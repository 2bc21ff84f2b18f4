import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { DocStore } from '../../persistence/docStore';
import {
  newDocument,
  type ActionDocument,
  type ActionStatus,
  type LonLat,
  type ObservationDocument,
  type UserDocument,
  type WalkDocument,
} from '../../persistence/documents';
import { exportWalkArchive, importWalkArchive } from '../../persistence/walkArchive';

export const DEFAULT_PACE_KMH = 4;
export const DEFAULT_MINUTES_PER_STOP = 5;
export const OPEN_STATUSES: ActionStatus[] = ['planerad', 'pågår'];

/** The walks, observations and actions on this device, and writes that never lose a keystroke. */
export interface WalkStore {
  /** False until the document store has opened (or failed to). */
  ready: Signal<boolean>;
  /** Why the store cannot save, or what the last action failed with (Swedish). */
  error: Signal<string | null>;
  walks: Signal<WalkDocument[]>;
  observations: Signal<ObservationDocument[]>;
  actions: Signal<ActionDocument[]>;
  currentId: Signal<string | null>;
  current: ReadonlySignal<WalkDocument | null>;
  /** The current walk's observations, drafts included. */
  currentObservations: ReadonlySignal<ObservationDocument[]>;
  /** Open actions from the walk the current one follows up. */
  followUpActions: ReadonlySignal<ActionDocument[]>;
  reload(): Promise<void>;
  createWalk(fields?: Partial<WalkDocument>): Promise<WalkDocument>;
  updateWalk(id: string, patch: Partial<WalkDocument>): Promise<void>;
  removeWalk(id: string): Promise<void>;
  startFollowUp(walkId: string, today: string): Promise<WalkDocument>;
  addObservation(fields: {
    position: LonLat | null;
    category: string;
    template: string;
  }): Promise<ObservationDocument>;
  updateObservation(id: string, patch: Partial<ObservationDocument>): Promise<void>;
  removeObservation(id: string): Promise<void>;
  addPhoto(id: string, photo: Blob): Promise<void>;
  photo(id: string, name: string): Promise<Blob | undefined>;
  createAction(observationId: string): Promise<ActionDocument>;
  updateAction(id: string, patch: Partial<ActionDocument>): Promise<void>;
  exportWalk(id: string): Promise<{ bytes: Uint8Array; documents: number; photos: number }>;
  importWalk(bytes: Uint8Array, fileName: string): Promise<string>;
  /** Resolves when every queued write has reached the store. */
  flush(): Promise<void>;
}

const byDate = (a: WalkDocument, b: WalkDocument) =>
  b.date.localeCompare(a.date) || a.name.localeCompare(b.name, 'sv');

export function createWalkStore(
  opened: Promise<DocStore | null>,
  { author = '', now = () => new Date() }: { author?: string; now?: () => Date } = {},
): WalkStore {
  const ready = signal(false);
  const error = signal<string | null>(null);
  const walks = signal<WalkDocument[]>([]);
  const observations = signal<ObservationDocument[]>([]);
  const actions = signal<ActionDocument[]>([]);
  const currentId = signal<string | null>(null);
  const current = computed(() => walks.value.find((w) => w._id === currentId.value) ?? null);
  const currentObservations = computed(() =>
    observations.value.filter((o) => o.walkId === currentId.value),
  );
  const followUpActions = computed(() => {
    const earlier = current.value?.followUpOf;
    if (!earlier) return [];
    const fromEarlier = new Set(
      observations.value.filter((o) => o.walkId === earlier).map((o) => o._id),
    );
    return actions.value.filter(
      (a) =>
        (a.walkId === earlier || (a.observationId !== null && fromEarlier.has(a.observationId))) &&
        (OPEN_STATUSES.includes(a.status) || a.checkedOn),
    );
  });

  const opening = opened.then((d) => {
    if (!d) {
      error.value =
        'Vandringar kan inte sparas i den här webbläsaren (t.ex. i privat läge): det du skriver försvinner när sidan stängs.';
    }
    return d;
  });

  /**
   * Ids written or removed while a reload reads the store: the read may predate them, so their
   * in-memory state wins (a route file read while the walks still load must not vanish).
   */
  const readsUnderWay = new Set<Set<string>>();
  const touch = (id: string) => readsUnderWay.forEach((touched) => touched.add(id));

  /** Writes per document, in order: each write sends the newest in-memory version. */
  const queues = new Map<string, Promise<void>>();
  const enqueue = (id: string, job: (d: DocStore) => Promise<void>): Promise<void> => {
    const previous = queues.get(id) ?? Promise.resolve();
    const next = previous
      .then(() => opening)
      .then(async (d) => {
        if (d) await job(d);
      })
      .catch((e: unknown) => {
        console.error(e);
        error.value = `Kunde inte spara: ${e instanceof Error ? e.message : String(e)}`;
      });
    queues.set(id, next);
    return next;
  };

  type Listed = WalkDocument | ObservationDocument | ActionDocument;
  const listOf = (type: Listed['type']): Signal<Listed[]> =>
    (type === 'walk' ? walks : type === 'observation' ? observations : actions) as Signal<Listed[]>;
  const latest = (doc: Listed) => listOf(doc.type).value.find((d) => d._id === doc._id);

  /** Shows the change at once and queues the write; the revision is the store's, so writes never conflict. */
  const write = (doc: Listed): Promise<void> => {
    touch(doc._id);
    const list = listOf(doc.type);
    const i = list.value.findIndex((d) => d._id === doc._id);
    list.value = i < 0 ? [...list.value, doc] : list.value.map((d, k) => (k === i ? doc : d));
    if (doc.type === 'walk') walks.value = [...walks.value].sort(byDate);
    return enqueue(doc._id, async (d) => {
      const newest = latest(doc);
      if (!newest) return; // removed meanwhile
      // The store takes its own newest revision: queued writes of one document never conflict.
      const fields: Partial<Listed> = { ...newest };
      delete fields._rev;
      await d.put(fields as UserDocument);
    });
  };

  const patchOf = <D extends Listed>(type: D['type'], id: string, patch: Partial<D>) => {
    const doc = listOf(type).value.find((d) => d._id === id) as D | undefined;
    if (!doc) {
      error.value = `Dokumentet ${id} finns inte längre: ladda om sidan.`;
      return Promise.resolve();
    }
    return write({ ...doc, ...patch, _id: doc._id, type: doc.type } as D);
  };

  const remove = (type: Listed['type'], id: string) => {
    touch(id);
    listOf(type).value = listOf(type).value.filter((d) => d._id !== id);
    return enqueue(id, (d) => d.remove(id));
  };

  const created = <T extends Listed['type']>(
    type: T,
    fields: Omit<Extract<Listed, { type: T }>, keyof UserDocument | '_rev'> &
      Record<string, unknown>,
  ) =>
    newDocument(type, fields as never, { author, now: now() }) as unknown as Extract<
      Listed,
      { type: T }
    >;

  const store: WalkStore = {
    ready,
    error,
    walks,
    observations,
    actions,
    currentId,
    current,
    currentObservations,
    followUpActions,

    async reload() {
      const touched = new Set<string>();
      readsUnderWay.add(touched);
      try {
        const d = await opening;
        if (!d) return;
        const [w, o, a] = await Promise.all([
          d.list('walk'),
          d.list('observation'),
          d.list('action'),
        ]);
        const merged = <D extends Listed>(read: D[], shown: D[]) => [
          ...read.filter((doc) => !touched.has(doc._id)),
          ...shown.filter((doc) => touched.has(doc._id)),
        ];
        batch(() => {
          walks.value = merged(w, walks.value).sort(byDate);
          observations.value = merged(o, observations.value);
          actions.value = merged(a, actions.value);
        });
      } finally {
        readsUnderWay.delete(touched);
        ready.value = true;
      }
    },

    async createWalk(fields = {}) {
      const walk = {
        ...created('walk', {
          name: 'Ny trygghetsvandring',
          date: '',
          startTime: '18:00',
          meetingPoint: { name: '', position: null },
          organisers: [],
          invited: [],
          route: [],
          stops: [],
          paceKmh: DEFAULT_PACE_KMH,
          minutesPerStop: DEFAULT_MINUTES_PER_STOP,
          contact: '',
          followUpOf: null,
        }),
        ...fields,
      } as WalkDocument;
      // Listed before it becomes current: whatever reacts to the walk in hand finds it (its route).
      const written = write(walk);
      currentId.value = walk._id;
      await written;
      return walk;
    },

    updateWalk: (id, patch) => patchOf<WalkDocument>('walk', id, patch),

    async removeWalk(id) {
      if (currentId.value === id) currentId.value = null;
      await remove('walk', id);
    },

    async startFollowUp(walkId, today) {
      const earlier = walks.value.find((w) => w._id === walkId);
      if (!earlier) throw new Error(`Vandringen ${walkId} finns inte längre.`);
      return store.createWalk({
        name: `Uppföljning: ${earlier.name}`,
        date: today,
        startTime: earlier.startTime,
        meetingPoint: earlier.meetingPoint,
        organisers: earlier.organisers,
        invited: earlier.invited,
        route: earlier.route,
        stops: earlier.stops,
        paceKmh: earlier.paceKmh,
        minutesPerStop: earlier.minutesPerStop,
        contact: earlier.contact,
        followUpOf: earlier._id,
      });
    },

    async addObservation({ position, category, template }) {
      const walkId = currentId.value;
      if (!walkId) throw new Error('Välj eller skapa en vandring först.');
      const o = created('observation', {
        walkId,
        category,
        template,
        positive: false,
        text: '',
        priority: 'medel',
        position,
        time: now().toISOString(),
        photos: [],
        draft: true,
      }) as ObservationDocument;
      await write(o);
      return o;
    },

    updateObservation: (id, patch) => patchOf<ObservationDocument>('observation', id, patch),
    removeObservation: (id) => remove('observation', id),

    async addPhoto(id, photo) {
      const o = observations.value.find((d) => d._id === id);
      if (!o) throw new Error(`Observationen ${id} finns inte längre.`);
      let n = o.photos.length + 1;
      while (o.photos.includes(`foto-${n}.jpg`)) n++;
      const name = `foto-${n}.jpg`;
      await enqueue(id, (d) => d.putAttachment(id, name, photo));
      const now = observations.value.find((d) => d._id === id) ?? o;
      await write({ ...now, photos: [...now.photos, name] });
    },

    async photo(id, name) {
      const d = await opening;
      return d ? d.getAttachment(id, name) : undefined;
    },

    async createAction(observationId) {
      const o = observations.value.find((d) => d._id === observationId);
      if (!o) throw new Error(`Observationen ${observationId} finns inte längre.`);
      const text = o.text.trim().replace(/\s+/g, ' ');
      const a = created('action', {
        placeId: null,
        observationId,
        title: `${o.category}${text ? `: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}` : ''}`,
        responsible: '',
        deadline: null,
        status: 'planerad',
        reason: '',
        walkId: o.walkId,
        position: o.position,
        checkedOn: null,
      }) as ActionDocument;
      await write(a);
      return a;
    },

    updateAction: (id, patch) => patchOf<ActionDocument>('action', id, patch),

    async exportWalk(id) {
      await store.flush();
      const d = await opening;
      if (!d) throw new Error('Inget är sparat i den här webbläsaren att exportera.');
      return exportWalkArchive(d, id, now());
    },

    async importWalk(bytes, fileName) {
      const d = await opening;
      if (!d) throw new Error('Den här webbläsaren låter inte Lägeskartan spara vandringar.');
      const { walkId } = await importWalkArchive(d, bytes, fileName);
      await store.reload();
      currentId.value = walkId;
      return walkId;
    },

    async flush() {
      await Promise.all([...queues.values()]);
    },
  };
  return store;
}

/** The document shapes the walk view shows (src/ui reaches documents only through src/state). */
export type {
  ActionDocument,
  ActionStatus,
  ObservationDocument,
  WalkDocument,
} from '../../persistence/documents';
