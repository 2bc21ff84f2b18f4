import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, OUTPUT_DIR, waitForMapReady, type OpenedPage } from './browser';

const TILES = 'https://api.lantmateriet.se/**';

/** One solid magenta 256 px PNG for every tile: unmistakable on the map. */
function tilePng(): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([230, 0, 200, 255], i);
  return PNG.sync.write(png);
}

/** A local tile server on loopback, standing in for Lantmäteriet's web map. */
async function startTileServer(): Promise<{ server: Server; port: number; served: () => number }> {
  const body = tilePng();
  let served = 0;
  const server = createServer((req, res) => {
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(404).end();
      return;
    }
    served++;
    res.writeHead(200, { 'Content-Type': 'image/png' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, port, served: () => served };
}

const GPX = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="59.3325" lon="18.0400"><name>Parken</name></wpt>
  <rte><name>Marieberg runt</name>
    <rtept lat="59.3320" lon="18.0300"/><rtept lat="59.3330" lon="18.0450"/><rtept lat="59.3285" lon="18.0500"/>
  </rte>
</gpx>`;

describe('an area pack: the online basemap around the route, saved and used with the network cut', () => {
  let opened: OpenedPage;
  let tiles: Awaited<ReturnType<typeof startTileServer>>;
  let blocked = 0;

  beforeAll(async () => {
    tiles = await startTileServer();
    opened = await openPage(inject('baseUrl'), { width: 1024, height: 768 }, { hasTouch: true });
    const { page } = opened;
    // The app writes its settings once it has started: wait, so ours are not overwritten.
    await waitForMapReady(page);
    await page.evaluate(() =>
      localStorage.setItem(
        'lageskartan.settings.v1',
        JSON.stringify({
          basemap: 'lantmateriet',
          lantmaterietKey: 'testnyckel',
          privacyThreshold: 3,
        }),
      ),
    );
    // Lantmäteriet's address is answered by the local server: no request leaves the machine.
    await page.route(TILES, async (route) => {
      const m = /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(route.request().url());
      if (!m) return route.abort('failed');
      const res = await fetch(`http://127.0.0.1:${tiles.port}/${m[1]}/${m[2]}/${m[3]}.png`);
      await route.fulfill({
        status: res.status,
        body: Buffer.from(await res.arrayBuffer()),
        headers: { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' },
      });
    });
    await page.reload();
    await waitForMapReady(page);
  });

  afterAll(async () => {
    await opened?.context.close();
    await new Promise((resolve) => tiles?.server.close(resolve));
  });

  it('imports a GPX route as a walk and saves the map around it, with an estimate and progress', async () => {
    const { page } = opened;
    await page.getByTestId('view-walk').tap();
    await page.getByTestId('walk-route-file').setInputFiles({
      name: 'marieberg.gpx',
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(GPX),
    });
    await page.getByTestId('walk-stops').waitFor();
    expect(await page.getByTestId('walk-stops').locator('input').inputValue()).toBe('Parken');
    const estimate = await page.getByTestId('walk-pack-estimate').innerText();
    console.log(`area pack estimate: ${estimate}`);
    expect(estimate).toMatch(/zoom 13–17: \d+ delar, cirka [\d,]+ MB/);
    const before = tiles.served();
    await page.getByTestId('walk-pack-save').tap();
    const status = page.getByTestId('walk-pack-status');
    await status.waitFor({ timeout: 120_000 });
    const text = await status.innerText();
    console.log(`area pack: ${text} (${tiles.served() - before} tiles from the local server)`);
    expect(text).toMatch(/Kartan för vandringen är sparad: \d+ delar/);
    const saved = Number(/sparad: (\d+) delar/.exec(text)![1]);
    expect(saved).toBe(Number(/: (\d+) delar/.exec(estimate)![1]));
    expect(tiles.served() - before).toBeGreaterThanOrEqual(saved);
  });

  it('draws the route’s map from the pack after the network is cut and the page reloaded', async () => {
    const { page } = opened;
    await new Promise((resolve) => tiles.server.close(resolve));
    await page.unroute(TILES);
    await page.route(TILES, (route) => {
      blocked++;
      return route.abort('internetdisconnected');
    });
    const servedBefore = tiles.served();
    await page.reload();
    await waitForMapReady(page);
    await page.getByTestId('view-walk').tap();
    // The reopened walk is fitted on the map; its tiles come from the pack.
    await expect
      .poll(
        async () =>
          (await page
            .getByTestId('walk-pack-saved')
            .innerText()
            .catch(() => '')) || '',
        {
          timeout: 30_000,
        },
      )
      .toMatch(/\d+ av dem har visats ur det sparade paketet/);
    // Tiles read from the pack are drawn a few frames later; a busy machine needs longer.
    let shot: Buffer = Buffer.alloc(0);
    const magentaShare = async () => {
      shot = await page.getByTestId('map').screenshot();
      const png = PNG.sync.read(shot);
      let magenta = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = png.data.subarray(i, i + 3);
        // The tiles' magenta, also under the translucent district colours (green stays near 0).
        if (r > 150 && g < 40 && b > 60) magenta++;
      }
      return magenta / (png.width * png.height);
    };
    await expect.poll(magentaShare, { timeout: 30_000 }).toBeGreaterThan(0.2);
    writeFileSync(join(OUTPUT_DIR, 'walk-area-pack-offline.png'), shot);
    console.log(
      `offline from the pack: ${((await magentaShare()) * 100).toFixed(0)} % of the map shows the saved tiles; ${blocked} requests outside the pack were cut`,
    );
    expect(tiles.served()).toBe(servedBefore);
  });

  it('raised no page errors', () => {
    // Tiles outside the pack fail with the network cut, and Chromium logs each failed request itself.
    const ours = opened.pageErrors.filter(
      (e) => e !== 'console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
    );
    expect(ours).toEqual([]);
  });
});
