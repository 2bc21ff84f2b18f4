import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { smallTouchTargets } from './touchTargets';
import { openPage, openSection, waitForMapReady, type OpenedPage, openTabletPage } from './browser';

/** The texts of the legend's ÖDS entries, e.g. ["ÖDS 2021", "ÖDS 2023"]. */
async function legendOdsYears(page: Page): Promise<string[]> {
  const text = await page.getByTestId('legend').innerText();
  return text.match(/ÖDS \d{4}/g) ?? [];
}

/** How many pixels of a strip at the map's left edge differ between two screenshots. */
function changedPixels(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  let changed = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const d =
      Math.abs(pa.data[i] - pb.data[i]) +
      Math.abs(pa.data[i + 1] - pb.data[i + 1]) +
      Math.abs(pa.data[i + 2] - pb.data[i + 2]);
    if (d > 60) changed++;
  }
  return changed;
}

/** Things new users tripped over on the desktop (issue "foundation", points 5–16). */
describe('first use of the map at 1280×800', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'));
    page = opened.page;
    await waitForMapReady(page);
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('does not draw individual offences until asked to', async () => {
    expect(await page.getByTestId('show-raw-points').isChecked()).toBe(false);
    expect(await page.getByTestId('points-in-view').count()).toBe(0);
  });

  it('draws the chosen ÖDS mapping years, 2024 included, and the legend follows', async () => {
    const chooser = page.getByTestId('ods-years');
    expect(await chooser.count()).toBe(1);
    expect(await chooser.innerText()).toMatch(/2021[\s\S]*2023[\s\S]*2024/);
    expect(await legendOdsYears(page)).toEqual(['ÖDS 2021', 'ÖDS 2023']);
    await chooser.getByLabel('2024').check();
    await expect.poll(() => legendOdsYears(page)).toEqual(['ÖDS 2021', 'ÖDS 2023', 'ÖDS 2024']);
    await chooser.getByLabel('2021').uncheck();
    await expect.poll(() => legendOdsYears(page)).toEqual(['ÖDS 2023', 'ÖDS 2024']);
  });

  it('says why the map is grey when no category is selected, instead of listing classes', async () => {
    await openSection(page, 'Filter');
    await page.getByRole('button', { name: 'Inga', exact: true }).click();
    const legend = page.getByTestId('legend');
    await expect.poll(() => legend.innerText()).toMatch(/Ingen brottskategori är vald/);
    expect(await legend.innerText()).not.toMatch(/\d,\d\d – \d/);
    await page.getByRole('button', { name: 'Alla', exact: true }).click();
    await expect.poll(() => legend.innerText()).toMatch(/\d,\d\d – \d/);
  });

  it('speaks Swedish in the map controls', async () => {
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('Zooma in');
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('[title], [aria-label]')].flatMap((e) => [
        e.getAttribute('title') ?? '',
        e.getAttribute('aria-label') ?? '',
      ]),
    );
    const english = ['Zoom in', 'Zoom out', 'Toggle attribution', 'Map', 'Map feedback'];
    expect(names.filter((n) => english.includes(n))).toEqual([]);
  });

  it('names clusters in Swedish, not "hot spot" and "cold spot"', async () => {
    await openSection(page, 'Kartvisning');
    await page.getByTestId('map-mode-hotspot').check();
    const legend = page.getByTestId('legend');
    await expect.poll(() => legend.innerText()).toMatch(/Fler brott än slumpen ger/);
    expect(await page.locator('body').innerText()).not.toMatch(/hot ?spot|cold ?spot/i);
    await page.getByTestId('map-mode-areas').check();
  });

  it('reaches area rows with Tab, selects one with Enter and shows where the focus is', async () => {
    const table = page.getByTestId('area-table');
    const kungsholmen = table.getByRole('button', { name: 'Kungsholmen', exact: true });
    expect(await kungsholmen.count()).toBe(1);
    await kungsholmen.focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.innerText, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused.text).toBe('Stadshagen');
    expect(focused.outline).not.toBe('none');
    expect(parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('comparison-table').locator('xpath=..').innerText())
      .toMatch(/Anmälda brott: Stadshagen/);
    expect(await table.locator('tr.selected').innerText()).toMatch(/^Stadshagen/);
  });

  it('shows a visible focus ring when the map canvas is reached from the keyboard', async () => {
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no size');
    const clip = { x: box.x, y: box.y + 120, width: 6, height: 200 };
    await page.locator('h1').click();
    const before = await page.screenshot({ clip });
    await page.keyboard.press('Tab');
    await page.locator('.maplibregl-canvas').focus();
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    const after = await page.screenshot({ clip });
    expect(changedPixels(before, after)).toBeGreaterThan(clip.width * clip.height * 0.4);
  });

  it('explains a failed online basemap in Swedish, without the raw error', async () => {
    await openSection(page, 'Inställningar');
    await page.getByTestId('basemap').selectOption('osm');
    const notice = page.locator('.basemap-notice');
    await notice.waitFor({ timeout: 30_000 });
    const text = await notice.innerText();
    expect(text).toMatch(/OpenStreetMap.*kunde inte hämtas.*Visar den inbyggda kartan/);
    expect(text).not.toMatch(/AJAXError|Failed to fetch|https?:\/\//);
  });
});

