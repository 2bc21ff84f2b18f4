import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawRectangle } from './mapPage';
import {
  openPage,
  openSection,
  OUTPUT_DIR,
  waitForMapReady,
  type OpenedPage,
  openTabletPage,
} from './browser';
import { compareWithGolden, stableScreenshot } from './compareImages';

/** Share of pixels allowed to differ from the golden image (antialiasing, font hinting). */
const SCREENSHOT_TOLERANCE = 0.01;

/** The rows of the numbers card as text, e.g. "Yta 27,63 ha 48,52 ha +75,6 %". */
async function cardRow(page: Page, label: string): Promise<string> {
  const row = page.getByTestId('compare-numbers').locator('tr', { hasText: label }).first();
  return (await row.innerText()).replace(/\s+/g, ' ').trim();
}

/** A finger on the screen: real touch events through the DevTools protocol. */
async function touchDrag(page: Page, from: { x: number; y: number }, toX: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((toX - from.x) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: from.y }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (p: Box, q: Box) =>
  p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

const dividerPercent = async (page: Page) =>
  Number(await page.getByTestId('swipe-handle').getAttribute('aria-valuenow'));

describe('Jämför ÖDS on a tablet (1024×768, touch)', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openTabletPage(inject('baseUrl'));
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('opens from its tab, with the view in the address', async () => {
    await page.getByTestId('view-compare').tap();
    await page.getByTestId('compare-card').waitFor();
    expect(new URL(page.url()).searchParams.get('v')).toBe('compare');
  });

  it('reads Fridhemsplan 2021 against 2023 in the numbers card', async () => {
    await expect.poll(() => cardRow(page, 'Yta')).toBe('Yta 27,63 ha 48,52 ha +75,6 %');
    expect(await cardRow(page, 'Kvar båda åren')).toBe('Kvar båda åren 14,90 ha 14,90 ha');
    // 14,90 + 12,73 = 27,63: the parts add up as shown (12,72 rounded alone).
    expect(await cardRow(page, 'Försvunnen')).toContain('12,73 ha');
    expect(await cardRow(page, 'Tillkommen')).toContain('33,62 ha');
    expect(await page.getByTestId('compare-headline').innerText()).toMatch(
      /\+34,2 %\s+Våldsbrott per hektar ökade med 34,2 % medan ytan ökade med 75,6 %/,
    );
  });

  it('lists Odenplan/Observatorielunden as ended in the region', async () => {
    const region = page.getByTestId('compare-region');
    expect(await region.innerText()).toMatch(/Odenplan\/Observatorielunden\s+upphört/);
    expect(await region.innerText()).toContain('2 fortsatte, 0 nya, 1 upphörde');
  });

  it('looks like the golden image', async () => {
    const shot = await stableScreenshot(page);
    const diff = compareWithGolden('compare-1024x768-touch', shot);
    expect(diff.fraction, `see ${diff.diffPath}`).toBeLessThan(SCREENSHOT_TOLERANCE);
  });

  it('drags the swipe divider with a finger', async () => {
    await page.getByTestId('compare-mode-swipe').tap();
    const handle = page.getByTestId('swipe-handle');
    await handle.waitFor();
    // Halfway between A's west edge and B's east edge: B grew west, so right of the map's middle.
    await expect.poll(() => dividerPercent(page)).toBeGreaterThanOrEqual(57);
    expect(await dividerPercent(page)).toBeLessThanOrEqual(61);
    const box = (await handle.boundingBox())!;
    const map = (await page.getByTestId('map').boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await touchDrag(page, centre, map.x + map.width * 0.25);
    await expect.poll(() => dividerPercent(page)).toBe(25);
    expect(new URL(page.url()).searchParams.get('cm')).toBe('swipe');
  });

  it('moves the divider with the keyboard too', async () => {
    await page.getByTestId('swipe-handle').focus();
    await page.keyboard.press('ArrowRight');
    expect(await dividerPercent(page)).toBe(27);
  });

  it('shows year B on a second map beside the first', async () => {
    await page.getByTestId('compare-mode-side').tap();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-testid=compare-map-b]')?.dataset.mapReady ===
        'true',
      undefined,
      { timeout: 60_000 },
    );
    const a = (await page.getByTestId('map').boundingBox())!;
    const b = (await page.getByTestId('compare-map-b').boundingBox())!;
    expect(Math.abs(a.x + a.width - b.x)).toBeLessThan(2);
    // The demo banner leaves both maps' zoom buttons and year labels free to see and tap.
    const banner = (await page.getByTestId('demo-banner').boundingBox())!;
    const controls = page.locator('.maplibregl-ctrl-group, .side-year');
    expect(await controls.count()).toBeGreaterThanOrEqual(4);
    for (const box of await controls.evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().toJSON() as Box),
    ))
      expect(overlaps(banner, box), JSON.stringify(box)).toBe(false);
    await page.getByTestId('compare-mode-difference').tap();
    expect(await page.getByTestId('compare-map-b').count()).toBe(0);
  });

  it('keeps an edited extent as the user’s own, and forgets it again', async () => {
    const caption = page.getByTestId('compare-card').locator('.caption').first();
    await page.getByTestId('extent-edit-2021').tap();
    await page.getByTestId('extent-save').tap();
    await expect.poll(() => caption.innerText()).toContain('Fridhemsplan (ändrad)');
    // Saved unchanged (to a centimetre): the same hectares.
    expect(await cardRow(page, 'Yta')).toBe('Yta 27,63 ha 48,52 ha +75,6 %');
    await page.getByRole('button', { name: 'Ta bort ändringen 2021' }).tap();
    await expect.poll(() => caption.innerText()).not.toContain('(ändrad)');
  });

  it('starts the swipe divider through the scene after the map was panned', async () => {
    const map = (await page.getByTestId('map').boundingBox())!;
    const from = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
    // The scene moves 20 % left; the divider follows it (59 % → 39 %) instead of starting mid-map.
    await touchDrag(page, from, from.x - map.width * 0.2);
    await page.getByTestId('compare-mode-swipe').tap();
    await page.getByTestId('swipe-handle').waitFor();
    await expect.poll(() => dividerPercent(page)).toBeLessThanOrEqual(41);
    expect(await dividerPercent(page)).toBeGreaterThanOrEqual(37);
    await page.getByTestId('compare-mode-difference').tap();
  });

  it('draws a brand-new extent by finger, which the region then counts as a new scene', async () => {
    await page.getByTestId('extent-new').tap();
    await page.getByTestId('extent-new-name').fill('Ny plats');
    await page.getByTestId('extent-new-start').tap();
    await drawRectangle(page, { fx: 0.6, fy: 0.3, width: 120, height: 100, by: 'touch' });
    await page.getByTestId('extent-save').tap();
    const region = page.getByTestId('compare-region');
    await expect.poll(() => region.innerText()).toMatch(/Ny plats\s+ny/);
    expect(await region.innerText()).toContain('2 fortsatte, 1 ny, 1 upphörde');
  });

  it('asks, naming the scene, before a drawing would replace an extent of the same name', async () => {
    await page.getByTestId('extent-new').tap();
    await page.getByTestId('extent-new-name').fill('NY PLATS');
    await page.getByTestId('extent-new-start').tap();
    expect(await page.getByTestId('extent-replace-text').innerText()).toContain(
      'Det finns redan en utbredning Ny plats 2023 (ritad eller ändrad i den här webbläsaren).',
    );
    expect(await page.locator('.compare-editing').count()).toBe(0);
    await page.getByRole('button', { name: 'Byt namn' }).tap();
    await page.getByTestId('extent-new-name').fill('fridhemsplan');
    await page.getByTestId('extent-new-year').fill('2021');
    await page.getByTestId('extent-new-start').tap();
    expect(await page.getByTestId('extent-replace-text').innerText()).toMatch(
      /Det finns redan en utbredning Fridhemsplan 2021 \(från .*ods\.geojson\)/,
    );
    // Asked and answered: drawing starts, and Avbryt leaves Fridhemsplan as it was.
    await page.getByTestId('extent-new-replace').tap();
    await page.locator('.compare-editing').waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).tap();
    await expect.poll(() => cardRow(page, 'Yta')).toBe('Yta 27,63 ha 48,52 ha +75,6 %');
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors.filter((e) => !e.includes('GL Driver Message'))).toEqual([]);
  });
});

