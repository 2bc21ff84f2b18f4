import { roundedAreaParts } from '../analysis/areaParts';
import type { AreaComparison, CountFigure, ExtentCard } from '../analysis/extentCard';
import { CATEGORIES } from '../analysis/categories';
import { headlineCertainty, headlineOf } from '../analysis/extentHeadline';
import { formatDay } from '../analysis/isoWeek';
import { LINEAGE_KINDS } from '../analysis/lineage';
import {
  LINEAGE_LABELS,
  lineageCountsText,
  partialYearsNote,
  sceneStateText,
  type ExtentsReport,
} from './extentsReport';
import { renderCsv } from './renderCsv';
import { escapeMarkdownText, renderMarkdown } from './renderMarkdown';
import { blank, countCell, num, text, type Cell, type TextTable } from './tableModel';

/** One row of a comparison: a measure, its value in A and in B, and the change. */
interface Measure {
  label: string;
  a: Cell;
  b: Cell;
  change: Cell;
}

const pct = (v: number | null): Cell =>
  v === null ? blank : num(v, 1, { signed: true, suffix: ' %' });
const hectares = (v: number | null | undefined): Cell =>
  v === null || v === undefined ? blank : num(v, 2);
const countOf = (f: CountFigure | undefined, t: number): Cell =>
  f ? countCell(f.count, t, f.masked) : blank;
const rateOf = (f: CountFigure | undefined): Cell =>
  f && f.perHectare !== null ? num(f.perHectare, 2) : blank;
const countChange = (a: CountFigure | undefined, b: CountFigure | undefined): Cell =>
  a && b && !a.masked && !b.masked && a.count > 0
    ? pct(((b.count - a.count) / a.count) * 100)
    : blank;

/** Area and totals; the A column sums to A (kept + lost), the B column to B (kept + gained), as shown. */
function summaryMeasures(c: AreaComparison, t: number): Measure[] {
  const { a, b, diff } = c;
  const r = roundedAreaParts({
    a: a?.hectares ?? null,
    b: b?.hectares ?? null,
    kept: diff.keptHa,
    lost: diff.lostHa,
    gained: diff.gainedHa,
  });
  return [
    {
      label: 'Yta (ha)',
      a: hectares(r.a),
      b: hectares(r.b),
      change: pct(c.areaChangePercent),
    },
    {
      label: 'Kvar båda åren (ha)',
      a: a && b ? hectares(r.kept) : blank,
      b: a && b ? hectares(r.kept) : blank,
      change: blank,
    },
    { label: 'Försvunnen (ha)', a: a ? hectares(r.lost) : blank, b: blank, change: blank },
    { label: 'Tillkommen (ha)', a: blank, b: b ? hectares(r.gained) : blank, change: blank },
    {
      label: 'Brott (antal)',
      a: countOf(a?.total, t),
      b: countOf(b?.total, t),
      change: countChange(a?.total, b?.total),
    },
    {
      label: 'Brott per hektar',
      a: rateOf(a?.total),
      b: rateOf(b?.total),
      change: pct(c.perHectareChangePercent),
    },
  ];
}

function categoryMeasures(c: AreaComparison, t: number): Measure[] {
  return CATEGORIES.flatMap((category, i) => {
    const a = c.a?.categories[i];
    const b = c.b?.categories[i];
    return [
      {
        label: `${category} (antal)`,
        a: countOf(a, t),
        b: countOf(b, t),
        change: countChange(a, b),
      },
      {
        label: `${category} per hektar`,
        a: rateOf(a),
        b: rateOf(b),
        change: pct(c.categoryChangePercent[i]),
      },
    ];
  });
}

interface Parts {
  label: string;
  comparison: AreaComparison;
}

function partsOf(card: ExtentCard, ringWidth: number): Parts[] {
  const parts = [{ label: 'utbredningen', comparison: card.extent }];
  if (card.ring) parts.push({ label: `zonen ${ringWidth} m runt`, comparison: card.ring });
  return parts;
}

const yearColumns = (r: ExtentsReport) => [
  { label: `${r.yearA} (brott ${r.periods.a.label})`, numeric: true },
  { label: `${r.yearB} (brott ${r.periods.b.label})`, numeric: true },
];

function periodNote(r: ExtentsReport): string {
  const span = (p: ExtentsReport['periods']['a']) => `${formatDay(p.first)} – ${formatDay(p.last)}`;
  return (
    `Brott ${span(r.periods.a)} i utbredningen ${r.yearA} mot brott ${span(r.periods.b)} i utbredningen ${r.yearB}. ` +
    'Antal = alla tio brottskategorier (inkl. skadegörelse). Hektar = verklig yta i SWEREF 99 TM. ' +
    `Antal under ${r.threshold} visas som "< ${r.threshold}", och då visas varken antal per hektar eller förändring.`
  );
}

