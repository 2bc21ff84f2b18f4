import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { exportBackup } from '../../src/persistence/backup';
import { newDocument } from '../../src/persistence/documents';
import { openFileStore } from '../../src/persistence/fileStore';
import { openMemoryDocStore } from '../../src/persistence/memoryDocStore';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';

const SITES = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { namn: 'Kronobergsparken' },
      geometry: { type: 'Point', coordinates: [18.0395, 59.3305] },
    },
  ],
});

const datasetRow = (page: Page, name: string) =>
  page.getByTestId('dataset').filter({ hasText: name }).filter({ hasNotText: 'Demodata' });

type Seed =
  /** As version 4 wrote it: the bytes in `blobs`. */
  | 'blobs'
  /** As version 3 wrote it: the bytes inside the file record. */
  | 'inline'
  /** A damaged profile: something that is not a Blob where the bytes should be. */
  | 'not-a-blob';

/**
 * Writes the database in the app's origin before the app opens it (on a static file of the
 * same origin), as an earlier version, a later one or a damaged profile would hold it.
 */
async function seedDatabase(page: Page, version: number, seed: Seed, name: string): Promise<void> {
  await page.goto(new URL('icons/icon.svg', inject('baseUrl')).href);
  await page.evaluate(
    ({ version, seed, name, text }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lageskartan', version);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('files', { keyPath: 'id' });
          if (seed !== 'inline') db.createObjectStore('blobs');
          db.createObjectStore('layouts', { keyPath: 'key' });
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const blob = new Blob([text], { type: 'application/geo+json' });
          const file = { id: 'fil-seed', name, role: 'sites', options: {}, addedAt: 1 };
          const tx = db.transaction(
            seed === 'inline' ? ['files'] : ['files', 'blobs'],
            'readwrite',
          );
          if (seed === 'inline') {
            tx.objectStore('files').put({ ...file, blob });
          } else {
            tx.objectStore('files').put(file);
            tx.objectStore('blobs').put(seed === 'blobs' ? blob : { size: 3 }, file.id);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { version, seed, name, text: SITES },
  );
}

async function openApp(opened: OpenedPage): Promise<void> {
  await opened.page.goto(inject('baseUrl'));
  await waitForMapReady(opened.page);
  await openSection(opened.page, 'Data och filer');
}

describe('files stored by an earlier version', () => {
  let opened: OpenedPage | undefined;

  afterEach(async () => {
    await opened?.context.close();
  });

  for (const [version, seed] of [
    [4, 'blobs'],
    [3, 'inline'],
  ] as const) {
    it(`are still listed when this version opens a version ${version} database`, async () => {
      opened = await openPage('about:blank');
      const name = `platser-v${version}.geojson`;
      await seedDatabase(opened.page, version, seed, name);
      // Chromium asks for /favicon.ico beside the SVG page; that 404 is not the app's.
      opened.pageErrors.length = 0;
      await openApp(opened);
      await expect
        .poll(() => datasetRow(opened!.page, name).innerText(), { timeout: 60_000 })
        .toMatch(/1 objekt inlästa/);
      expect(opened.pageErrors).toEqual([]);
    });
  }

  it('names a damaged stored file, removes it on request, and keeps "Rensa mina filer"', async () => {
    opened = await openPage('about:blank');
    await seedDatabase(opened.page, 4, 'not-a-blob', 'trasig.geojson');
    opened.pageErrors.length = 0;
    await openApp(opened);
    const page = opened.page;
    await expect
      .poll(() => page.getByTestId('stored-problems').innerText(), { timeout: 30_000 })
      .toMatch(/^Den sparade filen trasig\.geojson kunde inte läsas: innehållet är skadat\./);
    expect(await page.getByTestId('clear-files').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Ta bort den sparade filen trasig.geojson' }).click();
    await expect.poll(() => page.getByTestId('stored-problems').count()).toBe(0);
    await openApp(opened);
    expect(await page.getByTestId('stored-problems').count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
  });
});

describe('a database written by a newer version', () => {
  let opened: OpenedPage | undefined;

  afterEach(async () => {
    await opened?.context.close();
  });

  it('is left alone, and the app says that it works without saving', async () => {
    opened = await openPage('about:blank');
    await seedDatabase(opened.page, 99, 'blobs', 'framtida.geojson');
    opened.pageErrors.length = 0;
    await openApp(opened);
    const page = opened.page;
    expect(await page.getByTestId('storage-notice').innerText()).toMatch(
      /nyare version av Lägeskartan.*ladda om sidan eller uppdatera appen\. Kartan fungerar, men filer du lägger till nu sparas inte\./,
    );
    await page.getByTestId('file-input').setInputFiles({
      name: 'ny.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(SITES),
    });
    await expect
      .poll(() => datasetRow(page, 'ny.geojson').innerText(), { timeout: 30_000 })
      .toMatch(/1 objekt inlästa/);
    const version = await page.evaluate(async () => {
      const dbs = await indexedDB.databases();
      return dbs.find((d) => d.name === 'lageskartan')?.version;
    });
    expect(version).toBe(99);
    expect(opened.pageErrors).toEqual([]);
  });
});

/** A backup made by the same code in Node: two documents, a photo, a stored file, a layout. */
async function nodeBackup(): Promise<Uint8Array> {
  const docs = openMemoryDocStore('e2e-backup');
  const files = await openFileStore();
  await docs.put(
    newDocument(
      'observation',
      {
        walkId: 'walk:1',
        category: 'Belysning',
        positive: false,
        text: 'Mörkt vid trappan',
        priority: 'hög',
        position: [18.0352, 59.3311],
        time: '2024-10-03T16:20:00.000Z',
        photos: ['foto-1.png'],
      },
      { author: 'Anna', id: 'observation:1' },
    ),
  );
  const photo = readFileSync(new URL('../../public/icons/icon-192.png', import.meta.url));
  await docs.putAttachment(
    'observation:1',
    'foto-1.png',
    new Blob([new Uint8Array(photo)], { type: 'image/png' }),
  );
  await docs.put(
    newDocument(
      'savedView',
      { name: 'Fridhemsplan', url: '?x=1' },
      { author: 'Anna', id: 'savedView:1' },
    ),
  );
  await files.put({
    id: 'fil-backup',
    name: 'platser-backup.geojson',
    role: 'sites',
    options: {},
    addedAt: 1,
  });
  await files.putBlob('fil-backup', new Blob([SITES], { type: 'application/geo+json' }));
  await files.putLayout({ key: 'datum|x|y', options: { eastColumn: 1 } });
  return (await exportBackup({ docs, files })).bytes;
}

describe('a backup, through the app', () => {
  let opened: OpenedPage | undefined;

  afterEach(async () => {
    await opened?.context.close();
  });

  it('is read in, its file shown, and saved again with the same documents and photo', async () => {
    const backup = await nodeBackup();
    const original = unzipSync(backup);
    opened = await openPage('about:blank');
    await openApp(opened);
    const page = opened.page;
    await page.getByTestId('backup-input').setInputFiles({
      name: 'sakerhetskopia.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(backup),
    });
    await expect
      .poll(() => page.getByTestId('backup-status').innerText(), { timeout: 30_000 })
      .toBe(
        'Säkerhetskopian sakerhetskopia.zip lästes in: 2 dokument med 1 foto, 1 fil och 1 sparat kolumnval.',
      );
    await expect
      .poll(() => datasetRow(page, 'platser-backup.geojson').count(), { timeout: 30_000 })
      .toBe(1);

    const download = page.waitForEvent('download');
    await page.getByTestId('save-backup').click();
    const saved = unzipSync(readFileSync(await (await download).path()));
    const documents = (entries: Record<string, Uint8Array>) =>
      JSON.parse(strFromU8(entries['documents.json'])) as { doc: { _id: string; _rev: string } }[];
    // The saved backup also holds what the app preloads (the meeting's demo places and actions).
    const savedDocs = documents(saved);
    const revOf = (id: string) => savedDocs.find((d) => d.doc._id === id)?.doc._rev;
    expect(documents(original).map((d) => [d.doc._id, revOf(d.doc._id)])).toEqual(
      documents(original).map((d) => [d.doc._id, d.doc._rev]),
    );
    const photoOf = (entries: Record<string, Uint8Array>, docs: { doc: { _id: string } }[]) =>
      entries[`attachments/${docs.findIndex((d) => d.doc._id === 'observation:1')}/0`];
    expect(photoOf(saved, savedDocs)).toEqual(photoOf(original, documents(original)));
    expect(strFromU8(saved['files/0'])).toBe(SITES);
    expect(opened.pageErrors).toEqual([]);
  });
});
