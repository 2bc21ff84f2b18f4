import type { ComparisonRow } from '../analysis/comparison';
import type { PeriodPair } from '../analysis/periods';
import { formatDay } from '../analysis/isoWeek';
import { isMasked } from '../analysis/privacy';
import { blank, countCell, num, round, text, type Cell, type TextTable } from './tableModel';

export interface ComparisonInput {
  scopeLabel: string;
  periods: PeriodPair;
  rows: ComparisonRow[];
  threshold: number;
}

const KIND_LABELS: Record<ComparisonRow['kind'], string> = {
  total: 'totalt',
  category: 'kategori',
  unmapped: 'ej mappad',
};

function rowCells(r: ComparisonRow, t: number): Cell[] {
  const nowMasked = isMasked(r.current, t);
  const beforeMasked = isMasked(r.previous, t);
  // The difference of a shown and a masked count would reveal the masked one.
  const hideChange = nowMasked || beforeMasked;
  return [
    text(r.label),
    countCell(r.current, t, nowMasked),
    countCell(r.previous, t, beforeMasked),
    hideChange ? blank : num(r.change, 0, { signed: true }),
    hideChange || r.changePercent === null
      ? blank
      : num(r.changePercent, 1, { signed: true, suffix: ' %' }),
    hideChange ? blank : text(r.notable ? 'ja' : 'nej'),
  ];
}

export function comparisonTextTable(input: ComparisonInput): TextTable {
  const { current, previous } = input.periods;
  const t = input.threshold;
  return {
    title: `Anmälda brott: ${input.scopeLabel}, ${current.label} mot ${previous.label}`,
    columns: [
      { label: 'Brottskategori', numeric: false },
      { label: current.label, numeric: true },
      { label: previous.label, numeric: true },
      { label: 'Förändring', numeric: true },
      { label: 'Förändring (%)', numeric: true },
      { label: 'Säkerställd', numeric: false },
    ],
    rows: input.rows.map((r) => rowCells(r, t)),
    notes: [
      `Perioder: ${formatDay(current.first)} – ${formatDay(current.last)} mot ${formatDay(previous.first)} – ${formatDay(previous.last)}.`,
      'Säkerställd = förändringen är större än slumpen (p < 0,05, villkorat Poissontest som tar hänsyn till periodernas längd). ' +
        `Antal under ${t} visas som "< ${t}", och då visas inte förändringen.`,
    ],
  };
}

export function comparisonJson(input: ComparisonInput): unknown {
  const t = input.threshold;
  const period = (p: PeriodPair['current']) => ({
    etikett: p.label,
    fran: formatDay(p.first),
    till: formatDay(p.last),
  });
  return {
    tabell: 'comparison',
    omrade: input.scopeLabel,
    period: { aktuell: period(input.periods.current), jamforelse: period(input.periods.previous) },
    integritetsgrans: t,
    rader: input.rows.map((r) => {
      const masked = isMasked(r.current, t) || isMasked(r.previous, t);
      return {
        kategori: r.label,
        typ: KIND_LABELS[r.kind],
        aktuell: isMasked(r.current, t) ? null : r.current,
        jamforelse: isMasked(r.previous, t) ? null : r.previous,
        forandring: masked ? null : r.change,
        forandring_procent: masked || r.changePercent === null ? null : round(r.changePercent, 1),
        // The test result of a masked count says something about it too.
        sakerstalld: masked ? null : r.notable,
        p_varde: masked ? null : round(r.pValue, 4),
        maskerad: masked,
      };
    }),
  };
}