function regionTable(r: ExtentsReport): TextTable {
  return {
    title: `Utbredningar ${r.yearA} mot ${r.yearB}`,
    columns: [
      { label: 'Alla scener', numeric: false },
      { label: String(r.yearA), numeric: true },
      { label: String(r.yearB), numeric: true },
    ],
    rows: [
      [text('Antal scener'), num(r.region.a.scenes), num(r.region.b.scenes)],
      [text('Hektar sammanlagt'), num(r.region.a.hectares, 2), num(r.region.b.hectares, 2)],
    ],
    notes: [
      `Mellan ${r.yearA} och ${r.yearB}: ${lineageCountsText(r.region.counts)}.`,
      ...[partialYearsNote(r.partialYears ?? [])].filter((n) => n !== null),
      periodNote(r),
    ],
  };
}

function measureTable(
  title: string,
  measures: Measure[],
  r: ExtentsReport,
  notes: string[],
): TextTable {
  return {
    title,
    columns: [
      { label: 'Mått', numeric: false },
      ...yearColumns(r),
      { label: 'Förändring', numeric: true },
    ],
    rows: measures.map((m) => [text(m.label), m.a, m.b, m.change]),
    notes,
  };
}

function sceneMarkdown(card: ExtentCard, r: ExtentsReport): string {
  const name = escapeMarkdownText(card.name);
  const parts = (side: ExtentCard['scene']['a'], year: number) =>
    side
      .map((s) =>
        escapeMarkdownText(
          `${s.name} ${s.year}${s.statuses.length ? ` (${s.statuses.join(', ')})` : ''}`,
        ),
      )
      .join(', ') || ((r.partialYears ?? []).includes(year) ? LINEAGE_LABELS.unmapped : '–');
  const head =
    `## ${name}: ${sceneStateText(card.scene, r.yearA, r.yearB)}\n\n` +
    `${r.yearA}: ${parts(card.scene.a, r.yearA)}. ${r.yearB}: ${parts(card.scene.b, r.yearB)}.\n\n`;
  const tables = partsOf(card, r.ringWidth).flatMap(({ label, comparison }) => {
    const sentence = headlineOf(comparison, r.category).sentence;
    const certainty = headlineCertainty(comparison, r.category);
    return [
      measureTable(
        `${card.name}, ${label}`,
        summaryMeasures(comparison, r.threshold),
        r,
        sentence
          ? [
              `**${escapeMarkdownText(sentence)}**`,
              ...(certainty ? [escapeMarkdownText(certainty)] : []),
            ]
          : [],
      ),
      measureTable(
        `${card.name}, ${label}, per brottskategori`,
        categoryMeasures(comparison, r.threshold),
        r,
        [],
      ),
    ];
  });
  return head + tables.map(renderMarkdown).join('\n');
}

export function extentsMarkdown(r: ExtentsReport): string {
  return [renderMarkdown(regionTable(r)), ...r.cards.map((card) => sceneMarkdown(card, r))].join(
    '\n',
  );
}

/**
 * One long table for Excel: a row per scene, part (extent or band) and
 * measure, so it can be filtered and pivoted; the region's figures first.
 */
export function extentsCsv(r: ExtentsReport): string {
  const row = (scene: string, lineage: string, part: string, m: Measure): Cell[] => [
    text(scene),
    text(lineage),
    text(part),
    text(m.label),
    m.a,
    m.b,
    m.change,
  ];
  const counts = r.region.counts;
  const region: Measure[] = [
    { label: 'Antal scener', a: num(r.region.a.scenes), b: num(r.region.b.scenes), change: blank },
    {
      label: 'Hektar sammanlagt',
      a: num(r.region.a.hectares, 2),
      b: num(r.region.b.hectares, 2),
      change: blank,
    },
    // "ej kartlagd" only where a year holds drawings alone, so a mapping's table stays as it was.
    ...LINEAGE_KINDS.filter((k) => k !== 'unmapped' || counts.unmapped > 0).map((k) => ({
      label: `Scener: ${LINEAGE_LABELS[k]}`,
      a: blank,
      b: num(counts[k]),
      change: blank,
    })),
  ];
  const rows = [
    ...region.map((m) => row('Alla scener', '', '', m)),
    ...r.cards.flatMap((card) =>
      partsOf(card, r.ringWidth).flatMap(({ label, comparison }) => {
        const sentence = headlineOf(comparison, r.category).sentence;
        const certainty = sentence && headlineCertainty(comparison, r.category);
        return [
          ...summaryMeasures(comparison, r.threshold),
          ...categoryMeasures(comparison, r.threshold),
          ...(sentence ? [{ label: 'Slutsats', a: text(sentence), b: blank, change: blank }] : []),
          ...(certainty
            ? [{ label: 'Slumpens spann', a: text(certainty), b: blank, change: blank }]
            : []),
        ].map((m) => row(card.name, sceneStateText(card.scene, r.yearA, r.yearB), label, m));
      }),
    ),
  ];
  return renderCsv({
    title: '',
    columns: [
      { label: 'Scen', numeric: false },
      { label: 'Utveckling', numeric: false },
      { label: 'Del', numeric: false },
      { label: 'Mått', numeric: false },
      ...yearColumns(r),
      { label: 'Förändring (%)', numeric: true },
    ],
    rows,
    notes: [],
  });
}
