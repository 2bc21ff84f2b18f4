import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportBackup, importBackup } from './backup';
import { newDocument } from './documents';
import { openFileStore, type FileStore } from './fileStore';
import { openMemoryDocStore } from './memoryDocStore';

let dbCount = 0;
const docStore = () => openMemoryDocStore(`backup-test-${++dbCount}`);
/** A fresh IndexedDB per call: the restored copy must not share anything with the original. */
const fileStore = (): Promise<FileStore> => {
  globalThis.indexedDB = new IDBFactory();
  return openFileStore();
};

const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0xff, 0xd9]);
const CSV = 'Brottsdatum;X;Y\n2024-03-05;6579932,0;151508,3\n';

async function userData() {
  const docs = docStore();
  const files = await fileStore();
  const walk = await docs.put(
    newDocument(
      'walk',
      {
        name: 'Trygghetsvandring Fridhemsplan',
        date: '2024-10-03',
        startTime: '18:00',
        meetingPoint: { name: 'Fridhemsplans T-bana', position: [18.0297, 59.3323] },
        organisers: ['Kungsholmens SDF'],
        invited: ['Polisen', 'Fastighetsägarna'],
        route: [
          [18.0297, 59.3323],
          [18.0352, 59.3311],
        ],
        stops: [{ name: 'Kronobergsparken', position: [18.0395, 59.3305] }],
      },
      { author: 'Anna', id: 'walk:1', now: new Date('2024-09-01T08:00:00Z') },
    ),
  );
  await docs.put(
    newDocument(
      'observation',
      {
        walkId: walk._id,
        category: 'Belysning',
        positive: false,
        text: 'Mörkt vid trappan – lampan är trasig',
        priority: 'hög',
        position: [18.0352, 59.3311],
        time: '2024-10-03T16:20:00.000Z',
        photos: ['foto-1.jpg'],
      },
      { author: 'Anna', id: 'observation:1' },
    ),
  );
  await docs.putAttachment(
    'observation:1',
    'foto-1.jpg',
    new Blob([PHOTO], { type: 'image/jpeg' }),
  );
  await files.put({
    id: 'fil-1',
    name: 'brott-mars.csv',
    role: 'offences',
    options: { crs: 'EPSG:3011' },
    addedAt: 5,
  });
  await files.putBlob('fil-1', new Blob([CSV], { type: 'text/csv' }));
  await files.putLayout({ key: 'brottsdatum|x|y', options: { eastColumn: 1 } });
  return { docs, files };
}

beforeEach(() => {
  dbCount++;
});

describe('backup', () => {
  it('restores documents, photos, files and layouts losslessly', async () => {
    const original = await userData();
    const { bytes, summary } = await exportBackup(original, new Date('2024-11-01T10:00:00Z'));
    expect(summary).toEqual({ documents: 2, attachments: 1, files: 1, layouts: 1, skipped: [] });

    const restored = { docs: docStore(), files: await fileStore() };
    const imported = await importBackup(bytes, 'backup.zip', restored);
    expect(imported).toEqual(summary);
    expect(await restored.docs.exportAll()).toEqual(await original.docs.exportAll());
    const photo = await restored.docs.getAttachment('observation:1', 'foto-1.jpg');
    expect(new Uint8Array(await photo!.arrayBuffer())).toEqual(PHOTO);
    expect(await restored.files.all()).toEqual(await original.files.all());
    expect(await (await restored.files.blob('fil-1'))?.text()).toBe(CSV);
    expect(await restored.files.layouts()).toEqual(await original.files.layouts());
  });

  it('describes itself in manifest.json', async () => {
    const { bytes } = await exportBackup(await userData(), new Date('2024-11-01T10:00:00Z'));
    expect(JSON.parse(strFromU8(unzipSync(bytes)['manifest.json']))).toEqual({
      app: 'Lägeskartan',
      format: BACKUP_FORMAT,
      createdAt: '2024-11-01T10:00:00.000Z',
      documents: 2,
      attachments: 1,
      files: 1,
      layouts: 1,
    });
  });

  it('changes nothing when the same backup is read in twice', async () => {
    const original = await userData();
    const { bytes } = await exportBackup(original);
    const target = { docs: docStore(), files: await fileStore() };
    await importBackup(bytes, 'backup.zip', target);
    await importBackup(bytes, 'backup.zip', target);
    expect(await target.docs.exportAll()).toEqual(await original.docs.exportAll());
    expect(await target.files.all()).toEqual(await original.files.all());
  });

  it('leaves out a stored file it cannot read, and says which', async () => {
    const data = await userData();
    await data.files.put({
      id: 'fil-2',
      name: 'trasig.csv',
      role: 'offences',
      options: {},
      addedAt: 6,
    });
    const { bytes, summary } = await exportBackup(data);
    expect(summary.skipped.map((s) => s.fileName)).toEqual(['trasig.csv']);
    expect(JSON.parse(strFromU8(unzipSync(bytes)['files.json']))).toHaveLength(1);
  });

  it('refuses, in Swedish, a backup from a newer format', async () => {
    const entries = unzipSync((await exportBackup(await userData())).bytes);
    const manifest = JSON.parse(strFromU8(entries['manifest.json']));
    entries['manifest.json'] = strToU8(JSON.stringify({ ...manifest, format: BACKUP_FORMAT + 1 }));
    const target = { docs: docStore(), files: await fileStore() };
    await expect(importBackup(zipSync(entries), 'ny.zip', target)).rejects.toThrow(
      /Säkerhetskopian ny\.zip är gjord av en nyare version av Lägeskartan.*Uppdatera appen/,
    );
    expect(await target.docs.exportAll()).toEqual([]);
    expect(await target.files.all()).toEqual([]);
  });

  it('names a file that is not a backup', async () => {
    const target = { docs: docStore(), files: await fileStore() };
    await expect(importBackup(strToU8('Brottsdatum;X;Y'), 'brott.csv', target)).rejects.toThrow(
      'brott.csv är ingen säkerhetskopia från Lägeskartan (filen går inte att öppna som zip).',
    );
    await expect(
      importBackup(zipSync({ 'a.txt': strToU8('x') }), 'annan.zip', target),
    ).rejects.toThrow('annan.zip är ingen säkerhetskopia från Lägeskartan (manifest.json saknas).');
  });

  it('writes nothing from a backup with a missing photo', async () => {
    const entries = unzipSync((await exportBackup(await userData())).bytes);
    const photo = Object.keys(entries).find((path) => path.startsWith('attachments/')) ?? '';
    delete entries[photo];
    const target = { docs: docStore(), files: await fileStore() };
    await expect(importBackup(zipSync(entries), 'halv.zip', target)).rejects.toThrow(
      `Säkerhetskopian halv.zip är ofullständig: ${photo} saknas.`,
    );
    expect(await target.docs.exportAll()).toEqual([]);
  });
});
