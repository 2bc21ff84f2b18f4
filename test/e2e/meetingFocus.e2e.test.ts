import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './browser';
import { openMeetingPage } from './meetingPage';

/**
 * The EST meeting on a 1920 × 1080 projector, worked with the keyboard only (a walk-through found
 * the focus leaving the slide). The clock is the meeting test's: Monday 20 October 2025.
 */

interface Focused {
  /** The focused element's accessible text (its aria-label, else its text), at most 60 characters. */
  name: string;
  inPresentation: boolean;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      // Short: a page's whole text (the focus on <body>) would drown a failure's message.
      name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 60),
      inPresentation: Boolean(el?.closest('[data-testid="presentation"]')),
    };
  });

/** Presses `key` `times` times, noting where the focus lands after each press. */
async function press(page: Page, key: string, times: number): Promise<Focused[]> {
  const landed: Focused[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    landed.push(await focused(page));
  }
  return landed;
}

/** Starts the presentation from its button with the keyboard, as the walk-through did. */
async function startWithKeyboard(page: Page): Promise<void> {
  // A presentation just left may still be leaving full screen; its end would end this one too.
  await page.waitForFunction(() => !document.fullscreenElement);
  await page.getByTestId('start-presentation').focus();
  await page.keyboard.press('Enter');
  // The slide takes the focus when it shows; the keyboard starts from there.
  await page.waitForFunction(
    () => document.activeElement === document.querySelector('[data-testid="slide"]'),
  );
}

describe('the EST meeting with the keyboard only, at 1920 × 1080', () => {
  let opened: OpenedPage;
  const page = () => opened.page;

  beforeAll(async () => {
    opened = await openMeetingPage();
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  it('reaches Starta presentation by Tab before any of the export buttons', async () => {
    const startFirst = await page().evaluate(() => {
      const start = document.querySelector('[data-testid="start-presentation"]')!;
      const exports = document.querySelector('[data-testid="exports"]')!;
      return Boolean(start.compareDocumentPosition(exports) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(startFirst).toBe(true);
  });

  it('has one tab stop in the map, the labelled map itself (not deck.gl’s canvas)', async () => {
    const canvases = await page().evaluate(() =>
      [...document.querySelectorAll('canvas')]
        .filter((c) => c.tabIndex >= 0)
        .map((c) => c.getAttribute('aria-label')),
    );
    expect(canvases).toEqual(['Karta. Flytta med piltangenterna, zooma med plus och minus.']);
  });

  it('keeps Tab and Shift+Tab on the slide’s own controls while presenting', async () => {
    await startWithKeyboard(page());
    const forward = await press(page(), 'Tab', 10);
    expect(forward.filter((f) => !f.inPresentation)).toEqual([]);
    // Round and round: past "Avsluta" it starts over at the slide's first control.
    const names = forward.map((f) => f.name);
    const exit = names.indexOf('Avsluta');
    expect(exit).toBeGreaterThanOrEqual(0);
    expect(names[exit + 1]).toMatch(/^\+ Nytt beslut för/);
    const backward = await press(page(), 'Shift+Tab', 10);
    expect(backward.filter((f) => !f.inPresentation)).toEqual([]);
    expect(new Set(backward.map((f) => f.name))).toEqual(new Set(names));
    await page().keyboard.press('Escape');
    await expect.poll(() => page().getByTestId('presentation').count()).toBe(0);
    expect((await focused(page())).name).toBe('Starta presentation');
  });

  it('closes the slide’s decision form with Esc, back on "+ Nytt beslut", text kept', async () => {
    const p = page();
    await startWithKeyboard(p);
    await p.keyboard.press('Tab');
    expect((await focused(p)).name).toMatch(/^\+ Nytt beslut för/);
    await p.keyboard.press('Enter');
    await expect
      .poll(() => p.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('title');
    await p.keyboard.type('Belysning vid trappan');
    await p.keyboard.press('Escape');
    const form = p.getByTestId('slide-action-form');
    await expect.poll(() => form.isVisible()).toBe(false);
    await expect.poll(async () => (await focused(p)).name).toMatch(/^\+ Nytt beslut för/);
    expect(await p.getByTestId('presentation').count()).toBe(1);
    // Reopened, the form has what was typed, and typing goes on where it was.
    await p.keyboard.press('Enter');
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await form.locator('input[name="title"]').inputValue()).toBe('Belysning vid trappan');
    await expect
      .poll(() => p.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('title');
    // Esc closes the form, a second Esc the presentation, back on what opened it.
    await p.keyboard.press('Escape');
    await expect.poll(async () => (await focused(p)).name).toMatch(/^\+ Nytt beslut för/);
    await p.keyboard.press('Escape');
    await expect.poll(() => p.getByTestId('presentation').count()).toBe(0);
    expect((await focused(p)).name).toBe('Starta presentation');
  });

  it('reported no errors on the page throughout', () => {
    expect(opened.pageErrors).toEqual([]);
  });
});
