import { CATEGORIES, SKADEGORELSE_INDEX } from './categories';
import { sumSlots, UNMAPPED_SLOT } from './countCategories';

export type RowKind = 'total' | 'category' | 'unmapped';

export interface ComparisonRow {
  label: string;
  kind: RowKind;
  current: number;
  previous: number;
  change: number;
  /** Change in per cent of the previous count; null when the previous count is 0. */
  changePercent: number | null;
}

function row(label: string, kind: RowKind, current: number, previous: number): ComparisonRow {
  return {
    label,
    kind,
    current,
    previous,
    change: current - previous,
    changePercent: previous === 0 ? null : ((current - previous) / previous) * 100,
  };
}

/**
 * The lägesbild period table: totals with and without skadegörelse (which the
 * documents report separately because it lags), then one row per category.
 */
export function compareCategories(
  current: ArrayLike<number>,
  previous: ArrayLike<number>,
): ComparisonRow[] {
  const exclSkadegorelse = (s: number) => s !== SKADEGORELSE_INDEX && s !== UNMAPPED_SLOT;
  const mapped = (s: number) => s !== UNMAPPED_SLOT;
  const rows = [
    row(
      'Totalt (exkl. skadegörelse)',
      'total',
      sumSlots(current, exclSkadegorelse),
      sumSlots(previous, exclSkadegorelse),
    ),
    row(
      'Totalt (inkl. skadegörelse)',
      'total',
      sumSlots(current, mapped),
      sumSlots(previous, mapped),
    ),
    ...CATEGORIES.map((name, i) => row(name, 'category', current[i], previous[i])),
  ];
  if (current[UNMAPPED_SLOT] > 0 || previous[UNMAPPED_SLOT] > 0) {
    rows.push(
      row(
        'Okänd kategori (ej mappad)',
        'unmapped',
        current[UNMAPPED_SLOT],
        previous[UNMAPPED_SLOT],
      ),
    );
  }
  return rows;
}
