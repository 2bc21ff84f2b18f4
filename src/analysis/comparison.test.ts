import { describe, expect, it } from 'vitest';
import { CATEGORIES, SKADEGORELSE_INDEX } from './categories';
import { compareCategories } from './comparison';
import { COUNT_SLOTS, UNMAPPED_SLOT } from './countCategories';

const SAME = { current: 301, previous: 301 };
const counts = (fill: (slot: number) => number) =>
  Array.from({ length: COUNT_SLOTS }, (_, s) => fill(s));

describe('category comparison', () => {
  it('leaves skadegörelse out of the first total and in the second', () => {
    const now = counts((s) => (s === SKADEGORELSE_INDEX ? 100 : s === UNMAPPED_SLOT ? 0 : 10));
    const rows = compareCategories(now, now, SAME);
    expect([rows[0].current, rows[1].current]).toEqual([90, 190]);
  });

  it('gives change in count and per cent of the earlier period', () => {
    const row = compareCategories(
      counts(() => 12),
      counts(() => 8),
      SAME,
    )[2];
    expect([row.change, row.changePercent]).toEqual([4, 50]);
  });

  it('has no per cent when the earlier count is zero', () => {
    expect(
      compareCategories(
        counts(() => 3),
        counts(() => 0),
        SAME,
      )[2].changePercent,
    ).toBeNull();
  });

  it('does not call a rise from 8 to 12 notable', () => {
    expect(
      compareCategories(
        counts(() => 12),
        counts(() => 8),
        SAME,
      )[2].notable,
    ).toBe(false);
  });

  it('shows unmapped rows instead of hiding them', () => {
    const rows = compareCategories(
      counts((s) => (s === UNMAPPED_SLOT ? 5 : 0)),
      counts(() => 0),
      SAME,
    );
    expect(rows.at(-1)?.label).toMatch(/^Ej mappad/);
  });

  it('counts unmapped rows in both totals, so no offence is dropped', () => {
    const rows = compareCategories(
      counts((s) => (s === UNMAPPED_SLOT ? 5 : 1)),
      counts(() => 0),
      SAME,
    );
    expect(rows[0].current).toBe(CATEGORIES.length - 1 + 5);
    expect(rows[1].current).toBe(CATEGORIES.length + 5);
  });
});
