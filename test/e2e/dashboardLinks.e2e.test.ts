import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, OUTPUT_DIR, waitForMapReady, type OpenedPage } from './browser';
import { mapCamera } from './mapPage';

describe('the dashboard at 1280×800', () => {
  let opened: OpenedPage | undefined;

  afterEach(async () => {
    expect(opened?.pageErrors).toEqual([]);
    await opened?.context.close();
  });

  it('fits the map to a stadsdel chosen in the area table', async () => {
    opened = await openPage(inject('baseUrl'));
    const { page } = opened;
    await waitForMapReady(page);
    const [lon0, lat0, zoom0] = await mapCamera(page);
    await page.getByTestId('area-table').locator('tbody tr', { hasText: 'Lilla Essingen' }).click();
    await expect.poll(async () => (await mapCamera(page))[2]).toBeGreaterThan(zoom0 + 0.5);
    const [lon, lat] = await mapCamera(page);
    console.log(`camera ${lon0},${lat0},${zoom0} → ${(await mapCamera(page)).join(',')}`);
    // Lilla Essingen lies south-west of the middle of Kungsholmen.
    expect(lon).toBeLessThan(lon0);
    expect(lat).toBeLessThan(lat0);
    expect(await page.getByTestId('area-table').locator('tr.selected').innerText()).toMatch(
      /Lilla Essingen/,
    );
    await page.waitForTimeout(500);
    writeFileSync(join(OUTPUT_DIR, 'dashboard-row-fit-1280.png'), await page.screenshot());
  });

  it('tells the stadsdelsområde totals from the stadsdel of the same name', async () => {
    opened = await openPage(inject('baseUrl'));
    const { page } = opened;
    await waitForMapReady(page);
    const foot = page.getByTestId('area-table').locator('tfoot');
    expect(await foot.locator('tr').first().innerText()).toBe('Stadsdelsområden, totalt');
    expect(await foot.innerText()).toMatch(/Kungsholmen/);
    expect(await page.getByTestId('area-table').locator('tbody').innerText()).toMatch(
      /Kungsholmen/,
    );
  });

  it('says in Swedish what a link asked for that could not be shown, until closed', async () => {
    opened = await openPage(`${inject('baseUrl')}?o=district:Atlantis&m=satellite`);
    const { page } = opened;
    await waitForMapReady(page);
    const notice = page.getByTestId('link-notice');
    await expect.poll(() => notice.innerText()).toMatch(/okänt stadsdelsområde "Atlantis"/);
    expect(await notice.innerText()).toMatch(/m=satellite/);
    writeFileSync(join(OUTPUT_DIR, 'dashboard-link-notice-1280.png'), await page.screenshot());
    await page.getByTestId('link-notice-close').click();
    expect(await notice.count()).toBe(0);
  });
});
