import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { openMemoryDocStore } from '../../persistence/memoryDocStore';
import { createWalkStore } from './walkStore';

let n = 0;
const open = () =>
  openMemoryDocStore(`walk-store-${++n}`, () => new Date(Date.UTC(2024, 9, 15, 17)));
const NOW = () => new Date(Date.UTC(2024, 9, 15, 17, 30));

/** A JPEG's first bytes and a tail, enough to check bytes survive unchanged. */
const photoBytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 250, 0xff, 0xd9]);
const photo = () => new Blob([photoBytes], { type: 'image/jpeg' });

/** PouchDB's own bookkeeping of which revision added an attachment differs between databases. */
function withoutRevpos(doc: object | undefined) {
  const { _attachments, ...rest } = doc as { _attachments?: Record<string, object> };
  const stubs = Object.entries(_attachments ?? {}).map(([name, stub]) => {
    const kept: Record<string, unknown> = { ...stub };
    delete kept.revpos;
    return [name, kept];
  });
  return { ...rest, _attachments: Object.fromEntries(stubs) };
}

const ROUTE: [number, number][] = [
  [18.03, 59.332],
  [18.035, 59.332],
  [18.035, 59.335],
];

async function plannedWalk() {
  const docs = open();
  const store = createWalkStore(Promise.resolve(docs), { author: 'Anna', now: NOW });
  await store.reload();
  const walk = await store.createWalk({ name: 'Kvällsvandring Fridhemsplan', date: '2024-10-15' });
  await store.updateWalk(walk._id, {
    route: ROUTE,
    stops: [{ name: 'Parken', position: ROUTE[1] }],
    organisers: ['SDF Kungsholmen', 'Polisen'],
  });
  return { docs, store, walk };
}

