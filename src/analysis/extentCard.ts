import { CATEGORIES } from './categories';
import { countIndices } from './countCategories';
import type { PlanarOffences } from './dashboard';
import { cleanExtent, diffExtents, type ExtentDiff } from './extentDiff';
import { perHectareSentence } from './extentSentence';
import { dayNumber } from './isoWeek';
import type { SceneLineage } from './lineage';
import type { PlanarPolygon } from './planar';
import type { Period } from './periods';
import { buildPolygonIndex, pointsInEachPolygon } from './polygonIndex';
import { isMasked } from './privacy';

/**
 * The default period for a mapping year: the year before it and the year
 * itself, as the lägesbild compares 2020–2021 for the 2021 mapping with
 * 2022–2023 for the 2023 mapping.
 */
export function mappingPeriod(year: number): Period {
  return {
    first: dayNumber(year - 1, 1, 1),
    last: dayNumber(year, 12, 31),
    label: `${year - 1}–${year}`,
  };
}

/** A scene's extent in A and in B: its scene-years of that year united, or null. */
export interface SceneSides {
  a: PlanarPolygon | null;
  b: PlanarPolygon | null;
}

const sideOf = (parts: SceneLineage['a'], label: string): PlanarPolygon | null =>
  parts.length === 0
    ? null
    : parts.length === 1
      ? parts[0].polygon
      : cleanExtent(
          parts.map((p) => p.polygon),
          label,
        );

/** "Fridhemsplan → Fridhemsplan/Stadshagen", "A + B → C", or the one name when it stayed. */
export function sceneName(scene: SceneLineage): string {
  const names = (parts: SceneLineage['a']) => [...new Set(parts.map((p) => p.name))].join(' + ');
  const a = names(scene.a);
  const b = names(scene.b);
  if (!a || !b || a === b) return a || b;
  return `${a} → ${b}`;
}

export function sceneSides(scene: SceneLineage): SceneSides {
  const name = sceneName(scene);
  return { a: sideOf(scene.a, `${name} (år A)`), b: sideOf(scene.b, `${name} (år B)`) };
}

export interface CountFigure {
  count: number;
  masked: boolean;
  /** Null when masked: a rate would reveal the count. */
  perHectare: number | null;
}

export interface SideFigures {
  year: number;
  period: Period;
  hectares: number;
  /** All offences, unmapped rows ("Ej mappad") included, as in the tables. */
  total: CountFigure;
  /** One per CATEGORIES entry. */
  categories: CountFigure[];
}

export interface AreaComparison {
  a: SideFigures | null;
  b: SideFigures | null;
  diff: ExtentDiff;
  areaChangePercent: number | null;
  /** Null when a side is missing or masked, or A had no offences. */
  perHectareChangePercent: number | null;
  categoryChangePercent: (number | null)[];
  sentence: string | null;
  /** The same sentence per category, e.g. "Våldsbrott per hektar ökade med …". */
  categorySentences: (string | null)[];
}

export interface ExtentCard {
  scene: SceneLineage;
  name: string;
  extent: AreaComparison;
  /** The band of `ringWidth` metres around each extent, without the extent; null without a ring. */
  ring: AreaComparison | null;
}

export interface ExtentCardInput {
  scenes: SceneLineage[];
  sides: SceneSides[];
  /** Same order as `scenes`; null to skip the ring. */
  rings: SceneSides[] | null;
  yearA: number;
  yearB: number;
  offences: PlanarOffences;
  periods: { a: Period; b: Period };
  threshold: number;
  /** 1 for offences to count (filters); all by default. */
  mask?: Uint8Array;
}

function figure(count: number, hectares: number, threshold: number): CountFigure {
  const masked = isMasked(count, threshold);
  return { count, masked, perHectare: masked || !(hectares > 0) ? null : count / hectares };
}

function side(
  year: number,
  period: Period,
  hectares: number,
  counts: Uint32Array,
  threshold: number,
): SideFigures {
  let total = 0;
  for (let s = 0; s < counts.length; s++) total += counts[s];
  return {
    year,
    period,
    hectares,
    total: figure(total, hectares, threshold),
    categories: CATEGORIES.map((_, s) => figure(counts[s], hectares, threshold)),
  };
}

const percentChange = (from: number | null | undefined, to: number | null | undefined) =>
  from === null || from === undefined || to === null || to === undefined || !(from > 0)
    ? null
    : ((to - from) / from) * 100;

function compare(
  diff: ExtentDiff,
  a: SideFigures | null,
  b: SideFigures | null,
  threshold: number,
): AreaComparison {
  const areaChangePercent = a && b ? percentChange(a.hectares, b.hectares) : null;
  const perHectareChangePercent = percentChange(a?.total.perHectare, b?.total.perHectare);
  const categoryChangePercent = CATEGORIES.map((_, s) =>
    percentChange(a?.categories[s].perHectare, b?.categories[s].perHectare),
  );
  const sentence = (
    pick: (f: SideFigures) => CountFigure,
    change: number | null,
    subject?: string,
  ) =>
    perHectareSentence(
      {
        aMasked: a ? pick(a).masked : null,
        bMasked: b ? pick(b).masked : null,
        areaChangePercent,
        perHectareChangePercent: change,
      },
      threshold,
      subject,
    );
  return {
    a,
    b,
    diff,
    areaChangePercent,
    perHectareChangePercent,
    categoryChangePercent,
    sentence: sentence((f) => f.total, perHectareChangePercent),
    categorySentences: CATEGORIES.map((label, s) =>
      sentence((f) => f.categories[s], categoryChangePercent[s], label),
    ),
  };
}

/**
 * The numbers card per scene: area of A and B, kept, gained and lost in true
 * hectares; offences in A's extent during period A and in B's extent during
 * period B, per category and per hectare, masked below the threshold; and
 * the same for the band around each extent. All polygons are counted with
 * one index, independently (extents and bands overlap).
 */
export function buildExtentCards(input: ExtentCardInput): ExtentCard[] {
  const { offences, periods, threshold } = input;
  const polygons: PlanarPolygon[] = [];
  const slot = (p: PlanarPolygon | null) => (p ? polygons.push(p) - 1 : -1);
  const slots = input.scenes.map((_, i) => ({
    extent: { a: slot(input.sides[i].a), b: slot(input.sides[i].b) },
    ring: input.rings ? { a: slot(input.rings[i].a), b: slot(input.rings[i].b) } : null,
  }));
  const e = offences.e.subarray(0, offences.count);
  const n = offences.n.subarray(0, offences.count);
  const points = polygons.length > 0 ? pointsInEachPolygon(buildPolygonIndex(polygons), e, n) : [];
  const mask = input.mask ?? new Uint8Array(offences.count).fill(1);

  const comparison = (sides: SceneSides, at: { a: number; b: number }, label: string) => {
    const diff = diffExtents(sides.a ?? [], sides.b ?? [], label);
    const figures = (k: number, year: number, period: Period, hectares: number) =>
      k < 0
        ? null
        : side(year, period, hectares, countIndices(offences, points[k], period, mask), threshold);
    return compare(
      diff,
      figures(at.a, input.yearA, periods.a, diff.aHa),
      figures(at.b, input.yearB, periods.b, diff.bHa),
      threshold,
    );
  };

  return input.scenes.map((scene, i) => {
    const name = sceneName(scene);
    const rings = input.rings?.[i];
    const ringSlots = slots[i].ring;
    return {
      scene,
      name,
      extent: comparison(input.sides[i], slots[i].extent, name),
      ring: rings && ringSlots ? comparison(rings, ringSlots, `zonen runt ${name}`) : null,
    };
  });
}
