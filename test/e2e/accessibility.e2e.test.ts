import { afterEach, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';

/** axe-core on the first screen and the data panel: no serious or critical WCAG 2.1 A/AA violation. */
describe('accessibility (axe-core)', () => {
  let opened: OpenedPage | undefined;

  afterEach(async () => {
    await opened?.context.close();
    opened = undefined;
  });

  const settings = [
    { label: '1280×800', viewport: { width: 1280, height: 800 }, hasTouch: false },
    { label: '1024×768 touch', viewport: { width: 1024, height: 768 }, hasTouch: true },
  ];

  it('every panel opened, in every map mode, at 1280×800', async () => {
    opened = await openPage(inject('baseUrl'));
    const { page } = opened;
    await waitForMapReady(page);
    const summaries = page.locator('details:not([open]) > summary');
    for (let n = await summaries.count(); n > 0; n = await summaries.count()) {
      await summaries.first().click();
      if ((await summaries.count()) === n) break;
    }
    const modes = page.locator('[data-testid^="map-mode-"]');
    const found: unknown[] = [];
    let checked = 0;
    for (let i = 0; i < (await modes.count()); i++) {
      const mode = modes.nth(i);
      if (await mode.isDisabled()) continue;
      const name = await mode.getAttribute('data-testid');
      await mode.check();
      await page.waitForFunction(() => document.body.dataset.mapReady === 'true');
      found.push(...(await seriousAxeViolations(page)).map((v) => ({ mode: name, ...v })));
      checked++;
    }
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(await page.locator('details[open]').count()).toBeGreaterThanOrEqual(3);
  });

  for (const { label, viewport, hasTouch } of settings) {
    it(`the first screen at ${label}`, async () => {
      opened = await openPage(inject('baseUrl'), viewport, { hasTouch });
      await waitForMapReady(opened.page);
      expect(await seriousAxeViolations(opened.page)).toEqual([]);
    });

    it(`the data panel with a refused file at ${label}`, async () => {
      opened = await openPage(inject('baseUrl'), viewport, { hasTouch });
      await waitForMapReady(opened.page);
      await openSection(opened.page, 'Data och filer');
      await opened.page.getByTestId('file-input').setInputFiles({
        name: 'datum.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Datum;Brottskategori;X;Y\n05/03/2024;Våldsbrott;6580120;672210\n'),
      });
      await expect
        .poll(() => opened!.page.getByTestId('failed-date-order').count(), { timeout: 30_000 })
        .toBe(1);
      expect(await seriousAxeViolations(opened.page)).toEqual([]);
    });
  }
});
