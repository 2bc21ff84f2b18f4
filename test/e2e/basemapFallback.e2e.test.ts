import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';

/** There is no network here, exactly like a tablet out of coverage: online basemaps must fail gracefully. */
describe('an online basemap that cannot be reached', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'));
    await waitForMapReady(opened.page);
    await openSection(opened.page, 'Inställningar');
    await opened.page.getByTestId('basemap').selectOption('osm');
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('falls back to the built-in map and says so in one line', async () => {
    const notice = opened.page.locator('.basemap-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toMatch(/Visar den inbyggda kartan/);
  });

  it('keeps showing the areas and the built-in attribution', async () => {
    await opened.page.locator('.basemap-notice').waitFor({ timeout: 30_000 });
    const attribution = opened.page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attribution.innerText(), { timeout: 20_000 }).toMatch(/Demodata/);
    expect(await opened.page.getByTestId('area-table').locator('tbody tr').count()).toBeGreaterThan(
      10,
    );
  });
});
