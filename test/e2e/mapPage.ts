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

/**
 * Draws a closed rectangle on the map with the drawing tool: its corners one at a time and the
 * first again, by finger or mouse. (fx, fy) is its north-west corner as fractions of the map's
 * box, width and height in pixels. Returns that corner in page pixels.
 */
export async function drawRectangle(
  page: Page,
  {
    fx,
    fy,
    width,
    height,
    by,
  }: { fx: number; fy: number; width: number; height: number; by: 'touch' | 'mouse' },
): Promise<{ x: number; y: number }> {
  const map = (await page.getByTestId('map').boundingBox())!;
  const [x, y] = [map.x + map.width * fx, map.y + map.height * fy];
  for (const [dx, dy] of [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
    [0, 0],
  ]) {
    if (by === 'touch') await page.touchscreen.tap(x + dx, y + dy);
    else await page.mouse.click(x + dx, y + dy);
    await page.waitForTimeout(300);
  }
  return { x, y };
}
