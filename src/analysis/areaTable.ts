import { sumSlots, COUNT_SLOTS } from './countCategories';

export interface AreaInput {
  id: string;
  name: string;
  hectares: number;
  /** Category counts (COUNT_SLOTS) for the selected period and filters. */
  counts: ArrayLike<number>;
}

export interface AreaRow {
  id: string;
  name: string;
  hectares: number;
  count: number;
  perHectare: number;
  byCategory: number[];
}

/**
 * Counts per area with the rate per true hectare; `include` selects the
 * categories shown. Rows with an unmapped category count like any other
 * (slot UNMAPPED_SLOT, "Ej mappad"), so a garbled category column can never
 * make offences vanish from the areas.
 */
export function buildAreaTable(areas: AreaInput[], include: (slot: number) => boolean): AreaRow[] {
  return areas.map((a) => {
    const count = sumSlots(a.counts, include);
    return {
      id: a.id,
      name: a.name,
      hectares: a.hectares,
      count,
      perHectare: a.hectares > 0 ? count / a.hectares : 0,
      byCategory: Array.from({ length: COUNT_SLOTS }, (_, s) => a.counts[s]),
    };
  });
}

/** Sums areas into one row, e.g. the stadsdelar of a stadsdelsområde. */
export function sumAreaRows(id: string, name: string, rows: AreaRow[]): AreaRow {
  const hectares = rows.reduce((s, r) => s + r.hectares, 0);
  const count = rows.reduce((s, r) => s + r.count, 0);
  const byCategory = Array.from({ length: COUNT_SLOTS }, (_, s) =>
    rows.reduce((sum, r) => sum + r.byCategory[s], 0),
  );
  return { id, name, hectares, count, perHectare: hectares > 0 ? count / hectares : 0, byCategory };
}
