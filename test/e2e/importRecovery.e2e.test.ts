import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedDataPath } from '../unit/sharedData';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s / 2],
  [x, y + s / 2],
];
const geojson = (name: string, ring: number[][]) =>
  Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { namn: name },
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
      ],
    }),
  );

describe('a file that fails never breaks the next', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'));
    await waitForMapReady(opened.page);
    await openSection(opened.page, 'Data och filer');
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  const datasets = (name: string) => opened.page.getByTestId('dataset').filter({ hasText: name });

  it('refuses a GeoJSON nested 100 000 levels deep in Swedish, naming it', async () => {
    const deep = `{"type":"FeatureCollection","features":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await opened.page.getByTestId('file-input').setInputFiles({
      name: 'djup.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(deep),
    });
    await expect
      .poll(() => opened.page.getByTestId('failed-files').innerText(), { timeout: 30_000 })
      .toMatch(/djup\.geojson: är nästlad i mer än 64 nivåer/);
  });

  it('then reads a GeoJSON whose ring is not closed, closed with a note', async () => {
    // An open ring once broke every later import and removal until reload.
    await opened.page.getByTestId('file-input').setInputFiles({
      name: 'oppen.geojson',
      mimeType: 'application/geo+json',
      buffer: geojson('Öppen', square(18.02, 59.33, 0.01)),
    });
    await expect
      .poll(() => datasets('oppen.geojson').innerText(), { timeout: 30_000 })
      .toMatch(/1 objekt inlästa/);
    expect(await datasets('oppen.geojson').innerText()).toMatch(/ring var inte sluten och slöts/);
  });

  it('then reads the next file, and can still remove both', async () => {
    await opened.page.getByTestId('file-input').setInputFiles({
      name: 'ruta.geojson',
      mimeType: 'application/geo+json',
      buffer: geojson('Rutan', [...square(18.05, 59.33, 0.01), [18.05, 59.33]]),
    });
    await expect
      .poll(() => datasets('ruta.geojson').innerText(), { timeout: 30_000 })
      .toMatch(/1 objekt inlästa/);
    await opened.page.getByRole('button', { name: 'Ta bort oppen.geojson' }).click();
    await opened.page.getByRole('button', { name: 'Ta bort ruta.geojson' }).click();
    await expect
      .poll(() => datasets('.geojson').filter({ hasNotText: 'Demodata' }).count())
      .toBe(0);
    expect(opened.pageErrors).toEqual([]);
  });

  it('asks for the coordinate system of a Shapefile whose .prj it does not know, and reads it in the one chosen', async () => {
    const dir = sharedDataPath('stockholm-stadsdelar', 'shapefile-sweref99-1800');
    const part = (ext: string) => new Uint8Array(readFileSync(join(dir, `stadsdelar.${ext}`)));
    const statePlane =
      'PROJCS["NAD_1983_StatePlane_California_III_FIPS_0403",GEOGCS["GCS_North_American_1983",' +
      'DATUM["D_North_American_1983",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],' +
      'UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],UNIT["Meter",1.0]]';
    const zip = zipSync({
      'stadsdelar.shp': part('shp'),
      'stadsdelar.shx': part('shx'),
      'stadsdelar.dbf': part('dbf'),
      'stadsdelar.prj': new TextEncoder().encode(statePlane),
    });
    await opened.page.getByTestId('file-input').setInputFiles({
      name: 'kalifornien.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
    const chooser = opened.page.getByTestId('failed-crs');
    await expect.poll(() => chooser.count(), { timeout: 60_000 }).toBe(1);
    const suggested = await chooser
      .locator('optgroup[label="Passar filens koordinater"] option')
      .first()
      .innerText();
    expect(suggested).toMatch(/SWEREF 99 18 00/);
    await chooser.selectOption('EPSG:3011');
    await expect
      .poll(() => datasets('kalifornien.zip').innerText(), { timeout: 60_000 })
      .toMatch(/117 objekt inlästa/);
  });
});
