import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, OUTPUT_DIR, waitForMapReady, type OpenedPage } from './browser';
import { mapCamera, tapMap } from './mapPage';

const TABLET = { width: 1024, height: 768 };

/** What a second walk-through on a tablet (1024×768, touch) found in the walk view. */
describe('the walk view on a tablet, second trip', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'), TABLET, { hasTouch: true });
    page = opened.page;
    await waitForMapReady(page);
    await page.getByTestId('view-walk').tap();
    await page.getByTestId('walk-new').tap();
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('starts with the legend folded, and open it stays inside the map', async () => {
    const legend = page.getByTestId('legend');
    expect(await legend.getByRole('button', { name: 'Visa teckenförklaring' }).count()).toBe(1);
    expect(await legend.innerText()).not.toMatch(/per hektar/);
    await legend.getByRole('button', { name: 'Visa teckenförklaring' }).tap();
    const map = (await page.getByTestId('map').boundingBox())!;
    const box = (await legend.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    writeFileSync(join(OUTPUT_DIR, 'walk-trip2-legend-open-1024.png'), await page.screenshot());
    await legend.getByRole('button', { name: 'Dölj teckenförklaring' }).tap();
  });

  it('zooms to the route once it is drawn', async () => {
    const before = await mapCamera(page);
    await page.getByTestId('walk-draw').tap();
    for (const [fx, fy] of [
      [0.4, 0.4],
      [0.5, 0.5],
      [0.6, 0.45],
    ])
      await tapMap(page, fx, fy);
    await page.getByTestId('walk-draw-done').tap();
    await expect.poll(async () => (await mapCamera(page))[2]).toBeGreaterThan(before[2] + 0.5);
    writeFileSync(join(OUTPUT_DIR, 'walk-trip2-route-fitted-1024.png'), await page.screenshot());
  });

  it('lists suggestions in route order with where they lie, and adds one as a short stop', async () => {
    const list = page.getByTestId('walk-suggestions');
    await list.waitFor({ timeout: 30_000 });
    const labels = await list.locator('li > span').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).toMatch(/(efter [\d ,]+ (m|km)|vid starten)$/);
    await list.locator('li button').first().tap();
    const stop = page.getByTestId('walk-stops').locator('li').first();
    await stop.waitFor();
    const name = await stop.locator('input').inputValue();
    expect(name.length).toBeLessThan(50);
    // Named after the street the suggestion names first.
    expect(name).toBe(labels[0].split(':')[0]);
    expect(await stop.innerText()).toContain(labels[0].replace(/ – (efter|vid) .*$/, ''));
    await list.scrollIntoViewIfNeeded();
    writeFileSync(join(OUTPUT_DIR, 'walk-trip2-suggestions-1024.png'), await page.screenshot());
  });

  it('turns the location button back after the location is refused', async () => {
    await page.getByTestId('walk-tab-field').tap();
    const locate = page.getByTestId('walk-locate');
    await locate.tap();
    await expect.poll(() => page.getByTestId('walk-field').innerText()).toMatch(/Tillåt plats/);
    expect(await locate.innerText()).toBe('Visa var jag är');
    writeFileSync(join(OUTPUT_DIR, 'walk-trip2-geoloc-refused-1024.png'), await page.screenshot());
    await page.getByTestId('walk-tab-plan').tap();
  });

  it('keeps the camera a reloaded address names, and fits the walk without one', async () => {
    await expect.poll(() => new URL(page.url()).searchParams.get('w')).toMatch(/^walk:/);
    const url = new URL(page.url());
    url.searchParams.set('c', '18.05,59.33,11');
    await page.goto(url.toString());
    await waitForMapReady(page);
    await page.getByTestId('walk-panel').waitFor();
    await page.waitForTimeout(1000);
    expect(await mapCamera(page)).toEqual([18.05, 59.33, 11]);
    url.searchParams.delete('c');
    await page.goto(url.toString());
    await waitForMapReady(page);
    await expect.poll(async () => (await mapCamera(page))[2]).toBeGreaterThan(13);
  });

  it('says so in the header while the device is offline', async () => {
    const status = page.getByTestId('offline-status');
    expect(await status.innerText()).toBe('');
    await opened.context.setOffline(true);
    await expect.poll(() => status.innerText()).toBe('Utan nät – det du gör sparas på enheten');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.isVisible()).toBe(true);
    writeFileSync(join(OUTPUT_DIR, 'walk-trip2-offline-1024.png'), await page.screenshot());
    await opened.context.setOffline(false);
    await expect.poll(() => status.innerText()).toBe('');
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});

describe('a walk link opened on another device', () => {
  let opened: OpenedPage;

  afterAll(async () => {
    await opened?.context.close();
  });

  it('says the walk is not on this device and how to bring it', async () => {
    opened = await openPage(
      `${inject('baseUrl')}?v=walk&w=walk:fran-en-annan-platta&wm=after`,
      TABLET,
      { hasTouch: true },
    );
    const { page } = opened;
    await waitForMapReady(page);
    const notice = page.getByTestId('link-notice');
    await expect
      .poll(() => notice.innerText(), { timeout: 20_000 })
      .toMatch(/walk:fran-en-annan-platta finns inte på den här enheten/);
    expect(await notice.innerText()).toMatch(/Läs in vandring \(zip\)/);
    expect(await notice.innerText()).toMatch(/säkerhetskopia under Lägesbild › Data och filer/);
    writeFileSync(join(OUTPUT_DIR, 'walk-trip2-missing-walk-1024.png'), await page.screenshot());
    expect(opened.pageErrors).toEqual([]);
  });
});
