import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OUTPUT_DIR, waitForMapReady, type OpenedPage } from './browser';
import { compareWithGolden } from './compareImages';
import { FHD, openMeetingPage } from './meetingPage';

/**
 * The EST meeting on a 1920 × 1080 projector. The clock is fixed to Monday
 * 20 October 2025: the EST Kungsholmen group of the demo met on Tuesday the
 * 14th and meets again on the 28th, so the meeting's period is 14–20 October.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const slidePosition = (page: Page) => page.getByTestId('slide-position').innerText();
const slideKey = (page: Page) => page.getByTestId('slide').getAttribute('data-slide');

/** The map has rested after a slide change: the camera stops changing. */
async function mapSettled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const camera = (await page.getByTestId('map').getAttribute('data-camera')) ?? '';
        const same = camera === last;
        last = camera;
        await page.waitForTimeout(700);
        return same;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** The smallest font size of any visible text in the elements matched by `selector`. */
function smallestText(page: Page, selector: string): Promise<{ size: number; text: string }> {
  return page.evaluate((sel) => {
    let smallest = { size: Infinity, text: '' };
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('.sr-only')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < smallest.size) smallest = { size, text: n.textContent.trim() };
      }
    }
    return smallest;
  }, selector);
}

/** Presses "Skriv ut A4" and waits until the sheet, its map drawn as an image, is ready for print. */
async function printSheet(page: Page): Promise<void> {
  await page.evaluate(() => delete document.body.dataset.printReady);
  await page.getByTestId('print-page').click();
  await page.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, {
    timeout: 60_000,
  });
}

