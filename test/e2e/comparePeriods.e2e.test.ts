import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, openSection, OUTPUT_DIR, waitForMapReady, type OpenedPage } from './browser';

type Bounds = [number, number, number, number];

/** Fridhemsplan 2021 and Fridhemsplan/Stadshagen 2023 together: what kept, gained and lost cover. */
function sceneBounds(): Bounds {
  const file = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../data/demo/ods.geojson'), 'utf8'),
  ) as { features: { properties: { id: string }; geometry: { coordinates: number[][][] } }[] };
  const ids = ['fridhemsplan-2021', 'fridhemsplan-stadshagen-2023'];
  const points = file.features
    .filter((f) => ids.includes(f.properties.id))
    .flatMap((f) => f.geometry.coordinates.flat());
  expect(points.length).toBeGreaterThan(0);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** The bounds a map last reported (west, south, east, north), from its `data-bounds`. */
async function mapBounds(page: Page, testId: string): Promise<Bounds> {
  const text = await page.getByTestId(testId).getAttribute('data-bounds');
  return (text ?? '').split(',').map(Number) as Bounds;
}

const inside = (inner: Bounds, outer: Bounds) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/** How much of the map's width the scene takes: a fitted scene fills most of it. */
const widthShare = (scene: Bounds, map: Bounds) => (scene[2] - scene[0]) / (map[2] - map[0]);

const numbersText = (page: Page) => page.getByTestId('compare-numbers').innerText();

describe('Jämför ÖDS: changed periods and side by side (1280×800)', () => {
  const base = `${inject('baseUrl')}?v=compare&ya=2021&yb=2023`;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(base);
    page = opened.page;
    await waitForMapReady(page);
    await page.getByTestId('compare-card').waitFor();
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('keeps changed periods in the address, and a fresh browser reopens the same numbers', async () => {
    await expect.poll(() => numbersText(page)).toMatch(/Yta/);
    const defaultNumbers = await numbersText(page);
    await openSection(page, 'Perioder:');
    await page.getByLabel('Period A, första dag').fill('2020-07-01');
    await page.getByLabel('Period B, sista dag').fill('2023-06-30');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('pa'))
      .toBe('2020-07-01..2021-12-31');
    expect(new URL(page.url()).searchParams.get('pb')).toBe('2022-01-01..2023-06-30');
    await expect.poll(() => numbersText(page)).not.toBe(defaultNumbers);
    const numbers = await numbersText(page);
    const summary = await page.locator('.compare-periods summary').innerText();
    expect(summary).toBe('Perioder: 2020-07-01 – 2021-12-31 mot 2022-01-01 – 2023-06-30');

    const other = await openPage(page.url());
    try {
      await waitForMapReady(other.page);
      await expect.poll(() => numbersText(other.page)).toBe(numbers);
      expect(await other.page.locator('.compare-periods summary').innerText()).toBe(summary);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });

  it('fits the whole scene into both halves when switched to side by side', async () => {
    await page.getByRole('button', { name: 'Standardperioder' }).click();
    const scene = sceneBounds();
    await expect.poll(async () => inside(scene, await mapBounds(page, 'map'))).toBe(true);
    const whole = await mapBounds(page, 'map');
    await page.getByTestId('compare-mode-side').click();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-testid=compare-map-b]')?.dataset.mapReady ===
        'true',
      undefined,
      { timeout: 60_000 },
    );
    for (const map of ['map', 'compare-map-b']) {
      await expect
        .poll(async () => inside(scene, await mapBounds(page, map)), { message: map })
        .toBe(true);
    }
    await page.screenshot({ path: join(OUTPUT_DIR, 'compare-side-1280.png') });
    // Whole again: fitted to the full width, as before, not left zoomed out from the halves.
    await page.getByTestId('compare-mode-difference').click();
    await expect
      .poll(async () => widthShare(scene, await mapBounds(page, 'map')))
      .toBeCloseTo(widthShare(scene, whole), 2);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors.filter((e) => !e.includes('GL Driver Message'))).toEqual([]);
  });
});
