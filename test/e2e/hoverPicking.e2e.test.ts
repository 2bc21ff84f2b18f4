import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMapReady, type OpenedPage } from './browser';

/**
 * deck.gl's hover picking reads pixels back from the GPU synchronously. It
 * must run when the pointer moves over the map, and never for a mousemove
 * that did not move (browsers send those after scrolling or when content
 * changes under a resting pointer): readPixels calls are counted.
 */
let opened: OpenedPage | undefined;

afterEach(async () => {
  await opened?.context.close();
  opened = undefined;
});

async function countReadPixels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { readPixelsCalls: number };
    w.readPixelsCalls = 0;
    for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
      const original = proto.readPixels;
      proto.readPixels = function (this: WebGLRenderingContext, ...args: unknown[]) {
        w.readPixelsCalls++;
        return (original as (...a: unknown[]) => void).apply(this, args);
      } as typeof proto.readPixels;
    }
  });
}

const readPixelsCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { readPixelsCalls: number }).readPixelsCalls);

/** Two animation frames: deck.gl picks on the frame after the event. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('hover picking', () => {
  it('reads pixels when the pointer moves over the map, not for a mousemove in place', async () => {
    opened = await openPage(inject('baseUrl'));
    const { page } = opened;
    await waitForMapReady(page);
    await countReadPixels(page);
    const box = await page.locator('.maplibregl-canvas').first().boundingBox();
    if (!box) throw new Error('no map canvas');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.waitForTimeout(500);
    await twoFrames(page);
    expect(await readPixelsCalls(page)).toBeGreaterThan(0);

    await page.evaluate(
      () => ((window as unknown as { readPixelsCalls: number }).readPixelsCalls = 0),
    );
    // What the browser sends when content changes under a resting pointer: same place, no movement.
    await page.evaluate(
      ([cx, cy]) => {
        const target = document.elementFromPoint(cx, cy) as Element;
        for (let k = 0; k < 5; k++) {
          target.dispatchEvent(
            new MouseEvent('mousemove', { clientX: cx, clientY: cy, bubbles: true }),
          );
        }
      },
      [x, y],
    );
    await page.waitForTimeout(500);
    await twoFrames(page);
    expect(await readPixelsCalls(page)).toBe(0);
  });
});
