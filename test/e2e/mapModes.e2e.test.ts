import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, waitForMapReady, type OpenedPage } from './browser';

describe('density surfaces in metres', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'));
    await waitForMapReady(opened.page);
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

  it('raised no page errors while switching', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