describe('the EST meeting at 1920 × 1080', () => {
  let opened: OpenedPage;
  const page = () => opened.page;

  beforeAll(async () => {
    opened = await openMeetingPage();
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('opens on the period since the last meeting', async () => {
    await expect
      .poll(() => page().url())
      .toContain('p=2025-10-14..2025-10-20,2025-10-07..2025-10-13');
    await expect(page().getByTestId('meeting-period').innerText()).resolves.toMatch(
      /Sedan förra mötet.*14 okt\. 2025.*2025-10-14 – 2025-10-20 mot 2025-10-07 – 2025-10-13/s,
    );
    await expect
      .poll(() => page().getByTestId('changes-by-place').locator('tbody tr').first().innerText())
      .toMatch(/^Fridhemsplan\s+\d+/);
  });

  it('refuses a meeting date with a five-digit year, saying so at the field', async () => {
    const dates = page().locator('details.meeting-dates');
    await dates.locator('summary').click();
    const before = await dates.locator('summary').innerText();
    const field = dates.locator('input[name="meeting-date"]');
    await field.evaluate((input: HTMLInputElement) => {
      input.value = '70131-02-02';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await dates.getByRole('button', { name: 'Lägg till' }).click();
    expect(await field.evaluate((input: HTMLInputElement) => input.validationMessage)).toMatch(
      /^Datumet 70131-02-02 ser fel ut/,
    );
    expect(await dates.locator('summary').innerText()).toBe(before);
    await dates.locator('summary').click();
  });

  it('presents the agenda full screen, panels hidden, type at least 24 px', async () => {
    await page().getByTestId('start-presentation').click();
    await expect.poll(() => slidePosition(page())).toBe('1 / 6');
    expect(await page().locator('.panel').isVisible()).toBe(false);
    await page().getByTestId('slide').getByTestId('slide-table').waitFor();
    expect(await page().getByTestId('count-label').innerText()).toBe(
      'Brott inom 200 m från platsen',
    );
    // Legend, period and scale stay in view, none of them under the slide's card.
    const card = (await page().getByTestId('slide').boundingBox())!;
    for (const selector of ['[data-testid="legend"]', '.maplibregl-ctrl-scale']) {
      const box = (await page().locator(selector).boundingBox())!;
      expect(box.x + box.width, selector).toBeLessThanOrEqual(card.x);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(FHD.height);
    }
    expect(await page().getByTestId('slide-banner').innerText()).toMatch(
      /Period 2025-10-14 – 2025-10-20 \(nu\) mot 2025-10-07 – 2025-10-13/,
    );
    const smallest = await smallestText(
      page(),
      '.presentation, [data-testid="legend"], .maplibregl-ctrl-scale',
    );
    expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(24);
  });

  it('looks as it did when we last looked (golden image)', async () => {
    await mapSettled(page());
    const diff = compareWithGolden('meeting-presentation-1920x1080', await page().screenshot());
    expect(diff.fraction, diff.diffPath).toBeLessThan(0.01);
  });

  it('shows the scale whole, left of the slide’s card, with its label inside the bar', async () => {
    const [scale, card] = await page().evaluate(() =>
      ['.maplibregl-ctrl-scale', '.slide-card'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { left: r.left, right: r.right, bottom: r.bottom };
      }),
    );
    const overflow = await page().evaluate(() => {
      const el = document.querySelector<HTMLElement>('.maplibregl-ctrl-scale')!;
      return el.scrollWidth - el.clientWidth;
    });
    expect(scale.right).toBeLessThanOrEqual(card.left);
    expect(scale.bottom).toBeLessThanOrEqual(1080);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('has no serious contrast problems in text or legend (axe-core, WCAG AA)', async () => {
    await page().evaluate(AXE);
    const result = await page().evaluate(() =>
      (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{
              violations: { id: string; impact: string; nodes: unknown[] }[];
              passes: { id: string; nodes: unknown[] }[];
            }>;
          };
        }
      ).axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } }),
    );
    // The rule looked at the slide's, the banner's and the legend's text, not at nothing.
    expect(result.passes[0]?.nodes.length).toBeGreaterThan(40);
    const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    expect(serious.map((v) => `${v.id}: ${JSON.stringify(v.nodes).slice(0, 400)}`)).toEqual([]);
  });

  it("keeps the legend low and names the slide's own outline in its colour", async () => {
    const p = page();
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => slideKey(p)).toBe('ods:fridhemsplan-stadshagen-2024');
    // The slide outlines the scene's 2024 extent, though the map draws 2021 and 2023 for all.
    const own = p.getByTestId('legend-view').locator('li');
    await expect.poll(() => own.innerText()).toBe('ÖDS 2024 (på bilden)');
    expect(await own.locator('.line').evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(
      'rgb(17, 17, 17)',
    );
    expect(await p.getByTestId('legend-ods-year').allInnerTexts()).toEqual([
      'ÖDS 2021',
      'ÖDS 2023',
    ]);
    // Of the map beside the card and below the banner, the legend covers a fifth at most
    // (it was 28 %).
    const legend = (await p.getByTestId('legend').boundingBox())!;
    const card = (await p.getByTestId('slide').boundingBox())!;
    const banner = (await p.getByTestId('slide-banner').boundingBox())!;
    const map = card.x * (FHD.height - banner.y - banner.height);
    expect((legend.width * legend.height) / map).toBeLessThan(0.2);
    await p.keyboard.press('ArrowLeft');
    await expect.poll(() => slidePosition(p)).toBe('1 / 6');
  });

  it('steps with arrows, space and the clicker, with the slide in the address', async () => {
    await page().keyboard.press('ArrowRight');
    await expect.poll(() => slidePosition(page())).toBe('2 / 6');
    expect(await slideKey(page())).toBe('ods:fridhemsplan-stadshagen-2024');
    expect(page().url()).toContain('slide=ods:fridhemsplan-stadshagen-2024');
    expect(await page().getByTestId('count-label').innerText()).toBe(
      'Brott inom utbredningen 2024',
    );
    // A projector cannot scroll: the whole slide (table, actions, observations, dates) fits.
    expect(
      await page()
        .locator('.slide-card')
        .evaluate((el) => el.scrollHeight - el.clientHeight),
    ).toBeLessThanOrEqual(0);
    await page().keyboard.press('PageDown');
    await expect.poll(() => slidePosition(page())).toBe('3 / 6');
    await page().keyboard.press('Space');
    await expect.poll(() => slidePosition(page())).toBe('4 / 6');
    await page().keyboard.press('PageUp');
    await page().keyboard.press('ArrowLeft');
    await expect.poll(() => slidePosition(page())).toBe('2 / 6');
    await page().keyboard.press('Escape');
    await expect.poll(() => page().getByTestId('presentation').count()).toBe(0);
    expect(await page().locator('.panel').isVisible()).toBe(true);
    expect(page().url()).not.toContain('slide=');
  });

  it('refuses a deadline typed with a five-digit year, naming it', async () => {
    await page()
      .getByTestId('changes-by-place')
      .getByRole('button', { name: 'Stadshagen', exact: true })
      .click();
    await page().getByRole('button', { name: '+ Nytt beslut för Stadshagen' }).click();
    const form = page().getByTestId('slide-action-form');
    await form.locator('input[name="title"]').fill('Ny belysning i parken');
    // What a keyboard left in the year field in a walk-through: the browser accepts it.
    await form.locator('input[name="deadline"]').evaluate((field: HTMLInputElement) => {
      field.value = '70131-02-02';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await form.getByRole('button', { name: 'Spara beslut' }).click();
    expect(await form.getByRole('alert').innerText()).toMatch(
      /^Datumet 70131-02-02 ser fel ut: skriv ett datum mellan 2000-01-01 och 2099-12-31/,
    );
    expect(await page().getByTestId('presentation').innerText()).not.toMatch(
      /Ny belysning i parken\s*Planerad/,
    );
    await page().keyboard.press('Escape');
    if (!(await page().locator('.panel').isVisible())) await page().keyboard.press('Escape');
    await expect.poll(() => page().locator('.panel').isVisible()).toBe(true);
  });

  it('records a decision on a slide, shown at once as an open action', async () => {
    await page()
      .getByTestId('changes-by-place')
      .getByRole('button', { name: 'Stadshagen', exact: true })
      .click();
    await expect.poll(() => slideKey(page())).toBe('place:stadshagen');
    await page().getByRole('button', { name: '+ Nytt beslut för Stadshagen' }).click();
    // The keyboard user types the decision at once, not after tabbing from the page's start.
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('title');
    const form = page().getByTestId('slide-action-form');
    await form.locator('input[name="title"]').fill('Klipp buskarna vid Stadshagsplan');
    await form.locator('input[name="responsible"]').fill('Parkenheten');
    await form.locator('input[name="deadline"]').fill('2025-11-20');
    await form.getByRole('button', { name: 'Spara beslut' }).click();
    await expect
      .poll(() => page().locator('.slide-actions').innerText())
      .toMatch(
        /Klipp buskarna vid Stadshagsplan\s*Planerad · Parkenheten · senast tors 20 nov\. 2025/,
      );
    // The keyboard continues from the slide's "+ Nytt beslut", and after Esc from what opened the slide.
    const focused = () => page().evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(focused).toBe('+ Nytt beslut för Stadshagen');
    await page().keyboard.press('Escape');
    await expect.poll(focused).toBe('Stadshagen');
  });

  it('presents saved views as a slide show, one key press per view, and reopens a view from its link', async () => {
    const p = page();
    await p.goto(`${inject('baseUrl')}?v=meeting&p=y2023&m=hexagon`);
    await waitForMapReady(p);
    await p.locator('summary', { hasText: 'Sparade vyer' }).click();
    await p.getByTestId('view-name').fill('Hexagoner 2023');
    await p.getByTestId('save-view').click();
    await p.getByTestId('view-list').getByText('Hexagoner 2023').waitFor();
    await p.goto(`${inject('baseUrl')}?v=meeting&p=y2024&o=district:Norra%20innerstaden`);
    await waitForMapReady(p);
    await p.locator('summary', { hasText: 'Sparade vyer' }).click();
    await p.getByTestId('view-name').fill('Norra innerstaden 2024');
    await p.getByTestId('save-view').click();
    await p.getByTestId('view-list').getByText('Norra innerstaden 2024').waitFor();
    await p.getByTestId('sequence-name').fill('EST 28 oktober');
    await p.getByTestId('create-sequence').click();
    for (const name of ['Hexagoner 2023', 'Norra innerstaden 2024']) {
      await p
        .getByTestId('view-list')
        .locator('li', { hasText: name })
        .locator('select')
        .selectOption({ label: 'EST 28 oktober' });
      await expect
        .poll(() => p.getByTestId('sequence').locator('li', { hasText: name }).count())
        .toBe(1);
    }
    await p.getByTestId('present-sequence').click();
    await expect
      .poll(() => p.getByTestId('slide').locator('h2').innerText())
      .toBe('Hexagoner 2023');
    expect(p.url()).toMatch(/p=y2023&m=hexagon.*slide=seq:viewSequence:[^&]+:0/);
    expect(await p.getByTestId('legend').locator('h3').innerText()).toMatch(/hexagon/);
    await p.keyboard.press('ArrowRight');
    await expect
      .poll(() => p.getByTestId('slide').locator('h2').innerText())
      .toBe('Norra innerstaden 2024');
    expect(p.url()).toMatch(/p=y2024&o=district:Norra%20innerstaden.*slide=seq:.+:1/);
    expect(p.url()).not.toContain('m=hexagon');
    await p.keyboard.press('ArrowLeft');
    await expect
      .poll(() => p.getByTestId('slide').locator('h2').innerText())
      .toBe('Hexagoner 2023');
    await p.keyboard.press('Escape');
    await p.getByTestId('view-list').getByRole('link', { name: 'Hexagoner 2023' }).click();
    await waitForMapReady(p);
    expect(new URL(p.url()).search).toBe('?v=meeting&p=y2023&m=hexagon');
    expect(await p.getByTestId('legend').locator('h3').innerText()).toMatch(/hexagon/);
  });

  it('saves the map as a 1920 × 1080 PNG with title and legend drawn in', async () => {
    const p = page();
    await p.goto(`${inject('baseUrl')}?v=meeting`);
    await waitForMapReady(p);
    const swatches = await p
      .getByTestId('legend')
      .locator('.swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches).toHaveLength(5);
    const download = p.waitForEvent('download');
    await p.getByTestId('export-png').click();
    const png = PNG.sync.read(readFileSync(await (await download).path()));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    const at = (x: number, y: number) => [
      ...png.data.subarray(4 * (y * png.width + x), 4 * (y * png.width + x) + 3),
    ];
    // Every class colour of the legend, as drawn over white, is found in the image's legend box.
    const blended = swatches.map((css) => {
      const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number);
      return [r, g, b].map((c) => Math.round(c * a + 255 * (1 - a)));
    });
    const found = blended.map((rgb) => {
      for (let y = 500; y < 1040; y++)
        for (let x = 20; x < 700; x++) {
          const px = at(x, y);
          if (px.every((c, i) => Math.abs(c - rgb[i]) <= 3)) return true;
        }
      return false;
    });
    expect(found).toEqual([true, true, true, true, true]);
    // The title band: white, with dark text in it.
    const band = Array.from({ length: 60 }, (_, i) => at(40 + i * 10, 38));
    expect(band.some((px) => px.every((c) => c < 80))).toBe(true);
    expect(at(1900, 8).every((c) => c > 240)).toBe(true);
  });

  it('prints the map, the comparison and the per-area table on one A4 landscape page', async () => {
    const p = page();
    await p.evaluate(() => {
      window.print = () => undefined;
    });
    // Before the button has drawn the map as an image, the sheet says how to get it on paper.
    expect(await p.getByTestId('print-map-missing').count()).toBe(1);
    await printSheet(p);
    expect(await p.getByTestId('print-map-missing').count()).toBe(0);
    const first = p.getByTestId('print-first-page');
    expect(await first.locator('tbody tr').count()).toBeGreaterThan(10);
    const bytes = await p.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(OUTPUT_DIR, 'meeting-print.pdf'), bytes);
    const pdf = bytes.toString('latin1');
    // One page for the map and its tables, one for the record of places and decisions.
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(await p.locator('.print-page').count());
    // A4 landscape: 842 × 595 points, every page.
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[([^\]]*)\]/g)].map((m) =>
      m[1].trim().split(/\s+/).map(Number).map(Math.round),
    );
    expect(boxes).toEqual(pages.map(() => [0, 0, 842, 595]));
    // Laid out for print, the map and both tables end inside the first page, nothing cut off.
    await p.emulateMedia({ media: 'print' });
    try {
      const parts = await first.evaluate((sheet) => {
        const page = sheet.getBoundingClientRect();
        const bottom = (sel: string) => sheet.querySelector(sel)!.getBoundingClientRect().bottom;
        return {
          page: page.bottom,
          map: bottom('.print-map'),
          comparison: bottom('.slide-table'),
          areas: bottom('[data-testid="print-changes-by-area"]'),
        };
      });
      expect(parts.map).toBeLessThanOrEqual(parts.page);
      expect(parts.comparison).toBeLessThanOrEqual(parts.page);
      expect(parts.areas).toBeLessThanOrEqual(parts.page);
    } finally {
      await p.emulateMedia({ media: null });
    }
  });

  it('prints a decision just saved, with the changes by place, on the page after the map', async () => {
    const p = page();
    await p.evaluate(() => {
      window.print = () => undefined;
    });
    const form = p.getByTestId('action-form');
    await form.locator('select[name="place"]').selectOption({ label: 'Stadshagen' });
    await form.locator('input[name="title"]').fill('Byt trasig belysning i gångtunneln');
    await form.locator('input[name="responsible"]').fill('Trafikkontoret');
    // Three days before the test's today, and still planned: late.
    await form.locator('input[name="deadline"]').fill('2025-10-17');
    await form.getByRole('button', { name: 'Spara beslut' }).click();
    await p.getByTestId('actions-table').getByText('Byt trasig belysning i gångtunneln').waitFor();
    await printSheet(p);
    await p.emulateMedia({ media: 'print' });
    try {
      // What the paper shows: only the sheet is visible in print, the page after the map included.
      expect(await p.locator('.app').isVisible()).toBe(false);
      const record = p.getByTestId('print-record');
      expect(await record.isVisible()).toBe(true);
      const places = await p.getByTestId('print-changes-by-place').innerText();
      expect(places).toMatch(/^Plats\s+Nu\s+Före\s+Förändring/);
      expect(places).toMatch(/Fridhemsplan\s+\d+\s+\d+/);
      expect(places).toMatch(/Stadshagen\s+\d+\s+\d+/);
      const row = await p
        .getByTestId('print-actions')
        .locator('tr', { hasText: 'Byt trasig belysning i gångtunneln' })
        .innerText();
      expect(row.split('\t').map((c) => c.trim())).toEqual([
        'Stadshagen',
        'Byt trasig belysning i gångtunneln',
        'Trafikkontoret',
        'fre 17 okt. 2025',
        'Försenad Planerad',
      ]);
      // The decision recorded on a slide earlier is on the paper too.
      expect(await p.getByTestId('print-actions').innerText()).toMatch(
        /Stadshagen\s+Klipp buskarna vid Stadshagsplan\s+Parkenheten\s+tors 20 nov\. 2025\s+Planerad/,
      );
      const box = (await record.boundingBox())!;
      const first = (await p.getByTestId('print-first-page').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(first.y + first.height);
    } finally {
      await p.emulateMedia({ media: null });
    }
    const pdf = (await p.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(2);
  });

  it('reported no errors on the page throughout', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
