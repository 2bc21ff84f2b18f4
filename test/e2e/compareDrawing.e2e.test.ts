import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, openSection, OUTPUT_DIR, waitForMapReady, type OpenedPage } from './browser';
import { drawRectangle, tooltipShown } from './mapPage';

/** The address's selection keys (stadsdel, stadsdelsområde). */
const selection = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return [params.get('s'), params.get('o')];
};

/** Clicks a square's corners over the middle of the map (a stadsdel under every one) and closes it. */
async function drawSquare(page: Page): Promise<void> {
  const { x, y } = await drawRectangle(page, {
    fx: 0.45,
    fy: 0.3,
    width: 130,
    height: 110,
    by: 'mouse',
  });
  // The pointer rests over the shape, where a hover tooltip would cover it.
  await page.mouse.move(x + 60, y + 50, { steps: 4 });
  await page.waitForTimeout(400);
}

/** What a second walk-through found while drawing in Jämför ÖDS and the meeting (1280×800, mouse). */
describe('drawing on the map', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(`${inject('baseUrl')}?v=compare&ya=2023&yb=2024`);
    page = opened.page;
    await waitForMapReady(page);
    await page.getByTestId('compare-card').waitFor();
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('offers year B as the new extent’s year', async () => {
    await page.getByTestId('extent-new').click();
    expect(await page.getByTestId('extent-new-year').inputValue()).toBe('2024');
  });

  it('selects no stadsdel and shows no tooltip while an extent is drawn', async () => {
    await page.getByTestId('extent-new-name').fill('Sankt Eriksplan');
    await page.getByTestId('extent-new-year').fill('2025');
    await page.getByTestId('extent-new-start').click();
    await drawSquare(page);
    expect(selection(page)).toEqual([null, null]);
    expect(await tooltipShown(page)).toBe(false);
    writeFileSync(join(OUTPUT_DIR, 'compare-drawing-1280.png'), await page.screenshot());
  });

  it('confirms the saved extent and offers to compare with its year', async () => {
    await page.getByTestId('extent-save').click();
    expect(await page.getByTestId('extent-saved').innerText()).toBe(
      'Utbredningen Sankt Eriksplan 2025 är sparad.',
    );
    await page.getByTestId('extent-saved-compare').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('yb')).toBe('2025');
    expect(new URL(page.url()).searchParams.get('ya')).toBe('2024');
  });

  it('calls the other scenes not mapped in a year that holds only the drawing', async () => {
    const state = page.getByTestId('compare-scene-state');
    // The drawing overlaps Fridhemsplan/Stadshagen, so it continues that scene; Klara is far off.
    await expect.poll(() => state.innerText()).toContain('Sankt Eriksplan');
    const region = page.getByTestId('compare-region');
    expect(await region.innerText()).toMatch(/Klara\/Sergels torg\s+ej kartlagd 2025/);
    expect(await region.innerText()).not.toContain('upphört');
    expect(await page.locator('.compare-panel .notice').innerText()).toContain(
      '2025 har bara utbredningar ritade i kartan',
    );
    writeFileSync(join(OUTPUT_DIR, 'compare-partial-year-1280.png'), await page.screenshot());
  });

  it('selects no stadsdel and shows no tooltip while a meeting place is drawn', async () => {
    await page.getByTestId('view-meeting').click();
    await openSection(page, 'Platser och åtgärdsplaner');
    await page.getByTestId('draw-place-name').fill('Rålambshovsparken');
    await page.getByTestId('draw-place-start').click();
    await page.getByTestId('draw-place').waitFor();
    await drawSquare(page);
    expect(selection(page)).toEqual([null, null]);
    expect(await tooltipShown(page)).toBe(false);
    await page.getByTestId('draw-place').getByRole('button', { name: 'Avbryt' }).click();
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors.filter((e) => !e.includes('GL Driver Message'))).toEqual([]);
  });
});

/** The share of an element's pixels in the choropleth's warm colours (salmon, red, orange). */
async function warmShare(page: Page, testId: string): Promise<number> {
  const png = PNG.sync.read(await page.getByTestId(testId).screenshot());
  let warm = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r > 200 && g < 190 && b < 150) warm++;
  }
  return warm / (png.width * png.height);
}

/** The swipe and the two maps side by side on a tablet (1024×768, touch). */
describe('the two years on a tablet', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    // A link whose camera has Fridhemsplan left of the map's middle, opening on the swipe.
    opened = await openPage(
      `${inject('baseUrl')}?v=compare&ya=2021&yb=2024&cm=swipe&c=18.045,59.333,14`,
      { width: 1024, height: 768 },
      { hasTouch: true },
    );
    page = opened.page;
    await waitForMapReady(page);
    await page.getByTestId('swipe-handle').waitFor();
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('starts the divider through the scene when the swipe opens from a link', async () => {
    const percent = () =>
      page.getByTestId('swipe-handle').getAttribute('aria-valuenow').then(Number);
    await expect.poll(percent).toBeLessThan(45);
    expect(await percent()).toBeGreaterThanOrEqual(15);
    writeFileSync(join(OUTPUT_DIR, 'compare-swipe-link-1024.png'), await page.screenshot());
  });

  it('draws the same colours on B’s map as on A’s, and says what period they are', async () => {
    await page.getByTestId('compare-mode-side').tap();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-testid=compare-map-b]')?.dataset.mapReady ===
        'true',
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(1000);
    expect(await warmShare(page, 'compare-map-b')).toBeGreaterThan(0.2);
    expect(await page.getByTestId('compare-side-period').innerText()).toMatch(
      /^Färgerna på båda kartorna: .+, inte åren A och B\.$/,
    );
    writeFileSync(join(OUTPUT_DIR, 'compare-side-1024.png'), await page.screenshot());
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors.filter((e) => !e.includes('GL Driver Message'))).toEqual([]);
  });
});
