import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, waitForServiceWorkerControl, type AppServer } from './appServer';
import { openPage, OUTPUT_DIR, waitForMapReady, type OpenedPage } from './browser';
import { tapMap } from './mapPage';

const TABLET = { width: 1024, height: 768 };
const SECRET = 'GPS-HEMLIG-59.3300-18.0300';

/**
 * A 2400×1800 camera-sized JPEG made by the browser's own encoder, with an EXIF segment
 * (APP1) spliced in after the start marker carrying a GPS-like secret, as a phone writes one.
 */
async function cameraJpeg(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(2400, 1800);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#2a6f97';
    ctx.fillRect(0, 0, 2400, 1800);
    ctx.fillStyle = '#f4a261';
    ctx.fillRect(300, 300, 1200, 900);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  const jpeg = Buffer.from(bytes);
  const tiff = Buffer.concat([
    Buffer.from('Exif\0\0MM\0*\0\0\0\x08\0\0\0\0\0\0', 'latin1'),
    Buffer.from(SECRET, 'latin1'),
  ]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, 0]), tiff]);
  app1.writeUInt16BE(tiff.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

async function openWalkView(page: Page): Promise<void> {
  await waitForMapReady(page);
  await page.getByTestId('view-walk').tap();
  await page.getByTestId('walk-panel').waitFor();
}

describe('a walk planned by finger, walked offline, and found again after the tab was killed', () => {
  let server: AppServer;
  let opened: OpenedPage;
  let page: Page;
  let jpeg: Buffer;

  beforeAll(async () => {
    server = await startAppServer();
    opened = await openPage(server.url, TABLET, { hasTouch: true, serviceWorker: true });
    page = opened.page;
    await waitForMapReady(page);
    await waitForServiceWorkerControl(page);
  });

  afterAll(async () => {
    await opened?.context.close();
    await server?.close();
  });

  it('plans a walk by tapping: route, a stop, length, time and dusk', async () => {
    await openWalkView(page);
    await page.getByTestId('walk-new').tap();
    await page.getByTestId('walk-name').fill('Kvällsvandring Marieberg');
    await page.getByTestId('walk-date').fill('2024-10-15');
    await page.getByTestId('walk-draw').tap();
    for (const [fx, fy] of [
      [0.3, 0.5],
      [0.45, 0.45],
      [0.6, 0.5],
      [0.7, 0.6],
    ])
      await tapMap(page, fx, fy);
    await page.getByTestId('walk-draw-done').tap();
    await page.getByTestId('walk-add-stop').tap();
    await tapMap(page, 0.45, 0.45);
    await expect.poll(() => page.getByTestId('walk-stops').locator('li').count()).toBe(1);
    const length = Number((await page.getByTestId('walk-length').innerText()).replace(/\D/g, ''));
    console.log(`route drawn by four taps: ${length} m`);
    expect(length).toBeGreaterThan(500);
    expect(await page.getByTestId('walk-minutes').innerText()).toMatch(/^\d+ min/);
    // Sunset and civil dusk in Stockholm on 15 October 2024 (suncalc).
    expect(await page.getByTestId('walk-sunset').innerText()).toBe('17:39');
    expect(await page.getByTestId('walk-dusk').innerText()).toBe('18:20');
    // Offences along the route by category, with the privacy threshold.
    await page.getByTestId('walk-offences').waitFor();
    expect(await page.getByTestId('walk-offences').innerText()).toMatch(/Totalt\s+[\d\s]+/);
  });

  it('has touch targets of at least 48 px in the field mode', async () => {
    await page.getByTestId('walk-tab-field').tap();
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.walk-panel button, .walk-panel .walk-file-button, .walk-panel select, .walk-panel input:not([type=file])',
        ),
      ]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.height < 48)
        .map((r) => Math.round(r.height)),
    );
    expect(small).toEqual([]);
  });

  it('adds observations with a photo while offline; the photo is downscaled and loses its EXIF', async () => {
    await server.close();
    await opened.context.setOffline(true);
    jpeg = await cameraJpeg(page);
    expect(jpeg.includes(Buffer.from(SECRET))).toBe(true);

    // "Du är här": refused first (a Swedish message), then allowed with a fix.
    await page.getByTestId('walk-locate').tap();
    await expect
      .poll(() => page.getByTestId('walk-location-error').innerText())
      .toMatch(/^Platsen är avstängd för Lägeskartan\. Tillåt plats/);
    // A refusal ends the watch, so one tap after allowing starts it again.
    await opened.context.grantPermissions(['geolocation']);
    await opened.context.setGeolocation({ latitude: 59.3286, longitude: 18.0125, accuracy: 12 });
    await page.getByTestId('walk-locate').tap();
    await page.getByText('Du är här (±12 m).').waitFor();

    await page.getByTestId('walk-observe-here').tap();
    const form = page.getByTestId('walk-observation-form');
    expect(await form.innerText()).toMatch(/Plats 59\.32860, 18\.01250/);
    await form.waitFor();
    await form.getByRole('button', { name: 'Belysning' }).tap();
    await form.getByRole('button', { name: 'Hög' }).tap();
    await page.getByTestId('walk-observation-text').fill('Trasig lampa vid gångtunneln');
    await page
      .getByTestId('walk-photo-input')
      .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await form.getByTestId('walk-photo').waitFor();
    await page.getByTestId('walk-observation-done').tap();

    // A second one is left as a draft, as when the tab dies mid-sentence.
    await page.getByTestId('walk-observe-tap').tap();
    await tapMap(page, 0.6, 0.5);
    await page.getByTestId('walk-observation-text').fill('Buskar skymmer sikten');
    await expect.poll(() => page.getByTestId('walk-observations').locator('li').count()).toBe(2);
  });

  it('finds the walk, both observations and the photo after the tab is killed and reopened offline', async () => {
    await page.waitForTimeout(500); // the last keystroke's write
    await page.close();
    page = await opened.context.newPage();
    page.on('pageerror', (e) => opened.pageErrors.push(e.message));
    await page.goto(server.url);
    await openWalkView(page);
    // The walk comes back from the store a moment after the view opens.
    await expect
      .poll(() => page.getByTestId('walk-select').inputValue(), { timeout: 30_000 })
      .toMatch(/^walk:/);
    await expect.poll(() => page.getByTestId('walk-stops').locator('li').count()).toBe(1);
    await page.getByTestId('walk-tab-field').tap();
    const rows = page.getByTestId('walk-observations').locator('li');
    await expect.poll(() => rows.count()).toBe(2);
    const texts = await rows.allInnerTexts();
    expect(texts.join('\n')).toMatch(/Belysning\s+–\s+Trasig lampa vid gångtunneln/);
    expect(texts.join('\n')).toMatch(/\(utkast\)\s+–\s+Buskar skymmer sikten/);

    await rows.filter({ hasText: 'Trasig lampa' }).getByRole('button').tap();
    const img = page.getByTestId('walk-observation-form').getByTestId('walk-photo');
    await img.waitFor();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1600);
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalHeight)).toBe(1200);
    await page.getByTestId('walk-observation-done').tap();
  });
  it('exports the protocol as a zip with the photo as a file, downscaled and without EXIF', async () => {
    await page.getByTestId('walk-tab-after').tap();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('walk-protocol-zip').tap(),
    ]);
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const photos = Object.keys(zip).filter((k) => k.startsWith('foton/'));
    expect(photos).toHaveLength(1);
    const stored = Buffer.from(zip[photos[0]]);
    console.log(`photo: ${jpeg.length} B camera file → ${stored.length} B stored`);
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(stored.includes(Buffer.from(SECRET))).toBe(false);
    expect(strFromU8(zip['observationer.csv'])).toMatch(
      /Belysning;negativ;hög;Trasig lampa vid gångtunneln/,
    );
  });

  it('makes the protocol and an action list, and prints the route card and the protocol on A4', async () => {
    await page.getByTestId('walk-tab-after').tap();
    await page.getByTestId('walk-make-action').first().tap();
    await page.getByTestId('walk-action-responsible').fill('Trafikkontoret');
    await page.getByTestId('walk-action-status').selectOption('pågår');
    await page.evaluate(() => (window.print = () => {}));
    await page.getByTestId('walk-print-protocol').tap();
    await page.getByTestId('walk-sheet-protocol').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    await page.locator('.walk-print .walk-photo').first().waitFor();
    writeFileSync(
      join(OUTPUT_DIR, 'walk-protocol-print.png'),
      await page.screenshot({ fullPage: true }),
    );
    const protocol = await page.locator('.walk-print').innerText();
    expect(protocol).toMatch(/Protokoll: Kvällsvandring Marieberg/);
    expect(protocol).toMatch(
      /Belysning[\s\S]*Trasig lampa vid gångtunneln[\s\S]*Åtgärd: .*Trafikkontoret, pågår/,
    );
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('walk-tab-plan').tap();
    await page.getByTestId('walk-print-card').tap();
    await page.emulateMedia({ media: 'print' });
    writeFileSync(
      join(OUTPUT_DIR, 'walk-route-card-print.png'),
      await page.screenshot({ fullPage: true }),
    );
    const card = await page.locator('.walk-print').innerText();
    expect(card).toMatch(/Kvällsvandring Marieberg[\s\S]*2024-10-15[\s\S]*Solnedgång\s+17:39/);
    await page.emulateMedia({ media: 'screen' });
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
