import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { largeOffencesCsv } from '../../bench/offencesCsv';
import { sharedDataPath } from '../unit/sharedData';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';

/** A small police-style export in SWEREF 99 18 00 (Stockholm's own system), Windows-1252 encoded. */
const HEADER = 'Brottsdatum;Klockslag;Brottskategori;Brottstyp;Plats;X;Y';
const ROWS = [
  '2024-03-05;21:40;Våldsbrott;Misshandel;Sankt Göransgatan 5;6579932,0;151508,3',
  '2024-03-06;15:10;Narkotikabrott;Innehav;Fleminggatan 20;6579709,4;151810,1',
  '2024-13-01;10:00;Våldsbrott;Rån;Fleminggatan 22;6579720,5;151832,8',
];
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const csv = latin1([HEADER, ...ROWS].join('\r\n'));

describe('loading a user file', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'));
    await waitForMapReady(opened.page);
    await openSection(opened.page, 'Data och filer');
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('reads a Latin-1 SWEREF 99 18 00 export and says what it detected', async () => {
    await opened.page
      .getByTestId('file-input')
      .setInputFiles({ name: 'brott-mars.csv', mimeType: 'text/csv', buffer: csv });
    const row = opened.page.getByTestId('dataset').filter({ hasText: 'brott-mars.csv' });
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toMatch(/2 rader inlästa/);
    expect(await row.innerText()).toMatch(/SWEREF 99 18 00/);
  });

  it('names the row that could not be used', async () => {
    const row = opened.page.getByTestId('dataset').filter({ hasText: 'brott-mars.csv' });
    expect(await row.innerText()).toMatch(
      /1 rader kunde inte användas, t.ex. rad 4: datumet "2024-13-01"/,
    );
  });

  it('uses the user file instead of the demo offences, its two offences masked as "< 3"', async () => {
    const total = opened.page
      .getByTestId('comparison-table')
      .locator('tr', { hasText: 'Totalt (exkl. skadegörelse)' });
    await expect
      .poll(() => total.innerText())
      .toMatch(/Totalt \(exkl\. skadegörelse\)\s+< 3\s+< 3/);
  });

  it('says the demo offences are not used while the user’s own are', async () => {
    const demo = opened.page.getByTestId('dataset').filter({ hasText: 'offences.csv' });
    expect(await demo.getByTestId('demo-replaced').innerText()).toMatch(
      /Används inte nu: dina egna filer ersätter demodatan för brott/,
    );
    const areas = opened.page.getByTestId('dataset').filter({ hasText: 'stadsdelar.geojson' });
    expect(await areas.getByTestId('demo-replaced').count()).toBe(0);
  });

  it('lets the user assign an unknown category value, and re-reads the file with it', async () => {
    const file = latin1(
      [HEADER, '2024-03-07;22:10;Ordningsstörning;Störande;Fleminggatan 1;6579709,4;151810,1'].join(
        '\r\n',
      ),
    );
    await opened.page
      .getByTestId('file-input')
      .setInputFiles({ name: 'okand.csv', mimeType: 'text/csv', buffer: file });
    const row = opened.page.getByTestId('dataset').filter({ hasText: 'okand.csv' });
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toMatch(/1 ej mappade/);
    await row
      .getByLabel('Kategori för Ordningsstörning')
      .selectOption({ label: 'Övriga BrB-brott' });
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toMatch(/0 ej mappade/);
  });

  it('reports a file it cannot read and keeps what was loaded', async () => {
    await opened.page.getByTestId('file-input').setInputFiles({
      name: 'bild.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 0]),
    });
    await expect
      .poll(() => opened.page.getByTestId('failed-files').innerText())
      .toMatch(/bild\.csv/);
    expect(
      await opened.page.getByTestId('dataset').filter({ hasText: 'brott-mars.csv' }).count(),
    ).toBe(1);
  });

  it('still has the file after a reload', async () => {
    await opened.page.reload();
    await waitForMapReady(opened.page);
    await openSection(opened.page, 'Data och filer');
    await expect
      .poll(
        () => opened.page.getByTestId('dataset').filter({ hasText: 'brott-mars.csv' }).count(),
        { timeout: 30_000 },
      )
      .toBe(1);
  });

  it('takes a file dropped onto the map', async () => {
    const page = opened.page;
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      const geojson = JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { namn: 'Kronobergsparken' },
            geometry: { type: 'Point', coordinates: [18.0395, 59.3305] },
          },
        ],
      });
      dt.items.add(new File([geojson], 'platser.geojson', { type: 'application/geo+json' }));
      return dt;
    });
    const map = page.getByTestId('map');
    await map.dispatchEvent('dragenter', { dataTransfer });
    await map.dispatchEvent('drop', { dataTransfer });
    await expect
      .poll(
        () =>
          page
            .getByTestId('dataset')
            .filter({ hasText: 'platser.geojson' })
            .filter({ hasNotText: 'Demodata' })
            .count(),
        {
          timeout: 30_000,
        },
      )
      .toBe(1);
  });

  it('forgets the files when asked', async () => {
    await opened.page.getByTestId('clear-files').click();
    await expect
      .poll(() => opened.page.getByTestId('dataset').filter({ hasText: 'brott-mars.csv' }).count())
      .toBe(0);
    await opened.page.reload();
    await waitForMapReady(opened.page);
    await openSection(opened.page, 'Data och filer');
    expect(
      await opened.page.getByTestId('dataset').filter({ hasText: 'brott-mars.csv' }).count(),
    ).toBe(0);
  });
});

