import type { AreaComparison, CountFigure, SideFigures } from '../analysis/extentCard';
import { CATEGORIES } from '../analysis/categories';
import { headlineOf, headlineSubject, type HeadlineCategory } from '../analysis/extentHeadline';
import { formatDay } from '../analysis/isoWeek';
import type { Period } from '../analysis/periods';
import type { SceneYear } from '../analysis/sceneYears';
import type { ExtentsReport } from './extentsReport';
import { round } from './tableModel';

/** Hectares to 1 m², so kept + gained = B holds in the JSON as well. */
const ha = (v: number) => round(v, 4);
const percent = (v: number | null) => (v === null ? null : round(v, 1));
const count = (f: CountFigure) => (f.masked ? null : f.count);
const rate = (f: CountFigure) => (f.perHectare === null ? null : round(f.perHectare, 3));

const period = (p: Period) => ({
  etikett: p.label,
  fran: formatDay(p.first),
  till: formatDay(p.last),
});

function sideJson(s: SideFigures | null) {
  if (!s) return null;
  return {
    ar: s.year,
    period: period(s.period),
    hektar: ha(s.hectares),
    antal: count(s.total),
    per_hektar: rate(s.total),
    maskerad: s.total.masked,
    per_kategori: Object.fromEntries(CATEGORIES.map((c, i) => [c, count(s.categories[i])])),
    per_hektar_per_kategori: Object.fromEntries(
      CATEGORIES.map((c, i) => [c, rate(s.categories[i])]),
    ),
  };
}

function comparisonJson(c: AreaComparison, category: HeadlineCategory) {
  return {
    a: sideJson(c.a),
    b: sideJson(c.b),
    kept_ha: ha(c.diff.keptHa),
    gained_ha: ha(c.diff.gainedHa),
    lost_ha: ha(c.diff.lostHa),
    yta_forandring_procent: percent(c.areaChangePercent),
    per_hektar_forandring_procent: percent(c.perHectareChangePercent),
    per_hektar_forandring_procent_per_kategori: Object.fromEntries(
      CATEGORIES.map((cat, i) => [cat, percent(c.categoryChangePercent[i])]),
    ),
    mening: headlineOf(c, category).sentence,
    mening_alla_brott: c.sentence,
    mening_per_kategori: Object.fromEntries(
      CATEGORIES.map((cat, i) => [cat, c.categorySentences[i]]),
    ),
  };
}

const partJson = (s: SceneYear) => ({
  id: s.id,
  namn: s.name,
  ar: s.year,
  status: s.statuses.join(', ') || null,
  kalla: s.sources.join(', '),
  hektar: ha(s.hectares),
  ytor: s.pieces,
});

/** The JSON shape documented in --help: `scenes` holds one object per scene. */
export function extentsJson(r: ExtentsReport): unknown {
  const year = (y: ExtentsReport['region']['a']) => ({
    ar: y.year,
    antal_scener: y.scenes,
    hektar: ha(y.hectares),
  });
  return {
    tabell: 'extents',
    ar_a: r.yearA,
    ar_b: r.yearB,
    period_a: period(r.periods.a),
    period_b: period(r.periods.b),
    integritetsgrans: r.threshold,
    mening_galler: headlineSubject(r.category),
    ring_meter: r.ringWidth,
    kategorier: [...CATEGORIES],
    region: { a: year(r.region.a), b: year(r.region.b), utveckling: r.region.counts },
    scenes: r.cards.map((card) => ({
      namn: card.name,
      lineage: card.scene.kind,
      delar_a: card.scene.a.map(partJson),
      delar_b: card.scene.b.map(partJson),
      lankar: card.scene.links.map((l) => ({
        a: l.a,
        b: l.b,
        grund: l.reason,
        overlapp_ha: ha(l.overlapHa),
      })),
      ...comparisonJson(card.extent, r.category),
      ring: card.ring ? { meter: r.ringWidth, ...comparisonJson(card.ring, r.category) } : null,
    })),
  };
}
