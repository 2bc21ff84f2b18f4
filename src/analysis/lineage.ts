import { planarBBox, planarArea, squareMetresToHectares, type BBox } from './planar';
import { planarIntersection } from './planarClip';
import type { SceneYear } from './sceneYears';

/**
 * Lineage between two mapping years A and B, the way the police report it
 * ("63 scenes, 12 ended, 11 new, some merged or split").
 *
 * Links between a scene-year in A and one in B:
 * 1. Identity: the same scene identity (name or id from the file) in both
 *    years is one link, whether or not the extents overlap.
 * 2. Overlap: for the scene-years that have no namesake in the other year,
 *    a link wherever the overlap is at least MIN_OVERLAP_SHARE (10 %) of the
 *    smaller of the two extents. Identity thus wins where the file has it;
 *    overlap fills in renamed, merged and split scenes, and a digitising
 *    sliver between neighbours does not link them.
 * 3. The user's corrections: unlink removes a link of either kind, link adds one.
 *
 * The links form components (connected groups); with n scene-years from A
 * and m from B in a component: 1:1 continued, 0:1 new, 1:0 ended, n:1
 * merged, 1:m split. An n:m component (n, m ≥ 2) is counted as merged when
 * n ≥ m and as split when m > n; its links are listed so the user can
 * correct them.
 *
 * A year is *partial* when its extents are only a user's drawings, not a
 * mapping file: absence there says nothing. A scene with no extent in a
 * partial year is `unmapped` (not ended or new), whatever the other side.
 */

export const MIN_OVERLAP_SHARE = 0.1;

export type LineageKind = 'continued' | 'new' | 'ended' | 'merged' | 'split' | 'unmapped';
export const LINEAGE_KINDS: readonly LineageKind[] = [
  'continued',
  'new',
  'ended',
  'merged',
  'split',
  'unmapped',
];

export interface LineageLink {
  /** SceneYear ids. */
  a: string;
  b: string;
  reason: 'identity' | 'overlap' | 'user';
  overlapHa: number;
}

/** A user's correction, by SceneYear id. */
export interface LineageCorrections {
  link?: [string, string][];
  unlink?: [string, string][];
}

/** The corrections between scene-years of `yearA` and `yearB` (ids are `year:name`); others are for other pairs. */
export function correctionsForYears(
  c: LineageCorrections,
  yearA: number,
  yearB: number,
): LineageCorrections {
  const ofPair = ([a, b]: [string, string]) =>
    a.startsWith(`${yearA}:`) && b.startsWith(`${yearB}:`);
  return { link: (c.link ?? []).filter(ofPair), unlink: (c.unlink ?? []).filter(ofPair) };
}

export interface SceneLineage {
  kind: LineageKind;
  /** The scene-years of year A and of year B in this component, in file order. */
  a: SceneYear[];
  b: SceneYear[];
  links: LineageLink[];
}

export interface Lineage {
  yearA: number;
  yearB: number;
  scenes: SceneLineage[];
}

/** A correction naming a scene-year that is not in the two years. */
export class LineageCorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LineageCorrectionError';
  }
}

const boxesMeet = (p: BBox, q: BBox) =>
  p.minX <= q.maxX && q.minX <= p.maxX && p.minY <= q.maxY && q.minY <= p.maxY;

/** Which of the two years hold only a user's drawings, not a complete mapping. */
export interface YearCoverage {
  aPartial: boolean;
  bPartial: boolean;
}

const COMPLETE: YearCoverage = { aPartial: false, bPartial: false };

function classify(n: number, m: number, coverage: YearCoverage): LineageKind {
  if (n === 0) return coverage.aPartial ? 'unmapped' : 'new';
  if (m === 0) return coverage.bPartial ? 'unmapped' : 'ended';
  if (n === 1 && m === 1) return 'continued';
  return n >= m ? 'merged' : 'split';
}

