import {
  buildExtentCards,
  mappingPeriod,
  sceneName,
  sceneSides,
  type AreaComparison,
  type ExtentCard,
  type SceneSides,
} from '../../analysis/extentCard';
import { formatDay, type DayRange } from '../../analysis/isoWeek';
import {
  correctionsForYears,
  inferLineage,
  MIN_OVERLAP_SHARE,
  type SceneLineage,
} from '../../analysis/lineage';
import type { Period } from '../../analysis/periods';
import { lineageCounts, yearSummary } from '../../analysis/regionSummary';
import type { PlanarPolygon } from '../../analysis/planar';
import type { LonLatBounds } from '../../analysis/pointsInView';
import { buildSceneYears, type SceneYear } from '../../analysis/sceneYears';
import { scenesInView } from '../../analysis/scenesInView';
import { partialYearsNote, type ExtentsReport } from '../../cli/extentsReport';
import { extentsCsv, extentsMarkdown } from '../../cli/extentsTables';
import { projector } from '../../data/crs';
import { planarRingAround } from '../../data/extentRing';
import { planarToWgs84 } from '../../data/planarToWgs84';
import type { LoadedData } from '../loadedData';
import { remember } from '../memo';
import {
  ALL_SCENES,
  SCENES_IN_VIEW,
  type CardView,
  type CompareQuery,
  type CompareResult,
  type ComparisonView,
  type DiffPart,
  type SceneEntry,
} from '../protocol';
import { extentSources } from './extentSources';

const LAGESBILD_PAIR = [2021, 2023];

/** The lägesbild's pair when present, else the latest two years (as the map's ÖDS years). */
export function defaultYears(years: number[]): [number, number] | null {
  if (years.length < 2) return null;
  if (LAGESBILD_PAIR.every((y) => years.includes(y))) return [2021, 2023];
  return [years[years.length - 2], years[years.length - 1]];
}

const sceneIdOf = (s: SceneLineage) => (s.a[0] ?? s.b[0]).id;
/** The part after the year: the scene's identity, so a link still finds it when the years change. */
const keyOfId = (id: string) => id.slice(id.indexOf(':') + 1);

/** The chosen scene: by id, else by a part with the same identity in other years, else the first. */
export function resolveScene(
  scenes: SceneLineage[],
  wanted: string | null,
): number | 'all' | 'view' {
  if (wanted === ALL_SCENES) return 'all';
  if (wanted === SCENES_IN_VIEW) return 'view';
  if (scenes.length === 0) return 'all';
  if (wanted !== null) {
    const exact = scenes.findIndex((s) => [...s.a, ...s.b].some((p) => p.id === wanted));
    if (exact >= 0) return exact;
    const key = keyOfId(wanted);
    const same = scenes.findIndex((s) => [...s.a, ...s.b].some((p) => keyOfId(p.id) === key));
    if (same >= 0) return same;
  }
  return 0;
}

/** The map's view as a quadrilateral in SWEREF 99 TM (the corners projected, not a box of them). */
function planarView([w, s, e, n]: LonLatBounds): PlanarPolygon {
  const toTm = projector('EPSG:4326', 'EPSG:3006');
  const corners = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ].flatMap(([lon, lat]) => toTm.forward([lon, lat]));
  return [[Float64Array.from(corners)]];
}

function periodOf(range: DayRange | null, year: number): Period {
  const base = mappingPeriod(year);
  if (!range || (range.first === base.first && range.last === base.last)) return base;
  return { ...range, label: `${formatDay(range.first)} – ${formatDay(range.last)}` };
}

function comparisonView(c: AreaComparison): ComparisonView {
  const { diff, ...rest } = c;
  return {
    ...rest,
    aHa: diff.aHa,
    bHa: diff.bHa,
    keptHa: diff.keptHa,
    gainedHa: diff.gainedHa,
    lostHa: diff.lostHa,
  };
}