describe('Jämför ÖDS from a link (1920×1080)', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(`${inject('baseUrl')}?v=compare&ya=2021&yb=2023&hc=all`, {
      width: 1920,
      height: 1080,
    });
    page = opened.page;
    await waitForMapReady(page);
    await page.getByTestId('compare-card').waitFor();
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('opens the compare view with the headline for all offences', async () => {
    await expect
      .poll(() => page.getByTestId('compare-headline').innerText())
      .toMatch(/Brotten per hektar minskade med 16,0 % medan ytan ökade med 75,6 %/);
    // Beside the change, how sure it is: 3 138 and 4 632 offences leave a narrow interval.
    expect(await page.getByTestId('headline-certainty').innerText()).toMatch(
      /^Slumpens spann \(95 %\): −19,\d % till −12,\d %, så förändringen är större än slumpen\.$/,
    );
    expect(await cardRow(page, 'Yta')).toBe('Yta 27,63 ha 48,52 ha +75,6 %');
  });

  it('looks like the golden image', async () => {
    const shot = await stableScreenshot(page);
    const diff = compareWithGolden('compare-1920x1080', shot);
    expect(diff.fraction, `see ${diff.diffPath}`).toBeLessThan(SCREENSHOT_TOLERANCE);
  });

  it('saves the map as a PNG with its legend and title', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('compare-png').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('ods-fridhemsplan-fridhemsplan-stadshagen-2021-2023.png');
    const path = join(OUTPUT_DIR, 'compare-export.png');
    await file.saveAs(path);
    const png = PNG.sync.read(readFileSync(path));
    const map = (await page.getByTestId('map').boundingBox())!;
    // The map, with a title band above and the legend below it.
    expect([png.width, png.height - Math.round(map.height)]).toEqual([Math.round(map.width), 122]);
  });

  it('lets the user undo a link between the years, and take the correction back', async () => {
    const heading = page.getByTestId('compare-card').locator('h2');
    await openSection(page, 'Koppling mellan åren');
    await page.getByRole('button', { name: 'Koppla isär' }).click();
    await expect.poll(() => heading.innerText()).toBe('Fridhemsplan: upphört');
    await page.getByRole('button', { name: 'Ångra mina kopplingar' }).click();
    await expect
      .poll(() => heading.innerText())
      .toBe('Fridhemsplan → Fridhemsplan/Stadshagen: fortsatt');
  });

  it('keeps an undone link across a reload, and removes that one correction', async () => {
    const heading = page.getByTestId('compare-card').locator('h2');
    await openSection(page, 'Koppling mellan åren');
    await page.getByRole('button', { name: 'Koppla isär' }).click();
    await expect.poll(() => heading.innerText()).toBe('Fridhemsplan: upphört');
    await page.reload();
    await waitForMapReady(page);
    await expect.poll(() => heading.innerText()).toBe('Fridhemsplan: upphört');
    await openSection(page, 'Koppling mellan åren');
    await page
      .getByRole('button', {
        name: 'Ta bort rättelsen Fridhemsplan 2021 → Fridhemsplan/Stadshagen 2023',
      })
      .click();
    await expect
      .poll(() => heading.innerText())
      .toBe('Fridhemsplan → Fridhemsplan/Stadshagen: fortsatt');
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors.filter((e) => !e.includes('GL Driver Message'))).toEqual([]);
  });
});

