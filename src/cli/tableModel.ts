/**
 * A table before it is written: cells keep their type so that CSV can write
 * numbers as numbers (Excel computes with them) and escape only text.
 */
export type Cell =
  | { kind: 'text'; text: string }
  | {
      kind: 'number';
      value: number;
      decimals: number;
      /** Markdown shows a + on rises and a unit; CSV writes the bare number. */
      signed?: boolean;
      suffix?: string;
    }
  /** A count below the privacy threshold. */
  | { kind: 'masked'; threshold: number }
  /** A value that would reveal a masked count, or that does not exist (per cent of 0). */
  | { kind: 'blank' };

export interface Column {
  label: string;
  numeric: boolean;
}

export interface TextTable {
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Explanations printed under the table in Markdown. */
  notes: string[];
}

export const text = (t: string): Cell => ({ kind: 'text', text: t });
export const num = (
  value: number,
  decimals = 0,
  extra: { signed?: boolean; suffix?: string } = {},
): Cell => ({
  kind: 'number',
  value,
  decimals,
  ...extra,
});
export const blank: Cell = { kind: 'blank' };

export function countCell(value: number, threshold: number, masked: boolean): Cell {
  return masked ? { kind: 'masked', threshold } : num(value);
}

export const maskedLabel = (threshold: number) => `< ${threshold}`;

/** Rounds for JSON, where long binary fractions only get in the way of reading. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
