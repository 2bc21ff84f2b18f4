import type { Page } from 'playwright-core';

/**
 * The visible controls smaller than a finger: every button, select, input and summary must be at
 * least 44 px tall, and a button at least 44 px wide too (one-character buttons such as ↑ ↓ were
 * 21 px). A checkbox is tapped through its label, so the label is measured. Each as
 * 'TAG "text" w×h'.
 */
export function smallTouchTargets(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((root) => {
    const controls = document
      .querySelector(root)
      ?.querySelectorAll<HTMLElement>('button, select, input, summary');
    const out: string[] = [];
    for (const el of controls ?? []) {
      if (!el.checkVisibility()) continue;
      const toggle = el instanceof HTMLInputElement && /checkbox|radio/.test(el.type);
      const target = (toggle && el.closest('label')) || el;
      const r = target.getBoundingClientRect();
      if (r.height < 44 || (el.tagName === 'BUTTON' && r.width < 44)) {
        const name = el.getAttribute('aria-label') || el.title;
        out.push(
          `${el.tagName} "${(target.textContent ?? name).trim().slice(0, 30) || name}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return out;
  }, within);
}
