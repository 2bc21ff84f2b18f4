import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';
import { mapCamera } from './mapPage';

const opened: OpenedPage[] = [];

async function open(url: string): Promise<Page> {
  const o = await openPage(url);
  opened.push(o);
  await waitForMapReady(o.page);
  return o.page;
}

/**
 * Drags the map by (dx, dy) pixels, then zooms in one wheel step at the same
 * place, each time waiting until the map reports that it has moved.
 */
async function panAndZoom(page: Page, dx: number, dy: number): Promise<void> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no size');
  const x = box.x + box.width * 0.6;
  const y = box.y + box.height * 0.5;
  const [lon, , zoom] = await mapCamera(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await mapCamera(page))[0], { timeout: 20_000 }).not.toBe(lon);
  await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => (await mapCamera(page))[2], { timeout: 20_000 })
    .toBeGreaterThan(zoom + 0.1);
}

const yearSelect = (page: Page) =>
  page.locator('fieldset.period label', { hasText: /^År/ }).locator('select');

const historyLength = (page: Page) => page.evaluate(() => history.length);

/**
 * The address once the map has rested: its camera is the one the map last
 * reported (pans are written 300 ms after the last move) and a second later
 * nothing has changed. Software WebGL makes a wheel zoom take a while.
 */
async function settledUrl(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(
      async () => {
        const camera = (await mapCamera(page)).map((x, i) => Number(x.toFixed(i < 2 ? 5 : 2)));
        const url = page.url();
        const settled = url === last && url.includes(`c=${camera.join(',')}`);
        last = url;
        await page.waitForTimeout(1000);
        return settled;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return last;
}

/** What a reader of the first screen sees, control by control. */
async function visibleView(page: Page) {
  const comparison = page.getByTestId('comparison-table');
  return {
    periodKind: await page.getByTestId('period-kind').inputValue(),
    year: await yearSelect(page).inputValue(),
    narkotika: await page
      .locator('label.check', { hasText: 'Narkotikabrott' })
      .locator('input')
      .isChecked(),
    scope: await page.getByTestId('scope').inputValue(),
    hexagons: await page.getByTestId('map-mode-hexagon').isChecked(),
    heading: await page.locator('#comparison-title').innerText(),
    totals: await comparison.locator('tbody tr').nth(0).innerText(),
    totalsWithDamage: await comparison.locator('tbody tr').nth(1).innerText(),
    selectedRow: await page.getByTestId('area-table').locator('tr.selected').innerText(),
  };
}

afterEach(async () => {
  for (const o of opened.splice(0)) {
    expect(o.pageErrors).toEqual([]);
    await o.context.close();
  }
});

describe('the view in the address', () => {
  it('reopens a shared address in a fresh browser profile with the same view', async () => {
    const page = await open(inject('baseUrl'));
    await page.getByTestId('period-kind').selectOption('year');
    await yearSelect(page).selectOption('2023');
    await openSection(page, 'Filter');
    await page.locator('label.check', { hasText: 'Narkotikabrott' }).locator('input').uncheck();
    await page.getByTestId('area-table').locator('tbody tr', { hasText: 'Fredhäll' }).click();
    await page.getByTestId('scope').selectOption('district:Norra innerstaden');
    await openSection(page, 'Kartvisning');
    await page.getByTestId('map-mode-hexagon').check();
    await panAndZoom(page, -180, 90);
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/[?&]c=/);
    await expect
      .poll(() => page.locator('#comparison-title').innerText())
      .toMatch(/Norra innerstaden/);

    const url = await settledUrl(page);
    expect(url).toMatch(/[?&]p=y2023(&|$)/);
    expect(url).toMatch(/[?&]m=hexagon(&|$)/);
    expect(url).toMatch(/[?&]s=stadsdel:Fredh%C3%A4ll/);
    const before = await visibleView(page);
    const camera = await mapCamera(page);

    const again = await open(url);
    await openSection(again, 'Filter');
    await openSection(again, 'Kartvisning');
    await expect
      .poll(() => again.locator('#comparison-title').innerText())
      .toMatch(/Norra innerstaden/);
    expect(await visibleView(again)).toEqual(before);
    expect(before).toMatchObject({ periodKind: 'year', narkotika: false, hexagons: true });
    const reopened = await mapCamera(again);
    expect(reopened[0]).toBeCloseTo(camera[0], 4);
    expect(reopened[1]).toBeCloseTo(camera[1], 4);
    expect(reopened[2]).toBeCloseTo(camera[2], 2);
  });

  it('goes back to the previous period, and a pan adds no history entry', async () => {
    const page = await open(inject('baseUrl'));
    expect(page.url()).not.toContain('?');
    const start = await historyLength(page);
    const startCamera = await mapCamera(page);

    await page.getByTestId('period-kind').selectOption('fortnight');
    await expect.poll(() => page.url()).toMatch(/[?&]p=14d\d{4}-\d{2}-\d{2}/);
    expect(await historyLength(page)).toBe(start + 1);

    await panAndZoom(page, 150, -60);
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/[?&]c=/);
    await settledUrl(page);
    expect(await historyLength(page)).toBe(start + 1);

    await page.goBack();
    await expect.poll(() => page.getByTestId('period-kind').inputValue()).toBe('weeks');
    await expect
      .poll(() => page.getByTestId('comparison-table').locator('thead').innerText())
      .toMatch(/v\. 1–43\s+2024/);
    expect(page.url()).not.toContain('?');
    await expect.poll(async () => (await mapCamera(page))[2]).toBeCloseTo(startCamera[2], 2);

    await page.goForward();
    await expect.poll(() => page.getByTestId('period-kind').inputValue()).toBe('fortnight');
    expect(page.url()).toMatch(/[?&]c=/);
  });
});