/** A tablet in landscape during a safety walk. */
describe('first use on a 1024×768 touch screen', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openTabletPage(inject('baseUrl'));
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('keeps dates whole and inside their columns in the 14-day table headers', async () => {
    await page.getByTestId('period-kind').selectOption('fortnight');
    const headers = page.getByTestId('comparison-table').locator('thead th');
    await expect
      .poll(() => headers.allInnerTexts())
      .toContainEqual(expect.stringMatching(/\d{4}-\d\d-\d\d/));
    const linesPerDate = await page.evaluate(() => {
      const counts: number[] = [];
      for (const th of document.querySelectorAll('[data-testid="comparison-table"] thead th')) {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of (node.textContent ?? '').matchAll(/\d{4}-\d\d-\d\d/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const cell = th.getBoundingClientRect();
            const date = range.getBoundingClientRect();
            // One line, and inside its own cell rather than over the next column.
            const inside = date.left >= cell.left - 0.5 && date.right <= cell.right + 0.5;
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            counts.push(inside ? lines : -1);
          }
        }
      }
      return counts;
    });
    expect(linesPerDate.length).toBe(4);
    expect(linesPerDate.every((n) => n === 1)).toBe(true);
    await page.getByTestId('period-kind').selectOption('weeks');
  });

  it('makes every visible control at least 44 px tall, and every button 44 px wide', async () => {
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('aside details'))
        (d as HTMLDetailsElement).open = true;
    });
    const small = await smallTouchTargets(page);
    expect(small).toEqual([]);
  });

  it('folds the legend away from the keyboard and back', async () => {
    const hide = page.getByRole('button', { name: 'Dölj teckenförklaring' });
    expect(await hide.count()).toBe(1);
    await hide.focus();
    await page.keyboard.press('Enter');
    const show = page.getByRole('button', { name: 'Visa teckenförklaring' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('legend').innerText()).not.toMatch(/per hektar/);
    await show.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('legend').innerText()).toMatch(/per hektar/);
  });

  it('keeps the legend, categories included, small and its long names inside it', async () => {
    await openSection(page, 'Kartvisning');
    await page.getByTestId('show-raw-points').check();
    const map = await page.getByTestId('map').boundingBox();
    if (!map) throw new Error('map has no size');
    for (let k = 0; k < 4; k++) {
      await page.mouse.move(map.x + map.width * 0.6, map.y + map.height * 0.42);
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(800);
    }
    const legend = page.getByTestId('legend');
    await expect
      .poll(() => legend.innerText(), { timeout: 30_000 })
      .toMatch(/Övriga specialstraffrättsliga brott/);
    const overflow = await legend.evaluate((el) => {
      const style = getComputedStyle(el);
      const right = el.getBoundingClientRect().right - parseFloat(style.paddingRight);
      const problems: string[] = [];
      for (const li of el.querySelectorAll('li')) {
        const range = document.createRange();
        range.selectNodeContents(li);
        const textRight = range.getBoundingClientRect().right;
        if (textRight > right + 0.5)
          problems.push(`${li.textContent} runs ${textRight - right} px out`);
        const symbol = li.querySelector('span');
        // A squeezed swatch or dot is a name pushing against the edge.
        if (symbol && symbol.getBoundingClientRect().width < 10)
          problems.push(`${li.textContent}: symbol squeezed`);
      }
      return problems;
    });
    expect(overflow).toEqual([]);
    const box = await legend.boundingBox();
    if (!box) throw new Error('legend has no size');
    expect(box.width * box.height).toBeLessThan(0.2 * map.width * map.height);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
