import { describe, expect, it } from 'vitest';
import { newDocument, type ObservationDocument } from './documents';
import { openMemoryDocStore } from './memoryDocStore';

let dbCount = 0;
const store = () =>
  openMemoryDocStore(`docstore-test-${++dbCount}`, () => new Date(Date.UTC(2024, 4, 2)));

const observation = (id: string, text: string): ObservationDocument =>
  newDocument(
    'observation',
    {
      walkId: 'walk:1',
      category: 'Belysning',
      positive: false,
      text,
      priority: 'hög',
      position: [18.0395, 59.3305],
      time: '2024-05-02T19:10:00.000Z',
      photos: [],
    },
    { author: 'Anna', now: new Date(Date.UTC(2024, 4, 1)), id },
  );

describe('the document store (PouchDB, memory adapter)', () => {
  it('writes, reads, lists by type and removes documents', async () => {
    const docs = store();
    const saved = await docs.put(observation('observation:1', 'Trasig lampa i parken'));
    await docs.put(
      newDocument('savedView', { name: 'Vy', url: '?' }, { author: 'Anna', id: 'savedView:1' }),
    );
    expect(saved._rev).toMatch(/^1-/);
    expect(await docs.get('observation:1')).toMatchObject({
      text: 'Trasig lampa i parken',
      updatedAt: '2024-05-02T00:00:00.000Z',
      createdAt: '2024-05-01T00:00:00.000Z',
    });
    expect((await docs.list('observation')).map((d) => d._id)).toEqual(['observation:1']);
    await docs.remove('observation:1');
    expect(await docs.get('observation:1')).toBeUndefined();
    expect(await docs.list('observation')).toEqual([]);
  });

  it('updates a document from its last revision', async () => {
    const docs = store();
    const first = await docs.put(observation('observation:1', 'Trasig lampa'));
    const second = await docs.put({ ...first, text: 'Lampan lagad' });
    expect(second._rev).toMatch(/^2-/);
    expect((await docs.get('observation:1')) as ObservationDocument).toMatchObject({
      text: 'Lampan lagad',
    });
  });

  it('refuses, in Swedish, a write based on an old revision', async () => {
    const docs = store();
    const first = await docs.put(observation('observation:1', 'a'));
    await docs.put({ ...first, text: 'b' });
    await expect(docs.put({ ...first, text: 'c' })).rejects.toThrow(/har ändrats på annat håll/);
  });

  it('keeps a photo as an attachment, byte for byte, through later edits', async () => {
    const docs = store();
    await docs.put(observation('observation:1', 'Klotter'));
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    await docs.putAttachment(
      'observation:1',
      'foto-1.jpg',
      new Blob([jpeg], { type: 'image/jpeg' }),
    );
    const { _rev } = (await docs.get('observation:1')) as ObservationDocument;
    // A form rebuilds the document from its fields; the photo must survive that.
    await docs.put({ ...observation('observation:1', 'Klotter'), _rev, photos: ['foto-1.jpg'] });
    const photo = await docs.getAttachment('observation:1', 'foto-1.jpg');
    expect(photo?.type).toBe('image/jpeg');
    expect(new Uint8Array(await photo!.arrayBuffer())).toEqual(jpeg);
    expect(await docs.getAttachment('observation:1', 'saknas.jpg')).toBeUndefined();
  });

  it('tells subscribers which document changed', async () => {
    const docs = store();
    const seen: string[] = [];
    const stop = docs.changes((id) => seen.push(id));
    await docs.put(observation('observation:1', 'a'));
    await expect.poll(() => seen).toEqual(['observation:1']);
    stop();
  });
});
