import type { ComparisonRow } from '../../analysis/comparison';
import { formatDay } from '../../analysis/isoWeek';
import type { PeriodPair } from '../../analysis/periods';
import { isMasked } from '../../analysis/privacy';
import { blank, countCell, num, text, type TextTable } from '../../cli/tableModel';

/** The row every "changes by" table shows: the lägesbild's headline total. */
export const HEADLINE = 'Totalt (exkl. skadegörelse)';

export const headlineOf = (rows: ComparisonRow[] | undefined) =>
  rows?.find((r) => r.label === HEADLINE) ?? null;

/**
 * Changes by place or by area as a table for CSV and Markdown: the headline
 * total now and before, with the change; a masked count hides the change,
 * which would otherwise reveal it.
 */
export function changesTable(
  title: string,
  what: string,
  places: { name: string; rows: ComparisonRow[] | undefined }[],
  periods: PeriodPair,
  threshold: number,
): TextTable {
  const { current, previous } = periods;
  return {
    title: `${title}, ${current.label} mot ${previous.label}`,
    columns: [
      { label: what, numeric: false },
      { label: current.label, numeric: true },
      { label: previous.label, numeric: true },
      { label: 'Förändring', numeric: true },
      { label: 'Förändring (%)', numeric: true },
      { label: 'Säkerställd', numeric: false },
    ],
    rows: places.map(({ name, rows }) => {
      const r = headlineOf(rows);
      if (!r) return [text(name), blank, blank, blank, blank, blank];
      const nowMasked = isMasked(r.current, threshold);
      const beforeMasked = isMasked(r.previous, threshold);
      const hide = nowMasked || beforeMasked;
      return [
        text(name),
        countCell(r.current, threshold, nowMasked),
        countCell(r.previous, threshold, beforeMasked),
        hide ? blank : num(r.change, 0, { signed: true }),
        hide || r.changePercent === null
          ? blank
          : num(r.changePercent, 1, { signed: true, suffix: ' %' }),
        hide ? blank : text(r.notable ? 'ja' : 'nej'),
      ];
    }),
    notes: [
      `${HEADLINE}. Perioder: ${formatDay(current.first)} – ${formatDay(current.last)} mot ${formatDay(previous.first)} – ${formatDay(previous.last)}.`,
      `Antal under ${threshold} visas som "< ${threshold}", och då visas inte förändringen.`,
    ],
  };
}