describe("loading the city's own files", () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'));
    await waitForMapReady(opened.page);
    await openSection(opened.page, 'Data och filer');
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('reads the stadsdel Shapefile (SWEREF 99 18 00, Latin-1 DBF) as 117 areas', async () => {
    const dir = sharedDataPath('stockholm-stadsdelar', 'shapefile-sweref99-1800');
    const zip = zipSync(
      Object.fromEntries(
        ['shp', 'shx', 'dbf', 'prj'].map((ext) => [
          `stadsdelar.${ext}`,
          new Uint8Array(readFileSync(join(dir, `stadsdelar.${ext}`))),
        ]),
      ),
    );
    await opened.page.getByTestId('file-input').setInputFiles({
      name: 'stadsdelar.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
    const row = opened.page.getByTestId('dataset').filter({ hasText: 'stadsdelar.zip' });
    await expect.poll(() => row.innerText(), { timeout: 60_000 }).toMatch(/117 objekt inlästa/);
    expect(await row.innerText()).toMatch(/SWEREF 99 18 00/);
    await expect
      .poll(() => opened.page.getByTestId('area-table').innerText())
      .toMatch(/SKÄRHOLMEN/);
  });

  it('joins a survey table to the areas by name and reports what did not match', async () => {
    const table = Buffer.from(
      'Stadsdel;Andel otrygga (%)\nSTADSHAGEN;16 %\nFredhäll;7,5\nÖstra S:t Göran;15\n',
      'latin1',
    );
    await opened.page
      .getByTestId('file-input')
      .setInputFiles({ name: 'trygghet.csv', mimeType: 'text/csv', buffer: table });
    await opened.page.getByTestId('show-indicator').click();
    const report = opened.page.getByTestId('indicator');
    await expect
      .poll(() => report.innerText(), { timeout: 30_000 })
      .toMatch(/2 områden fick ett värde\. Rader utan matchande område: Östra S:t Göran/);
    expect(await opened.page.getByTestId('legend').innerText()).toMatch(
      /Andel otrygga \(%\) \(trygghet\.csv\)/,
    );
  });

  it('reads a 20 MB export in parts side by side, every row of it', async () => {
    // Over two parts' worth (8 MB each): on a device with more than one core, a helper worker reads a part.
    const big = Buffer.from(largeOffencesCsv(180_000, 21));
    expect(big.length).toBeGreaterThan(16 * 2 ** 20);
    const cores = await opened.page.evaluate(() => navigator.hardwareConcurrency);
    await opened.page
      .getByTestId('file-input')
      .setInputFiles({ name: 'stor-export.csv', mimeType: 'text/csv', buffer: big });
    // Progress shows beside the input the user just used, not only at the panel's top.
    await opened.page.getByTestId('file-progress').waitFor({ timeout: 30_000 });
    const row = opened.page.getByTestId('dataset').filter({ hasText: 'stor-export.csv' });
    await expect
      .poll(() => row.innerText(), { timeout: 120_000 })
      .toMatch(/180\s000 rader inlästa/);
    if (cores > 1)
      expect(opened.page.workers().some((w) => w.url().includes('csvPart.worker'))).toBe(true);
  });
});
