import { CATEGORIES, SKADEGORELSE_INDEX } from './categories';
import { sumSlots, UNMAPPED_SLOT } from './countCategories';
import { testChange } from './significance';

export type RowKind = 'total' | 'category' | 'unmapped';

export interface ComparisonRow {
  label: string;
  kind: RowKind;
  current: number;
  previous: number;
  change: number;
  /** Change in per cent of the previous count; null when the previous count is 0. */
  changePercent: number | null;
  /** Whether the change is more than chance (conditional Poisson test, p < 0.05). */
  notable: boolean;
  pValue: number;
}

/** Lengths of the two periods in days: a longer period is expected to hold more. */
export interface PeriodDays {
  current: number;
  previous: number;
}

function row(
  label: string,
  kind: RowKind,
  current: number,
  previous: number,
  days: PeriodDays,
): ComparisonRow {
  const test = testChange(current, previous, days.current, days.previous);
  return {
    label,
    kind,
    current,
    previous,
    change: current - previous,
    changePercent: previous === 0 ? null : ((current - previous) / previous) * 100,
    notable: test.notable,
    pValue: test.pValue,
  };
}

/**
 * The lägesbild period table: totals with and without skadegörelse (which the
 * documents report separately because it lags), then one row per category.
 */
export function compareCategories(
  current: ArrayLike<number>,
  previous: ArrayLike<number>,
  days: PeriodDays,
): ComparisonRow[] {
  // Unmapped rows are in both totals and shown on their own row, never dropped.
  const exclSkadegorelse = (s: number) => s !== SKADEGORELSE_INDEX;
  const rows = [
    row(
      'Totalt (exkl. skadegörelse)',
      'total',
      sumSlots(current, exclSkadegorelse),
      sumSlots(previous, exclSkadegorelse),
      days,
    ),
    row(
      'Totalt (inkl. skadegörelse)',
      'total',
      sumSlots(current, () => true),
      sumSlots(previous, () => true),
      days,
    ),
    ...CATEGORIES.map((name, i) => row(name, 'category', current[i], previous[i], days)),
  ];
  if (current[UNMAPPED_SLOT] > 0 || previous[UNMAPPED_SLOT] > 0) {
    rows.push(
      row(
        'Ej mappad (okänd kategori)',
        'unmapped',
        current[UNMAPPED_SLOT],
        previous[UNMAPPED_SLOT],
        days,
      ),
    );
  }
  return rows;
}