function inferLinks(a: SceneYear[], b: SceneYear[], minShare: number): LineageLink[] {
  const keysA = new Set(a.map((s) => s.key).filter((k) => k !== null));
  const keysB = new Set(b.map((s) => s.key).filter((k) => k !== null));
  const boxB = b.map((s) => planarBBox(s.polygon));
  const links: LineageLink[] = [];
  for (const sa of a) {
    const boxA = planarBBox(sa.polygon);
    const aMatched = sa.key !== null && keysB.has(sa.key);
    b.forEach((sb, j) => {
      const bMatched = sb.key !== null && keysA.has(sb.key);
      const sameScene = sa.key !== null && sa.key === sb.key;
      if (!sameScene && aMatched && bMatched) return;
      const overlapHa = boxesMeet(boxA, boxB[j])
        ? squareMetresToHectares(planarArea(planarIntersection(sa.polygon, sb.polygon)))
        : 0;
      if (sameScene) {
        links.push({ a: sa.id, b: sb.id, reason: 'identity', overlapHa });
      } else if (overlapHa > 0 && overlapHa >= minShare * Math.min(sa.hectares, sb.hectares)) {
        links.push({ a: sa.id, b: sb.id, reason: 'overlap', overlapHa });
      }
    });
  }
  return links;
}

function applyCorrections(
  links: LineageLink[],
  corrections: LineageCorrections,
  a: SceneYear[],
  b: SceneYear[],
): LineageLink[] {
  const idsA = new Map(a.map((s) => [s.id, s]));
  const idsB = new Map(b.map((s) => [s.id, s]));
  const check = ([ia, ib]: [string, string]) => {
    if (!idsA.has(ia) || !idsB.has(ib)) {
      const missing = !idsA.has(ia) ? ia : ib;
      throw new LineageCorrectionError(
        `Rättelsen ${ia} → ${ib} gäller "${missing}", som inte finns bland utbredningarna för dessa år. Välj en scen ur listan.`,
      );
    }
  };
  (corrections.unlink ?? []).forEach(check);
  (corrections.link ?? []).forEach(check);
  const dropped = new Set((corrections.unlink ?? []).map(([ia, ib]) => `${ia}\n${ib}`));
  const kept = links.filter((l) => !dropped.has(`${l.a}\n${l.b}`));
  for (const [ia, ib] of corrections.link ?? []) {
    if (kept.some((l) => l.a === ia && l.b === ib)) continue;
    const overlapHa = squareMetresToHectares(
      planarArea(planarIntersection(idsA.get(ia)!.polygon, idsB.get(ib)!.polygon)),
    );
    kept.push({ a: ia, b: ib, reason: 'user', overlapHa });
  }
  return kept;
}

/** Connected components over the links; each scene-year is in exactly one. */
function components(
  a: SceneYear[],
  b: SceneYear[],
  links: LineageLink[],
  coverage: YearCoverage,
): SceneLineage[] {
  const nodes = [...a, ...b];
  const index = new Map(nodes.map((s, i) => [s.id, i]));
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const l of links) parent[find(index.get(l.a)!)] = find(index.get(l.b)!);
  const groups = new Map<number, SceneLineage>();
  // In node order, so the scenes come in the order of their first extent in A, then B.
  nodes.forEach((s, i) => {
    const root = find(i);
    let group = groups.get(root);
    if (!group) {
      group = { kind: 'continued', a: [], b: [], links: [] };
      groups.set(root, group);
    }
    (i < a.length ? group.a : group.b).push(s);
  });
  for (const l of links) groups.get(find(index.get(l.a)!))!.links.push(l);
  return [...groups.values()].map((g) => ({
    ...g,
    kind: classify(g.a.length, g.b.length, coverage),
  }));
}

/**
 * Lineage from mapping year A to mapping year B (the rule is in the comment
 * at the top of this file). `sceneYears` may hold other years; they are ignored.
 * `coverage` says which year holds only drawings (both complete by default, as
 * in a file the CLI reads).
 */
export function inferLineage(
  sceneYears: SceneYear[],
  yearA: number,
  yearB: number,
  corrections: LineageCorrections = {},
  minOverlapShare = MIN_OVERLAP_SHARE,
  coverage: YearCoverage = COMPLETE,
): Lineage {
  const a = sceneYears.filter((s) => s.year === yearA);
  const b = sceneYears.filter((s) => s.year === yearB);
  const links = applyCorrections(inferLinks(a, b, minOverlapShare), corrections, a, b);
  return { yearA, yearB, scenes: components(a, b, links, coverage) };
}