function cardView(card: ExtentCard): CardView {
  return {
    sceneId: sceneIdOf(card.scene),
    name: card.name,
    kind: card.scene.kind,
    extent: comparisonView(card.extent),
    ring: card.ring ? comparisonView(card.ring) : null,
  };
}

function sceneEntry(s: SceneLineage, edited: Set<string>): SceneEntry {
  const part = (p: SceneYear) => ({
    id: p.id,
    name: p.name,
    year: p.year,
    hectares: p.hectares,
    statuses: p.statuses,
    sources: p.sources,
    edited: edited.has(p.id),
  });
  return {
    id: sceneIdOf(s),
    name: sceneName(s),
    kind: s.kind,
    a: s.a.map(part),
    b: s.b.map(part),
    links: s.links,
  };
}

function diffParts(card: ExtentCard): DiffPart[] {
  const { kept, gained, lost, keptHa, gainedHa, lostHa } = card.extent.diff;
  const parts = [
    { kind: 'kept' as const, polygon: kept, hectares: keptHa },
    { kind: 'gained' as const, polygon: gained, hectares: gainedHa },
    { kind: 'lost' as const, polygon: lost, hectares: lostHa },
  ];
  return parts.flatMap(({ kind, polygon, hectares }) => {
    const geometry = planarToWgs84(polygon);
    return geometry
      ? [{ sceneId: sceneIdOf(card.scene), name: card.name, kind, hectares, geometry }]
      : [];
  });
}

/**
 * A link may ask for a year whose extents are not on this device (drawn in another browser):
 * say which and what is shown instead, never quietly show other years' numbers.
 */
function missingYearsNote(
  asked: (number | null)[],
  years: number[],
  a: number,
  b: number,
): string | null {
  const missing = asked.filter((y): y is number => y !== null && !years.includes(y));
  if (missing.length === 0) return null;
  const list = missing.join(' och ');
  return (
    `Utbredningar för ${list} finns inte på den här enheten (här finns ${years.join(', ')}), så jämförelsen visar ${a} → ${b}. ` +
    `Läs in kartläggningen för ${list} under Data och filer, eller en säkerhetskopia från den som ritade den, för att se samma jämförelse som i länken.`
  );
}

/**
 * Everything the compare view shows, with the engine of `lageskartan
 * extents`: lineage between the two years (with the user's corrections and
 * extents), the region's figures, a card per scene, and the kept, gained and
 * lost parts of the scene shown in WGS84. Throws ExtentGeometryError (a
 * Swedish message naming the extent) when a geometry cannot give right hectares.
 */
