import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, waitForServiceWorkerControl, type AppServer } from './appServer';
import { openPage, waitForMapReady, type OpenedPage } from './browser';

describe('a new version published while the app is installed', () => {
  let server: AppServer;
  let opened: OpenedPage;

  beforeAll(async () => {
    server = await startAppServer();
    opened = await openPage(server.url, undefined, { serviceWorker: true });
    await waitForMapReady(opened.page);
    await waitForServiceWorkerControl(opened.page);
    // A later start, as the user would open the app again; then a deployment.
    await opened.page.reload();
    await waitForMapReady(opened.page);
    server.publishNextVersion();
  });

  afterAll(async () => {
    await opened?.context.close();
    await server?.close();
  });

  it('is offered in Swedish on the next start, with Uppdatera and Senare', async () => {
    await opened.page.reload();
    const prompt = opened.page.getByTestId('update-prompt');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.innerText()).toMatch(/Ny version finns/);
    expect(await prompt.getByRole('button', { name: 'Uppdatera' }).isVisible()).toBe(true);
    expect(await prompt.getByRole('button', { name: 'Senare' }).isVisible()).toBe(true);
  });

  it('takes over and reloads the page on Uppdatera', async () => {
    await opened.page.evaluate(() => ((window as { oldPage?: boolean }).oldPage = true));
    const reloaded = opened.page.waitForEvent('load');
    await opened.page.getByRole('button', { name: 'Uppdatera' }).click();
    await reloaded;
    await waitForMapReady(opened.page);
    expect(await opened.page.evaluate(() => (window as { oldPage?: boolean }).oldPage)).toBe(
      undefined,
    );
    const nothingWaiting = await opened.page.evaluate(
      async () => (await navigator.serviceWorker.ready).waiting === null,
    );
    expect(nothingWaiting).toBe(true);
    expect(await opened.page.getByTestId('update-prompt').count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