describe('Jämför ÖDS for the scenes in view (1280×800)', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(
      `${inject('baseUrl')}?v=compare&ya=2021&yb=2023&sc=view&c=18.03,59.333,14.5`,
      { width: 1280, height: 800 },
    );
    page = opened.page;
    await waitForMapReady(page);
    await page.getByTestId('compare-card').waitFor();
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('lists only the scenes with area in the map view', async () => {
    const rows = page.getByTestId('compare-all').locator('tbody th');
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringMatching(/^Fridhemsplan/)]);
    expect(await page.getByTestId('compare-card').locator('h2').innerText()).toBe(
      'Scener i kartbilden (1)',
    );
    expect(await page.getByTestId('compare-scene').inputValue()).toBe('view');
    writeFileSync(join(OUTPUT_DIR, 'compare-in-view-1280.png'), await page.screenshot());
  });

  it('says that no scene is in view once the map is dragged to where there is none', async () => {
    const map = (await page.getByTestId('map').boundingBox())!;
    const x = map.x + map.width / 2;
    const y = map.y + map.height * 0.8;
    // Dragged up by most of the map: the view moves about 3 km south, to Södermalm.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - map.height * 0.7, { steps: 10 });
    await page.mouse.up();
    await page.getByTestId('compare-none-in-view').waitFor();
    expect(new URL(page.url()).searchParams.get('sc')).toBe('view');
  });

  it('scrolls only its panel, never the page, with a scene’s card scrolled to its end', async () => {
    await page.getByTestId('compare-scene').selectOption('2021:fridhemsplan');
    await page.getByTestId('compare-numbers').waitFor();
    await page.evaluate(() => document.querySelector('.panel')?.scrollTo(0, 1e6));
    const heights = await page.evaluate(() => [
      document.documentElement.scrollHeight,
      window.innerHeight,
    ]);
    expect(heights[0]).toBe(heights[1]);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });

  it('fits the table of all scenes inside its card', async () => {
    await page.getByTestId('compare-scene').selectOption('all');
    const table = page.getByTestId('compare-all');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(2);
    const t = (await table.boundingBox())!;
    const card = (await page.getByTestId('compare-card').boundingBox())!;
    expect(t.x + t.width).toBeLessThanOrEqual(card.x + card.width);
  });
});
