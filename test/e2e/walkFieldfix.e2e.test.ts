import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, OUTPUT_DIR, waitForMapReady, type OpenedPage } from './browser';
import { tapMap, tooltipShown } from './mapPage';

const TABLET = { width: 1024, height: 768 };

/** What a walk-through on a tablet (1024×768, touch) found in the Trygghetsvandring view. */
describe('the walk view on a tablet', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage(inject('baseUrl'), TABLET, { hasTouch: true });
    page = opened.page;
    await waitForMapReady(page);
    await page.getByTestId('view-walk').tap();
    await page.getByTestId('walk-new').tap();
    await page.getByTestId('walk-name').fill('Kvällsvandring Fridhemsplan');
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('leaves no tooltip over the map when taps place route points', async () => {
    await page.getByTestId('walk-draw').tap();
    for (const [fx, fy] of [
      [0.35, 0.5],
      [0.5, 0.45],
      [0.62, 0.55],
    ])
      await tapMap(page, fx, fy);
    expect(await tooltipShown(page)).toBe(false);
    await page.getByTestId('walk-draw-done').tap();
    await page.getByTestId('walk-add-stop').tap();
    await tapMap(page, 0.5, 0.45);
    await expect.poll(() => page.getByTestId('walk-stops').locator('li').count()).toBe(1);
    expect(await tooltipShown(page)).toBe(false);
    // Nor does a tap that places something select the stadsdel under it.
    expect(new URL(page.url()).searchParams.get('s')).toBeNull();
    writeFileSync(join(OUTPUT_DIR, 'walk-fieldfix-plan-1024.png'), await page.screenshot());
  });

  it('suggests the strongest few stops in plain Swedish', async () => {
    const list = page.getByTestId('walk-suggestions');
    await list.waitFor();
    const labels = await list.locator('li > span').allInnerTexts();
    console.log(`${labels.length} suggestions shown:\n${labels.join('\n')}`);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(8);
    expect(labels.join('\n')).not.toMatch(/Gi\*|z =|hot spot/i);
    // Each says where first (a street or a scene), then what, then how far along.
    for (const l of labels)
      expect(l).toMatch(/^[^:\d][^:]*: .+ – (efter [\d ,]+ (m|km)|vid starten)$/);
    const buttons = list.locator('li button');
    for (const b of await buttons.all()) {
      expect(await b.innerText()).toBe('+ Stopp');
      expect(await b.getAttribute('aria-label')).toMatch(/^Lägg till som stopp: [^:]+: /);
      // One line of text, a finger's height.
      const box = (await b.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeLessThan(50);
    }
    await list.scrollIntoViewIfNeeded();
    writeFileSync(join(OUTPUT_DIR, 'walk-fieldfix-suggestions-1024.png'), await page.screenshot());
  });

  it('opens a new observation where it can be seen, and keeps its text field in view when typing', async () => {
    await page.getByTestId('walk-tab-field').tap();
    await page.getByTestId('walk-observe-tap').tap();
    await tapMap(page, 0.55, 0.6);
    const form = page.getByTestId('walk-observation-form');
    await form.waitFor();
    await page.waitForTimeout(300);
    const box = (await form.boundingBox())!;
    console.log(`observation form opens at y = ${Math.round(box.y)} of ${TABLET.height}`);
    // Its heading and first controls are on screen, not below the fold.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(TABLET.height / 3);
    const text = page.getByTestId('walk-observation-text');
    await text.tap();
    await page.waitForTimeout(200);
    const field = (await text.boundingBox())!;
    expect(field.y).toBeGreaterThanOrEqual(0);
    expect(field.y + field.height).toBeLessThanOrEqual(TABLET.height);
    await text.fill('Trasig lampa vid trappan');
    writeFileSync(join(OUTPUT_DIR, 'walk-fieldfix-observation-1024.png'), await page.screenshot());
  });

  it('has a legend for the walk: route, stops and observations in their own colours', async () => {
    await page.getByTestId('walk-observation-done').tap();
    // On the tablet the walk view's legend starts folded, one tap from open.
    const show = page.getByTestId('legend').getByRole('button', { name: 'Visa teckenförklaring' });
    if ((await show.count()) > 0) await show.tap();
    const legend = await page.getByTestId('legend-view').innerText();
    expect(legend).toMatch(
      /Vandringens rutt[\s\S]*Stopp[\s\S]*Observation: brist[\s\S]*Observation: positiv/,
    );
    writeFileSync(join(OUTPUT_DIR, 'walk-fieldfix-legend-1024.png'), await page.screenshot());
  });

  it('reopens the same walk in the same step after a reload, from the address', async () => {
    const id = await page.getByTestId('walk-select').inputValue();
    expect(id).toMatch(/^walk:/);
    const search = new URL(page.url()).searchParams;
    expect(search.get('v')).toBe('walk');
    expect(search.get('w')).toBe(id);
    expect(search.get('wm')).toBe('field');
    await page.reload();
    await waitForMapReady(page);
    await page.getByTestId('walk-panel').waitFor();
    await expect.poll(() => page.getByTestId('walk-select').inputValue()).toBe(id);
    expect(await page.getByTestId('walk-tab-field').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('walk-field').waitFor();
  });

  it('prints a positive observation apart from a problem, on the overview map too', async () => {
    await page.getByTestId('walk-observe-tap').tap();
    await tapMap(page, 0.45, 0.5);
    const form = page.getByTestId('walk-observation-form');
    await form.getByRole('button', { name: '+ Bra' }).tap();
    await page.getByTestId('walk-observation-text').fill('Mycket folk vid kiosken');
    await page.getByTestId('walk-observation-done').tap();
    await page.getByTestId('walk-tab-after').tap();
    await page.evaluate(() => (window.print = () => {}));
    await page.getByTestId('walk-print-protocol').tap();
    const sheet = page.getByTestId('walk-sheet-protocol');
    await sheet.waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const overview = sheet.locator('svg.walk-svg').first();
    const fills = (selector: string) =>
      sheet.locator(selector).evaluateAll((cs) => cs.map((c) => c.getAttribute('fill')));
    expect(await overview.locator('.walk-mark-problem').count()).toBe(1);
    expect(await overview.locator('.walk-mark-positive').count()).toBe(1);
    // The screen map's symbols: a problem black in white, a positive white in black; no red dot.
    expect(new Set(await fills('.walk-mark-problem'))).toEqual(new Set(['rgb(0 0 0)']));
    expect(new Set(await fills('.walk-mark-positive'))).toEqual(new Set(['rgb(255 255 255)']));
    expect(await sheet.locator('circle[fill="#c81e1e"]').count()).toBe(0);
    const bra = sheet.locator('.walk-sheet-observation', { hasText: 'Mycket folk vid kiosken' });
    expect(await bra.locator('.walk-mark-positive').count()).toBe(1);
    expect(await sheet.getByTestId('walk-sheet-key').innerText()).toMatch(/Brist\s+Bra/);
    writeFileSync(
      join(OUTPUT_DIR, 'walk-fieldfix-protocol-print-1024.png'),
      await page.screenshot({ fullPage: true }),
    );
    await page.emulateMedia({ media: 'screen' });
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
