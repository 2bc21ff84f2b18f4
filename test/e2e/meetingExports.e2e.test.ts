import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawRectangle } from './mapPage';
import { openPage, openSection, waitForMapReady, type OpenedPage } from './browser';

/**
 * The meeting panel at 1280 × 800: its exports for the written lägesbild and
 * its late actions. The clock is fixed to Monday 20 October 2025 (the demo's
 * data reaches further), so that is the meeting's "today".
 */
const TODAY = new Date('2025-10-20T09:00:00+02:00');

/** Clicks `testId` and returns the text of the file the browser downloads. */
async function downloadedText(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('the meeting panel at 1280 × 800', () => {
  let opened: OpenedPage;
  const page = () => opened.page;

  beforeAll(async () => {
    opened = await openPage('about:blank');
    await opened.page.clock.setFixedTime(TODAY);
    await opened.page.goto(`${inject('baseUrl')}?v=meeting`);
    await waitForMapReady(opened.page);
    await page().waitForFunction(
      () => document.querySelectorAll('[data-testid="agenda"] li').length === 6,
    );
    // The tables are exported once the places' numbers are in.
    await page().waitForFunction(
      () => document.querySelectorAll('[data-testid="changes-by-place"] tbody tr').length === 6,
    );
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('shows every export (PNG, print, CSV, Markdown) without opening a section', async () => {
    const exports = page().getByTestId('exports');
    for (const id of ['export-png', 'print-page', 'csv-places', 'md-places']) {
      const button = exports.getByTestId(id);
      expect(await button.isVisible(), id).toBe(true);
      expect(await button.evaluate((el) => el.closest('details:not([open])') === null), id).toBe(
        true,
      );
    }
  });

  it('saves a table as CSV for Swedish Excel: BOM, semicolons, a formula made harmless', async () => {
    const p = page();
    await openSection(p, 'Platser och åtgärdsplaner');
    const place = p.getByTestId('places-section').locator('.place-list > li', {
      has: p.locator('summary', { hasText: /^Fridhemsplan/ }),
    });
    await place.locator('summary').click();
    await place.getByLabel('Namn').fill('=SUMMA(A1:A9)');
    await place.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect
      .poll(() => p.getByTestId('changes-by-place').locator('tbody tr').first().innerText())
      .toMatch(/^=SUMMA\(A1:A9\)/);

    const { name, text } = await downloadedText(p, 'csv-places');
    expect(name).toMatch(/^forandring-per-plats-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0].split(';').length).toBeGreaterThan(3);
    const row = lines.find((l) => l.includes('SUMMA'));
    // Excel would run a cell that starts with "="; the apostrophe keeps it text.
    expect(row?.split(';')[0]).toBe(`'=SUMMA(A1:A9)`);
    expect(lines.slice(1).every((l) => l.split(';').length === lines[0].split(';').length)).toBe(
      true,
    );
  });

  it('copies a table as Markdown, with its header row', async () => {
    const p = page();
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await p.getByTestId('md-places').click();
    await expect
      .poll(() => p.getByTestId('export-status').innerText())
      .toBe('Förändring per plats kopierades som Markdown.');
    const md = await p.evaluate(() => navigator.clipboard.readText());
    expect(md).toMatch(/^### Förändring per plats, .+\n+\| Plats \| .+ \|\n\|( ---:? \|)+\n/);
    expect(md).toContain('| =SUMMA(A1:A9) |');
  });

  it('saves the Markdown as a file where the clipboard is refused', async () => {
    const p = page();
    // As in a browser that refuses the page the clipboard.
    await p.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('nekad'));
    });
    const { name, text } = await downloadedText(p, 'md-comparison');
    expect(name).toMatch(/^jamforelsetabell-\d{4}-\d{2}-\d{2}\.md$/);
    expect(text).toMatch(/^### .+\n+\| Brottskategori \| .+ \|\n\|( ---:? \|)+\n\| Totalt/);
    expect(await p.getByTestId('export-status').innerText()).toMatch(
      /Urklipp gick inte att nå; Jämförelsetabellen sparades som Markdown-fil/,
    );
  });

  it('marks an action past its deadline "Försenad" in the list, on the slide and in the file', async () => {
    const p = page();
    const form = p.getByTestId('action-form');
    await form.locator('select[name="place"]').selectOption({ label: 'Stadshagen' });
    await form.locator('input[name="title"]').fill('Byt lamporna i gångtunneln');
    await form.locator('input[name="deadline"]').fill('2025-10-10');
    await form.getByRole('button', { name: 'Spara beslut' }).click();
    const row = p.getByTestId('actions-table').locator('tbody tr', {
      hasText: 'Byt lamporna i gångtunneln',
    });
    await expect.poll(() => row.innerText()).toMatch(/Försenad\s*fre 10 okt\. 2025/);
    // Due later, or declined: not late.
    const others = p.getByTestId('actions-table').locator('tbody tr', { hasNotText: 'lamporna' });
    expect(await others.getByTestId('overdue').count()).toBe(0);

    const { text } = await downloadedText(p, 'export-actions-csv');
    const lines = text.slice(1).trimEnd().split('\r\n');
    const column = lines[0].split(';').indexOf('läge');
    const late = lines.filter((l) => l.split(';')[column] === 'Försenad');
    expect(late).toHaveLength(1);
    expect(late[0]).toContain('Byt lamporna i gångtunneln');

    await p
      .getByTestId('changes-by-place')
      .getByRole('button', { name: 'Stadshagen', exact: true })
      .click();
    await expect
      .poll(() => p.locator('.slide-actions').innerText())
      .toMatch(/Försenad\s+Byt lamporna i gångtunneln/);
    await p.keyboard.press('Escape');
  });

  it('draws an area on the map as a place, which the agenda then counts', async () => {
    const p = page();
    await openSection(p, 'Platser och åtgärdsplaner');
    await p.getByTestId('draw-place-name').fill('Rålambshovsparken');
    await p.getByTestId('draw-place-start').click();
    await p.getByTestId('draw-place').waitFor();
    await drawRectangle(p, { fx: 0.5, fy: 0.3, width: 140, height: 110, by: 'mouse' });
    await p.getByRole('button', { name: 'Spara området' }).click();
    await expect
      .poll(() => p.getByTestId('places-section').getByRole('status').innerText())
      .toBe(
        'Rålambshovsparken sparades som område. Lägg till det i dagordningen för att se dess siffror.',
      );
    await p.getByLabel('Lägg till plats eller ÖDS').selectOption({ label: 'Rålambshovsparken' });
    await p.getByRole('button', { name: 'Lägg till', exact: true }).click();
    const item = p.getByTestId('agenda').locator('li', { hasText: 'Rålambshovsparken' });
    expect(await item.innerText()).toContain('Sparat område');
    await expect
      .poll(() =>
        p.getByTestId('changes-by-place').locator('tr', { hasText: 'Rålambshovsparken' }).count(),
      )
      .toBe(1);
  });

  it('reported no errors on the page throughout', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
