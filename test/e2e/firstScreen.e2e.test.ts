import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, waitForMapReady, type OpenedPage } from './browser';
import { compareWithGolden, stableScreenshot } from './compareImages';

/** Share of pixels allowed to differ from the golden image (antialiasing, font hinting). */
const SCREENSHOT_TOLERANCE = 0.01;

describe('first screen on the demo data', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'));
    await waitForMapReady(opened.page);
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('draws the map with WebGL2', async () => {
    const isWebgl2 = await opened.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      return canvas?.getContext('webgl2') instanceof WebGL2RenderingContext;
    });
    expect(isWebgl2).toBe(true);
  });

  it('shows the Kungsholmen comparison for weeks 1–43, 2024 against 2023', async () => {
    const total = opened.page
      .getByTestId('comparison-table')
      .locator('tr', { hasText: 'Totalt (exkl. skadegörelse)' });
    await expect.poll(() => total.innerText()).toMatch(/7\s330\s+7\s536\s+−206\s+ej säkerställd/);
  });

  it('labels the data as demo data', async () => {
    expect(await opened.page.getByText('Demodata', { exact: true }).first().isVisible()).toBe(true);
  });

  it('looks like the golden image', async () => {
    const shot = await stableScreenshot(opened.page);
    const diff = compareWithGolden('first-screen-1280x800', shot);
    expect(diff.fraction, `see ${diff.diffPath}`).toBeLessThan(SCREENSHOT_TOLERANCE);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
