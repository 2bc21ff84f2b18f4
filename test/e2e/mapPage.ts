import type { Page } from 'playwright-core';

/** Taps at fractions of the map's box, as a finger would. */
export async function tapMap(page: Page, fx: number, fy: number): Promise<void> {
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
  await page.waitForTimeout(250);
}

/** The map's camera as it last reported it: [lon, lat, zoom]. */
export async function mapCamera(page: Page): Promise<number[]> {
  return ((await page.getByTestId('map').getAttribute('data-camera')) ?? '').split(',').map(Number);
}

/** Whether deck.gl's tooltip is shown anywhere on the page. */
export const tooltipShown = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.deck-tooltip')].some(
      (t) => t.style.display !== 'none' && t.innerText.trim() !== '',
    ),
  );
