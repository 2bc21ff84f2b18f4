import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';

describe('density surfaces in metres', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'));
    await waitForMapReady(opened.page);
    await openSection(opened.page, 'Kartvisning');
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('switches to a KDE heat map with its bandwidth in the legend', async () => {
    await opened.page.getByTestId('map-mode-kde').check();
    await expect
      .poll(() => opened.page.getByTestId('legend').innerText())
      .toMatch(/KDE 150 m, celler 25 m/);
  });

  it('switches to hexagons with whole-number classes', async () => {
    await opened.page.getByTestId('map-mode-hexagon').check();
    const legend = opened.page.getByTestId('legend');
    await expect.poll(() => legend.innerText()).toMatch(/Antal brott per hexagon \(sida 100 m\)/);
    expect(await legend.innerText()).not.toMatch(/\d,\d\d/);
  });

  it('draws individual offences once few enough are in view', async () => {
    const page = opened.page;
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no size');
    // Off by default, so a projector never shows single offences unasked.
    await page.getByTestId('show-raw-points').check();
    await expect.poll(() => page.getByTestId('points-in-view').innerText()).toMatch(/zooma in/);
    for (let k = 0; k < 4; k++) {
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.42);
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(1000);
    }
    await expect
      .poll(() => page.getByTestId('points-in-view').innerText(), { timeout: 30_000 })
      .toMatch(/visas som punkter/);
  });

  it('raised no page errors while switching', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
