import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTabletPage, type OpenedPage } from './browser';
import { compareWithGolden, stableScreenshot } from './compareImages';

const SCREENSHOT_TOLERANCE = 0.01;

/** A fixed route past Fridhemsplan with two named stops: the same walk on every run. */
const GPX = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="59.3322" lon="18.0295"><name>Fridhemsplan</name></wpt>
  <wpt lat="59.3352" lon="18.0330"><name>Sankt Göransparken</name></wpt>
  <rte><name>Kvällsvandring Fridhemsplan</name>
    <rtept lat="59.3318" lon="18.0270"/><rtept lat="59.3322" lon="18.0295"/>
    <rtept lat="59.3340" lon="18.0310"/><rtept lat="59.3352" lon="18.0330"/>
    <rtept lat="59.3345" lon="18.0370"/>
  </rte>
</gpx>`;

/** The walk view as planned on the tablet (1024×768, touch): the view's golden image. */
describe('the walk view planned on a tablet', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openTabletPage(inject('baseUrl'));
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('plans a walk read from a route file, with its stops, time and dusk', async () => {
    await page.getByTestId('view-walk').tap();
    await page.getByTestId('walk-route-file').setInputFiles({
      name: 'fridhemsplan.gpx',
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(GPX),
    });
    await expect.poll(() => page.getByTestId('walk-stops').locator('li').count()).toBe(2);
    await page.getByTestId('walk-date').fill('2025-10-15');
    await page.getByTestId('walk-date').blur();
    await expect.poll(() => page.getByTestId('walk-length').innerText()).toMatch(/\d/);
    await page.getByTestId('walk-suggestions').waitFor();
  });

  it('looks like the golden image', async () => {
    // Typing the date scrolled the panel: the image shows its top.
    await page.evaluate(() => document.querySelector('.panel')?.scrollTo(0, 0));
    const shot = await stableScreenshot(page);
    const diff = compareWithGolden('walk-plan-1024x768-touch', shot);
    expect(diff.fraction, `see ${diff.diffPath}`).toBeLessThan(SCREENSHOT_TOLERANCE);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
