import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTabletPage, OUTPUT_DIR, type OpenedPage } from './browser';
import { mapCamera } from './mapPage';

/** A route due east along Fleminggatan, about 900 m, without waypoints: the stops are tapped. */
const START: [number, number] = [18.022, 59.3335];
const END: [number, number] = [18.038, 59.3335];
const GPX = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <rte><name>Fleminggatan</name>
    <rtept lat="${START[1]}" lon="${START[0]}"/><rtept lat="${END[1]}" lon="${END[0]}"/>
  </rte>
</gpx>`;

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/** Taps the map at a longitude and latitude, placed from the camera the map reports. */
async function tapAt(page: Page, [lon, lat]: [number, number]): Promise<void> {
  const [cLon, cLat, zoom] = await mapCamera(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  const scale = 512 * 2 ** zoom; // maplibre's world size in pixels at this zoom
  await page.touchscreen.tap(
    box.x + box.width / 2 + (mercatorX(lon) - mercatorX(cLon)) * scale,
    box.y + box.height / 2 + (mercatorY(lat) - mercatorY(cLat)) * scale,
  );
  await page.waitForTimeout(250);
}

const stopNames = (page: Page) =>
  page
    .getByTestId('walk-stops')
    .locator('input')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

/** A tablet walk-through (1024×768, touch): stops in route order, and a tapped meeting point. */
describe('the walk’s stops in route order, and a meeting point set on the map', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openTabletPage(inject('baseUrl'));
    page = opened.page;
    await page.getByTestId('view-walk').tap();
    await page.getByTestId('walk-route-file').setInputFiles({
      name: 'fleminggatan.gpx',
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(GPX),
    });
    await page.getByTestId('walk-length').waitFor();
    await page.waitForTimeout(1500); // the fit to the route
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('numbers a stop tapped near the start after one near the end as stop 1', async () => {
    await page.getByTestId('walk-add-stop').tap();
    await tapAt(page, [END[0] - 0.001, END[1] + 0.0002]);
    await page.getByLabel('Namn på stopp 1').fill('Slutet');
    await page.getByTestId('walk-add-stop').tap();
    await tapAt(page, [START[0] + 0.001, START[1] - 0.0002]);
    await expect.poll(() => stopNames(page)).toEqual(['Stopp 1', 'Slutet']);
    const numbers = await page.locator('.walk-stop-number').allInnerTexts();
    expect(numbers).toEqual(['1', '2']);
    await page.getByTestId('walk-stops').scrollIntoViewIfNeeded();
    writeFileSync(join(OUTPUT_DIR, 'walk-stop-order-plan-1024.png'), await page.screenshot());
  });

  it('has an Avbryt of at least 44 px while a tap places a stop', async () => {
    await page.getByTestId('walk-add-stop').tap();
    const cancel = page.getByRole('button', { name: 'Avbryt' });
    const box = (await cancel.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await cancel.tap();
    await expect.poll(() => cancel.count()).toBe(0);
  });

  it('moves a stop by hand with buttons at least 44 px that name the stop', async () => {
    const down = page.getByRole('button', { name: 'Flytta ned stopp 1, Stopp 1' });
    const box = (await down.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await down.tap();
    await expect.poll(() => stopNames(page)).toEqual(['Slutet', 'Stopp 2']);
    // The moved stop keeps the focus at its new place: its "up" button, as it is now last.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Flytta upp stopp 2, Stopp 2');
  });

  it('prints a meeting point set only on the map as the place it was set', async () => {
    // A route read from a file gathers at its start; the meeting point is moved 30 m west of it.
    await page.getByRole('button', { name: 'Flytta mötesplatsen (tryck på kartan)' }).tap();
    await tapAt(page, [START[0] - 0.0005, START[1]]);
    await page.evaluate(() => (window.print = () => {}));
    await page.getByTestId('walk-print-card').tap();
    await page.getByTestId('walk-sheet-card').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    writeFileSync(
      join(OUTPUT_DIR, 'walk-stop-order-card-print.png'),
      await page.screenshot({ fullPage: true }),
    );
    const card = await page.locator('.walk-print').innerText();
    expect(card).toMatch(/Samling: markerad på kartan \(59,33\d\d N, 18,021\d E\)/);
    expect(card).toMatch(/Stopp\s+Slutet\s+Stopp 2/);
    await page.emulateMedia({ media: 'screen' });
  });

  it('heads the protocol with the meeting point and no empty part', async () => {
    await page.getByTestId('walk-tab-after').tap();
    await page.getByTestId('walk-print-protocol').tap();
    await page.getByTestId('walk-sheet-protocol').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const head = await page.locator('.walk-print .walk-sheet-when').innerText();
    expect(head).toMatch(
      / · Samling: markerad på kartan \(59,33\d\d N, 18,021\d E\) · 0 observationer$/,
    );
    expect(head).not.toMatch(/·\s*·/);
    await page.emulateMedia({ media: 'screen' });
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
