import { effect } from '@preact/signals';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { openMemoryDocStore } from '../../persistence/memoryDocStore';
import type { UserExtent } from '../../worker/protocol';
import { createAppState } from '../appState';
import { bindUserExtents, extentDocumentId } from './userExtents';

const square = (lon: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, 59.33],
      [lon + 0.01, 59.33],
      [lon + 0.01, 59.335],
      [lon, 59.33],
    ],
  ],
});

function until(read: () => UserExtent[], done: (v: UserExtent[]) => boolean) {
  return new Promise<UserExtent[]>((resolve) => {
    const stop = effect(() => {
      const v = read();
      if (done(v)) {
        queueMicrotask(() => stop());
        resolve(v);
      }
    });
  });
}

let n = 0;
function setup() {
  const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
  const docs = openMemoryDocStore(`user-extents-${n++}`);
  bindUserExtents(state, docs);
  return { state, docs, store: state.compare.extentStore.value! };
}

describe('user extents as documents', () => {
  it('saves an edited extent as an extent document and shows it to the compare query', async () => {
    const { state, docs, store } = setup();
    await store.save('Fridhemsplan', 2021, square(18.03));
    const [doc] = await docs.list('extent');
    expect([doc._id, doc.sceneId, doc.year, doc.source]).toEqual([
      'extent:2021:fridhemsplan',
      'Fridhemsplan',
      2021,
      'ändrad i kartan',
    ]);
    const list = await until(
      () => state.compare.userExtents.value,
      (v) => v.length === 1,
    );
    expect(list[0].geometry).toEqual(square(18.03));
  });

  it('saves a brand-new drawn scene with source "ritad", for the comparison to add', async () => {
    const { state, docs, store } = setup();
    await store.save('Ny plats', 2023, square(18.05), 'ritad');
    const [doc] = await docs.list('extent');
    expect([doc._id, doc.source]).toEqual(['extent:2023:ny plats', 'ritad']);
    const list = await until(
      () => state.compare.userExtents.value,
      (v) => v.length === 1,
    );
    expect([list[0].sceneId, list[0].year, list[0].source]).toEqual(['Ny plats', 2023, 'ritad']);
  });

  it('replaces the earlier edit of the same scene and year', async () => {
    const { docs, store } = setup();
    await store.save('Fridhemsplan', 2021, square(18.03));
    await store.save('FRIDHEMSPLAN', 2021, square(18.04));
    const list = await docs.list('extent');
    expect(list.map((d) => d.geometry)).toEqual([square(18.04)]);
  });

  it('forgets an edit when it is removed, so the file’s extent counts again', async () => {
    const { state, store } = setup();
    await store.save('Klara/Sergels torg', 2023, square(18.06));
    await store.remove(extentDocumentId('Klara/Sergels torg', 2023));
    expect(state.compare.userExtents.value).toEqual([]);
  });
});