export function runCompare(data: LoadedData, q: CompareQuery): CompareResult {
  const sources = remember(data.memo, 'compare-sources', q.userExtents, () =>
    extentSources(data.datasets, q.userExtents),
  );
  const years = [...new Set(sources.inputs.map((i) => i.year))].sort((a, b) => a - b);
  const base = { years, skipped: sources.skipped };
  const fallback = defaultYears(years);
  const yearA = q.yearA !== null && years.includes(q.yearA) ? q.yearA : fallback?.[0];
  const yearB = q.yearB !== null && years.includes(q.yearB) ? q.yearB : fallback?.[1];
  if (yearA === undefined || yearB === undefined) {
    const notice =
      years.length === 0
        ? 'Inga utbredningar med kartläggningsår är inlästa. Lägg till en fil med ÖDS-ytor (eller andra ytor) med egenskapen ar, år eller year.'
        : `Utbredningarna har bara kartläggningsåret ${years[0]}. Lägg till en fil med ett år till för att jämföra.`;
    return { ...base, comparison: null, notice };
  }
  if (yearA === yearB) {
    return { ...base, comparison: null, notice: 'Välj två olika år att jämföra, A och B.' };
  }
  const offences = data.offences;
  if (!offences) {
    return {
      ...base,
      comparison: null,
      notice: 'Inga brott är inlästa. Lägg till en brottsfil under Data och filer.',
    };
  }
  const [a, b] = yearA < yearB ? [yearA, yearB] : [yearB, yearA];
  const unknownYears = missingYearsNote([q.yearA, q.yearB], years, a, b);
  // The query holds the corrections of every pair of years; only this pair's apply.
  const corrections = correctionsForYears(q.corrections, a, b);
  const geometryKey = [a, b, q.userExtents.map((u) => u.id), corrections];
  // A year with no mapping file holds only drawings: absence there is not "ended" or "new".
  const partialYears = [a, b].filter((y) => !sources.mappedYears.has(y));
  const coverage = { aPartial: partialYears.includes(a), bPartial: partialYears.includes(b) };
  const lineage = remember(data.memo, 'compare-lineage', geometryKey, () => {
    const sceneYears = buildSceneYears(sources.inputs.filter((i) => i.year === a || i.year === b));
    const lin = inferLineage(sceneYears, a, b, corrections, MIN_OVERLAP_SHARE, coverage);
    return {
      lin,
      sides: lin.scenes.map(sceneSides),
      region: {
        a: yearSummary(sceneYears, a),
        b: yearSummary(sceneYears, b),
        counts: lineageCounts(lin),
      },
    };
  });
  const { lin, sides, region } = lineage;
  const rings: SceneSides[] | null =
    q.ringWidth > 0
      ? remember(data.memo, 'compare-rings', [geometryKey, q.ringWidth], () =>
          sides.map((s, i) => {
            const label = `zonen ${q.ringWidth} m runt ${sceneName(lin.scenes[i])}`;
            return {
              a: planarRingAround(s.a, q.ringWidth, `${label} ${a}`),
              b: planarRingAround(s.b, q.ringWidth, `${label} ${b}`),
            };
          }),
        )
      : null;
  const periods = { a: periodOf(q.periods.a, a), b: periodOf(q.periods.b, b) };
  const cards = remember(
    data.memo,
    'compare-cards',
    [geometryKey, q.ringWidth, periods, q.threshold],
    () =>
      buildExtentCards({
        scenes: lin.scenes,
        sides,
        rings,
        yearA: a,
        yearB: b,
        offences,
        periods,
        threshold: q.threshold,
      }),
  );
  const chosen = resolveScene(lin.scenes, q.scene);
  const shownIndexes =
    chosen === 'all'
      ? cards.map((_, i) => i)
      : chosen === 'view'
        ? q.bounds
          ? scenesInView(sides, planarView(q.bounds))
          : []
        : [chosen];
  const shown = shownIndexes.map((i) => cards[i]);
  const single = typeof chosen === 'number' ? chosen : null;
  const report: ExtentsReport = {
    yearA: a,
    yearB: b,
    periods,
    threshold: q.threshold,
    category: q.category,
    ringWidth: q.ringWidth,
    region,
    cards: shown,
    partialYears,
  };
  return {
    ...base,
    notice: [unknownYears, partialYearsNote(partialYears)].filter(Boolean).join(' ') || null,
    comparison: {
      yearA: a,
      yearB: b,
      partialYears,
      periods,
      scenes: lin.scenes.map((s) => sceneEntry(s, sources.edited)),
      region,
      cards: cards.map(cardView),
      scene:
        single !== null
          ? sceneIdOf(lin.scenes[single])
          : chosen === 'view'
            ? SCENES_IN_VIEW
            : ALL_SCENES,
      shown: shownIndexes.map((i) => sceneIdOf(lin.scenes[i])),
      diff: shown.flatMap(diffParts),
      sides:
        single === null
          ? null
          : {
              a: sides[single].a && planarToWgs84(sides[single].a),
              b: sides[single].b && planarToWgs84(sides[single].b),
            },
      csv: extentsCsv(report),
      markdown: extentsMarkdown(report),
    },
  };
}
