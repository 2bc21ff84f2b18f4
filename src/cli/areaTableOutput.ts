import type { AreaRow } from '../analysis/areaTable';
import { CATEGORIES } from '../analysis/categories';
import { UNMAPPED_SLOT } from '../analysis/countCategories';
import type { AnalysisArea } from '../analysis/dashboard';
import type { Period } from '../analysis/periods';
import { formatDay } from '../analysis/isoWeek';
import { isMasked } from '../analysis/privacy';
import { blank, countCell, num, round, text, type Cell, type TextTable } from './tableModel';

const UNMAPPED_LABEL = 'Ej mappad (okänd kategori)';

export interface AreaTableInput {
  period: Period;
  threshold: number;
  areas: { row: AreaRow; area: AnalysisArea }[];
  districts: AreaRow[];
  ods: { row: AreaRow; area: AnalysisArea }[];
}

type Level = 'område' | 'stadsdelsområde' | 'ÖDS';

/** Unmapped rows get a column only when there are any, so the usual table keeps its ten categories. */
function categoryLabels(input: AreaTableInput): string[] {
  const all = [...input.areas.map((a) => a.row), ...input.ods.map((a) => a.row)];
  const anyUnmapped = all.some((r) => r.byCategory[UNMAPPED_SLOT] > 0);
  return anyUnmapped ? [...CATEGORIES, UNMAPPED_LABEL] : [...CATEGORIES];
}

function tableRow(level: Level, row: AreaRow, district: string, slots: number, t: number): Cell[] {
  const masked = isMasked(row.count, t);
  return [
    text(row.name),
    text(level),
    text(district),
    num(row.hectares, 1),
    countCell(row.count, t, masked),
    // A rate would reveal a masked count.
    masked ? blank : num(row.perHectare, 2),
    ...row.byCategory.slice(0, slots).map((c) => countCell(c, t, isMasked(c, t))),
  ];
}

export function areaTextTable(input: AreaTableInput): TextTable {
  const labels = categoryLabels(input);
  const t = input.threshold;
  return {
    title: `Anmälda brott per område, ${input.period.label}`,
    columns: [
      { label: 'Område', numeric: false },
      { label: 'Nivå', numeric: false },
      { label: 'Stadsdelsområde', numeric: false },
      { label: 'Hektar', numeric: true },
      { label: 'Antal', numeric: true },
      { label: 'Per hektar', numeric: true },
      ...labels.map((label) => ({ label, numeric: true })),
    ],
    rows: [
      ...input.areas.map(({ row, area }) =>
        tableRow('område', row, area.district, labels.length, t),
      ),
      ...input.districts.map((row) => tableRow('stadsdelsområde', row, row.name, labels.length, t)),
      ...input.ods.map(({ row, area }) => tableRow('ÖDS', row, area.district, labels.length, t)),
    ],
    notes: [
      `Period ${formatDay(input.period.first)} – ${formatDay(input.period.last)}. Antal = alla tio brottskategorier (inkl. skadegörelse). ` +
        'Hektar = verklig yta i SWEREF 99 TM. ÖDS-utbredningar överlappar och räknas var för sig.',
      `Antal under ${t} visas som "< ${t}" och då visas inte antal per hektar.`,
    ],
  };
}

function jsonArea(row: AreaRow, labels: string[], t: number, extra: Record<string, unknown>) {
  const masked = isMasked(row.count, t);
  return {
    id: row.id,
    namn: row.name,
    ...extra,
    hektar: round(row.hectares, 2),
    antal: masked ? null : row.count,
    per_hektar: masked ? null : round(row.perHectare, 3),
    maskerad: masked,
    per_kategori: Object.fromEntries(
      labels.map((label, s) => [label, isMasked(row.byCategory[s], t) ? null : row.byCategory[s]]),
    ),
  };
}

/** The JSON shape documented in --help: `areas` holds one object per area. */
export function areaJson(input: AreaTableInput): unknown {
  const labels = categoryLabels(input);
  const t = input.threshold;
  return {
    tabell: 'areas',
    period: {
      etikett: input.period.label,
      fran: formatDay(input.period.first),
      till: formatDay(input.period.last),
    },
    integritetsgrans: t,
    kategorier: labels,
    areas: input.areas.map(({ row, area }) =>
      jsonArea(row, labels, t, { stadsdelsomrade: area.district || null }),
    ),
    stadsdelsomraden: input.districts.map((row) => jsonArea(row, labels, t, {})),
    ods: input.ods.map(({ row, area }) =>
      jsonArea(row, labels, t, { ar: area.year ?? null, stadsdelsomrade: area.district || null }),
    ),
  };
}