describe('the walk store over the document store', () => {
  it('keeps a planned walk with its route and stops, read back from the store', async () => {
    const { docs, store, walk } = await plannedWalk();
    await store.flush();
    const again = createWalkStore(Promise.resolve(docs));
    await again.reload();
    expect(again.walks.value).toHaveLength(1);
    expect(again.walks.value[0]).toMatchObject({
      _id: walk._id,
      name: 'Kvällsvandring Fridhemsplan',
      route: ROUTE,
      stops: [{ name: 'Parken', position: ROUTE[1] }],
      organisers: ['SDF Kungsholmen', 'Polisen'],
      paceKmh: 4,
      author: 'Anna',
    });
  });

  it('writes each keystroke of an observation in order without conflicts', async () => {
    const { docs, store } = await plannedWalk();
    const o = await store.addObservation({
      position: ROUTE[1],
      category: 'Belysning',
      template: 'vandring',
    });
    const typing = ['T', 'Tr', 'Tra', 'Trasig lampa'].map((text) =>
      store.updateObservation(o._id, { text }),
    );
    await Promise.all(typing);
    await store.flush();
    expect(store.error.value).toBeNull();
    expect(await docs.get(o._id)).toMatchObject({
      text: 'Trasig lampa',
      draft: true,
      walkId: store.currentId.value,
    });
  });

  it('keeps photos as attachments, byte for byte, through later edits', async () => {
    const { docs, store } = await plannedWalk();
    const o = await store.addObservation({
      position: null,
      category: 'Klotter/skadegörelse',
      template: 'vandring',
    });
    await store.addPhoto(o._id, photo());
    await store.addPhoto(o._id, photo());
    await store.updateObservation(o._id, { text: 'Klotter på transformatorskåp', draft: false });
    await store.flush();
    const stored = await docs.get(o._id);
    expect(stored).toMatchObject({ photos: ['foto-1.jpg', 'foto-2.jpg'], draft: false });
    const blob = await docs.getAttachment(o._id, 'foto-2.jpg');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(photoBytes);
  });

  it('turns an observation into an action with its walk and position', async () => {
    const { store, walk } = await plannedWalk();
    const o = await store.addObservation({
      position: ROUTE[2],
      category: 'Belysning',
      template: 'vandring',
    });
    await store.updateObservation(o._id, { text: 'Mörk  gångtunnel\nvid skolan' });
    const a = await store.createAction(o._id);
    expect(a).toMatchObject({
      type: 'action',
      title: 'Belysning: Mörk gångtunnel vid skolan',
      status: 'planerad',
      observationId: o._id,
      walkId: walk._id,
      position: ROUTE[2],
      placeId: null,
      deadline: null,
      reason: '',
    });
  });

  it('starts a follow-up walk with the open actions of the earlier one', async () => {
    const { store, walk } = await plannedWalk();
    const o1 = await store.addObservation({
      position: ROUTE[0],
      category: 'Belysning',
      template: 'vandring',
    });
    const o2 = await store.addObservation({
      position: ROUTE[1],
      category: 'Trafik',
      template: 'vandring',
    });
    const open = await store.createAction(o1._id);
    const done = await store.createAction(o2._id);
    await store.updateAction(done._id, { status: 'klar' });
    const next = await store.startFollowUp(walk._id, '2025-04-01');
    expect(next).toMatchObject({ followUpOf: walk._id, route: ROUTE, date: '2025-04-01' });
    expect(store.currentId.value).toBe(next._id);
    expect(store.followUpActions.value.map((a) => a._id)).toEqual([open._id]);
  });

  it('exports a whole walk as one file and reads it losslessly on another device', async () => {
    const { docs, store, walk } = await plannedWalk();
    const o = await store.addObservation({
      position: ROUTE[1],
      category: 'Belysning',
      template: 'vandring',
    });
    await store.addPhoto(o._id, photo());
    await store.updateObservation(o._id, { text: 'Lampa trasig', draft: false });
    const a = await store.createAction(o._id);
    await store.updateAction(a._id, { responsible: 'Trafikkontoret', deadline: '2024-12-01' });
    const { bytes, documents, photos } = await store.exportWalk(walk._id);
    expect([documents, photos]).toEqual([3, 1]);

    const otherDocs = open();
    const other = createWalkStore(Promise.resolve(otherDocs));
    await other.reload();
    await other.importWalk(bytes, 'vandring.zip');
    expect(other.currentId.value).toBe(walk._id);
    for (const id of [walk._id, o._id, a._id]) {
      // Same fields and the same revision: the colleague's copy is the same document.
      expect(withoutRevpos(await otherDocs.get(id))).toEqual(withoutRevpos(await docs.get(id)));
    }
    const blob = await otherDocs.getAttachment(o._id, 'foto-1.jpg');
    expect(blob?.type).toBe('image/jpeg');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(photoBytes);
    // Reading the same file twice changes nothing.
    await other.importWalk(bytes, 'vandring.zip');
    expect(other.observations.value).toHaveLength(1);
    expect(other.actions.value[0]).toMatchObject({
      responsible: 'Trafikkontoret',
      deadline: '2024-12-01',
    });
  });

  it('refuses a file that is not an exported walk, naming it', async () => {
    const { store } = await plannedWalk();
    await expect(store.importWalk(new Uint8Array([1, 2, 3]), 'bild.jpg')).rejects.toThrow(
      /bild\.jpg är ingen zip-fil från Lägeskartan/,
    );
  });

  it('says in Swedish that nothing can be saved when the store could not open', async () => {
    const store = createWalkStore(Promise.resolve(null));
    await store.reload();
    expect(store.error.value).toMatch(/kan inte sparas i den här webbläsaren/);
  });

  it('keeps a walk made while the walks are still being read, as on a slow tablet', async () => {
    const docs = open();
    // The first read of the store is held back until the walk has been made.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = {
      ...docs,
      list: (async (type) => {
        const read = await docs.list(type);
        await held;
        return read;
      }) as typeof docs.list,
    };
    const store = createWalkStore(Promise.resolve(slow));
    const reading = store.reload();
    const walk = await store.createWalk({ name: 'Marieberg runt' });
    release();
    await reading;
    expect(store.current.value?._id).toBe(walk._id);
    expect(store.walks.value.map((w) => w.name)).toEqual(['Marieberg runt']);
  });

  it('lists a new walk before it becomes the walk in hand, so its route is there to draw', async () => {
    const store = createWalkStore(Promise.resolve(open()));
    await store.reload();
    const listedWhenCurrent: boolean[] = [];
    const stop = effect(() => {
      const id = store.currentId.value;
      if (id) listedWhenCurrent.push(store.walks.peek().some((w) => w._id === id));
    });
    await store.createWalk({ name: 'Marieberg runt', route: ROUTE });
    stop();
    expect(listedWhenCurrent).toEqual([true]);
  });
});
