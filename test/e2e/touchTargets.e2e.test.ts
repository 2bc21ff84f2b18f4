import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTabletPage, type OpenedPage } from './browser';
import { smallTouchTargets } from './touchTargets';

/** Every view's panel on a 1024×768 touch screen, with its sections open: fingers, not a mouse. */
describe('touch targets in every view on a 1024×768 touch screen', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openTabletPage(inject('baseUrl'));
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  const openAllSections = () =>
    page.evaluate(() => {
      for (const d of document.querySelectorAll('aside details'))
        (d as HTMLDetailsElement).open = true;
    });

  it.each([
    ['EST-möte', 'view-meeting', 'meeting-series'],
    ['Jämför ÖDS', 'view-compare', 'compare-card'],
    ['Trygghetsvandring', 'view-walk', 'walk-panel'],
  ])('makes every control in %s at least 44 px, buttons 44 px wide', async (_, tab, ready) => {
    await page.getByTestId(tab).tap();
    await page.getByTestId(ready).waitFor();
    await openAllSections();
    expect(await smallTouchTargets(page, 'aside')).toEqual([]);
  });

  it('raised no page errors', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
