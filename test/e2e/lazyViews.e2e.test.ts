import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, waitForMapReady, type OpenedPage } from './browser';

/** Network requests of the page, by path, from the first byte on. */
function requestedPaths(opened: OpenedPage): string[] {
  const paths: string[] = [];
  opened.page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

describe('the other views load their code when first opened', () => {
  let opened: OpenedPage;
  let requested: string[];

  beforeAll(async () => {
    opened = await openPage('about:blank');
    requested = requestedPaths(opened);
    // The Jämför ÖDS panel's chunk cannot be fetched, as offline before the service worker cached it.
    await opened.page.route(/\/assets\/ComparePanel-[^/]+\.js$/, (route) => route.abort());
    await opened.page.goto(inject('baseUrl'));
    await waitForMapReady(opened.page);
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('draws the Lägesbild without fetching any other view, terra-draw or the file readers', () => {
    const assets = requested.filter((p) => p.includes('/assets/'));
    expect(assets.some((p) => /\/index-[^/]+\.js$/.test(p))).toBe(true);
    expect(
      assets.filter((p) => /(Compare|Walk|Meeting)Panel|terra-draw|geometryReaders/.test(p)),
    ).toEqual([]);
  });

  it('opens Trygghetsvandring from its tab', async () => {
    await opened.page.getByTestId('view-walk').click();
    await opened.page.getByTestId('walk-panel').waitFor();
    expect(requested.some((p) => /\/WalkPanel-[^/]+\.js$/.test(p))).toBe(true);
  });

  it('says in Swedish what to do when a view cannot be fetched, and keeps the map', async () => {
    await opened.page.getByTestId('view-compare').click();
    const error = opened.page.getByTestId('lazy-panel-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(
      /Vyn Jämför ÖDS kunde inte laddas .*Anslut till nätet och välj Ladda om sidan/s,
    );
    expect(await opened.page.locator('.maplibregl-canvas').count()).toBe(1);
  });

  it('opens the same view after Ladda om sidan once the network is back', async () => {
    await opened.page.unroute(/\/assets\/ComparePanel-[^/]+\.js$/);
    await opened.page.getByRole('button', { name: 'Ladda om sidan' }).click();
    await opened.page.getByTestId('compare-panel').waitFor();
  });
});
