import { roundedAreaParts } from '../../analysis/areaParts';
import { CATEGORIES } from '../../analysis/categories';
import type { CountFigure } from '../../analysis/extentCard';
import type { HeadlineCategory } from '../../analysis/extentHeadline';
import { maskedText } from '../../analysis/privacy';
import type { ComparisonView } from '../../worker/protocol';
import { formatCount, formatPercent } from '../format';

/** One row of the numbers card: a measure, its value in A and in B, and the change. */
export interface CardRow {
  label: string;
  a: string;
  b: string;
  change: string;
}

const twoDecimals = new Intl.NumberFormat('sv-SE', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "27,63 ha"; "–" when the scene has no extent that year. */
export const hectaresText = (v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : `${twoDecimals.format(v)} ha`;

const count = (f: CountFigure | undefined, t: number) =>
  !f ? '–' : f.masked ? maskedText(t) : formatCount(f.count);
const rate = (f: CountFigure | undefined) =>
  f && f.perHectare !== null ? twoDecimals.format(f.perHectare) : '–';
const countChange = (a: CountFigure | undefined, b: CountFigure | undefined) =>
  a && b && !a.masked && !b.masked && a.count > 0
    ? formatPercent(((b.count - a.count) / a.count) * 100)
    : '–';

/** Area, kept, lost and gained: the A column sums to A, the B column to B, as shown. */
export function areaRows(c: ComparisonView): CardRow[] {
  const both = c.a !== null && c.b !== null;
  const r = roundedAreaParts({
    a: c.a?.hectares ?? null,
    b: c.b?.hectares ?? null,
    kept: c.keptHa,
    lost: c.lostHa,
    gained: c.gainedHa,
  });
  return [
    {
      label: 'Yta',
      a: hectaresText(r.a),
      b: hectaresText(r.b),
      change: formatPercent(c.areaChangePercent),
    },
    {
      label: 'Kvar båda åren',
      a: both ? hectaresText(r.kept) : '–',
      b: both ? hectaresText(r.kept) : '–',
      change: '',
    },
    { label: 'Försvunnen (bara A)', a: c.a ? hectaresText(r.lost) : '–', b: '', change: '' },
    { label: 'Tillkommen (bara B)', a: '', b: c.b ? hectaresText(r.gained) : '–', change: '' },
  ];
}

/** Count and count per hectare of the chosen offences ('all': the ten categories together). */
export function offenceRows(
  c: ComparisonView,
  category: HeadlineCategory,
  threshold: number,
): CardRow[] {
  const pick = (s: ComparisonView['a']) =>
    !s ? undefined : category === 'all' ? s.total : s.categories[category];
  const subject = category === 'all' ? 'Alla brott' : CATEGORIES[category];
  const a = pick(c.a);
  const b = pick(c.b);
  const perHa = category === 'all' ? c.perHectareChangePercent : c.categoryChangePercent[category];
  return [
    {
      label: `${subject} (antal)`,
      a: count(a, threshold),
      b: count(b, threshold),
      change: countChange(a, b),
    },
    { label: `${subject} per hektar`, a: rate(a), b: rate(b), change: formatPercent(perHa) },
  ];
}

/** Every category, for the details under the card. */
export function categoryRows(c: ComparisonView, threshold: number): CardRow[] {
  return [
    ...offenceRows(c, 'all', threshold),
    ...CATEGORIES.flatMap((_, i) => offenceRows(c, i, threshold)),
  ];
}
