import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, waitForServiceWorkerControl, type AppServer } from './appServer';
import { openPage, waitForMapReady, type OpenedPage } from './browser';

async function timeToMapReady(page: Page, open: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await open();
  await waitForMapReady(page);
  return performance.now() - t0;
}

function comparisonTotal(page: Page) {
  return page
    .getByTestId('comparison-table')
    .locator('tr', { hasText: 'Totalt (exkl. skadegörelse)' });
}

describe('after one visit, with the network cut', () => {
  let server: AppServer;
  let opened: OpenedPage;
  let onlineMs = NaN;

  beforeAll(async () => {
    server = await startAppServer();
    onlineMs = await timeToMapReady(
      (opened = await openPage(server.url, undefined, { serviceWorker: true })).page,
      async () => undefined,
    );
    await waitForServiceWorkerControl(opened.page);
  });

  afterAll(async () => {
    await opened?.context.close();
    await server?.close();
  });

  it('says once, in Swedish, that the app now works without network', async () => {
    await opened.page.getByTestId('offline-ready').waitFor({ timeout: 30_000 });
    expect(await opened.page.getByTestId('offline-ready').innerText()).toMatch(
      /Appen fungerar nu utan nät/,
    );
  });

  it('links a Swedish manifest with which Chromium finds the app installable', async () => {
    expect(await opened.page.locator('link[rel="manifest"]').count()).toBe(1);
    const cdp = await opened.context.newCDPSession(opened.page);
    const { data, errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}') as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Lägeskartan – lägesbild, trygghet och brott',
      short_name: 'Lägeskartan',
      lang: 'sv',
      display: 'standalone',
    });
    const icons = manifest.icons as { sizes: string; purpose?: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  });

  it('precaches the app shell, both workers and the demo data, and no tiles', async () => {
    const precache = await opened.page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.includes('precache'));
      if (!name) return null;
      const cache = await caches.open(name);
      const requests = await cache.keys();
      let bytes = 0;
      for (const request of requests) bytes += (await (await cache.match(request))!.blob()).size;
      return { paths: requests.map((r) => new URL(r.url).pathname), bytes };
    });
    expect(precache).not.toBeNull();
    const paths = precache!.paths.join('\n');
    console.log(
      `precache: ${precache!.paths.length} entries, ${(precache!.bytes / 1e6).toFixed(2)} MB`,
    );
    for (const file of [
      /\/index\.html$/m,
      /\/assets\/index-[^/]+\.js$/m,
      /\/assets\/index-[^/]+\.css$/m,
      /\/assets\/analysis\.worker-[^/]+\.js$/m,
      /\/assets\/maplibre-gl-worker-[^/]+\.mjs$/m,
      /\/assets\/offences\.csv-[^/]+\.gz$/m,
      /\/assets\/stadsdelar-[^/]+\.geojson$/m,
      /\/manifest\.webmanifest$/m,
    ]) {
      expect(paths).toMatch(file);
    }
    expect(precache!.paths.every((p) => !/\.(pbf|mvt)$|\/tiles?\//.test(p))).toBe(true);
  });

  it('opens, draws the map and shows the demo totals with the server gone and offline', async () => {
    await server.close();
    await opened.context.setOffline(true);
    const offlineMs = await timeToMapReady(opened.page, () => opened.page.reload());
    console.log(
      `map ready: first visit online ${onlineMs.toFixed(0)} ms, reload offline ${offlineMs.toFixed(0)} ms`,
    );
    await expect
      .poll(() => comparisonTotal(opened.page).innerText())
      .toMatch(/7\s330\s+7\s536\s+−206\s+ej säkerställd/);
  });

  it('opens the other three views offline: their lazily loaded code was precached', async () => {
    for (const [view, shown] of [
      ['compare', 'compare-panel'],
      ['walk', 'walk-panel'],
      ['meeting', 'agenda'],
    ]) {
      await opened.page.getByTestId(`view-${view}`).click();
      await opened.page.getByTestId(shown).waitFor({ timeout: 20_000 });
      expect(await opened.page.getByTestId('lazy-panel-error').count()).toBe(0);
    }
    await opened.page.getByTestId('view-dashboard').click();
  });

  it('does not repeat the offline note on the next start', async () => {
    await comparisonTotal(opened.page).waitFor();
    expect(await opened.page.getByTestId('offline-ready').count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
