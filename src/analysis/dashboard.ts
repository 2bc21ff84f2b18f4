import { buildAreaTable, sumAreaRows, type AreaRow } from './areaTable';
import { compareCategories, type ComparisonRow } from './comparison';
import {
  countByGroup,
  countIndices,
  groupSlice,
  slotOf,
  COUNT_SLOTS,
  type OffenceColumns,
} from './countCategories';
import { filterMask, type OffenceFilter } from './filter';
import type { PlanarPolygon } from './planar';
import { assignToFirstPolygon, buildPolygonIndex, pointsInEachPolygon } from './polygonIndex';
import type { PeriodPair } from './periods';

export interface AnalysisArea {
  id: string;
  name: string;
  hectares: number;
  planar: PlanarPolygon;
  /** Stadsdelsområde for stadsdelar; empty for other layers. */
  district: string;
  /** Mapping year of an ÖDS extent. */
  year?: number;
}

export interface PlanarOffences extends OffenceColumns {
  e: Float64Array;
  n: Float64Array;
}

/** Which offences fall in which area: computed once per loaded dataset, reused on every filter change. */
export interface Membership {
  /** Stadsdelar form a partition: each point belongs to one (first in file order) or none. */
  stadsdelOf: Int32Array;
  /** ÖDS extents of different years overlap: points per extent, counted independently. */
  odsPoints: Uint32Array[];
}

export function computeMembership(
  offences: PlanarOffences,
  stadsdelar: AnalysisArea[],
  ods: AnalysisArea[],
): Membership {
  const e = offences.e.subarray(0, offences.count);
  const n = offences.n.subarray(0, offences.count);
  const stadsdelOf =
    stadsdelar.length > 0
      ? assignToFirstPolygon(buildPolygonIndex(stadsdelar.map((a) => a.planar)), e, n)
      : new Int32Array(offences.count).fill(-1);
  const odsPoints =
    ods.length > 0 ? pointsInEachPolygon(buildPolygonIndex(ods.map((a) => a.planar)), e, n) : [];
  return { stadsdelOf, odsPoints };
}

export type Scope =
  | { kind: 'all' }
  | { kind: 'district'; name: string }
  | { kind: 'stadsdel'; id: string }
  | { kind: 'ods'; id: string };

/** The scope that counts every offence inside any of the areas. */
export const ALL_AREAS_LABEL = 'Alla områden';

function inStadsdelScope(a: AnalysisArea, scope: Exclude<Scope, { kind: 'ods' }>): boolean {
  if (scope.kind === 'all') return true;
  return scope.kind === 'district' ? a.district === scope.name : a.id === scope.id;
}

export interface DashboardQuery {
  periods: PeriodPair;
  /** Width in metres of the band counted around each ÖDS extent. */
  ringWidth?: number;
  /** Categories apply to areas and map colours; weekdays and hours to everything. */
  filter: OffenceFilter;
  scope: Scope;
}

/** Points and true area of the band around each ÖDS extent. */
export interface Rings {
  width: number;
  points: Uint32Array[];
  hectares: number[];
}

export interface DashboardResult {
  stadsdelar: AreaRow[];
  districts: AreaRow[];
  ods: AreaRow[];
  /** Same order as `ods`: the band of `rings.width` m around each extent. */
  odsRings: AreaRow[];
  comparison: {
    scopeLabel: string;
    currentLabel: string;
    previousLabel: string;
    rows: ComparisonRow[];
  };
}

function addInto(target: Uint32Array, source: ArrayLike<number>): void {
  for (let s = 0; s < COUNT_SLOTS; s++) target[s] += source[s];
}

export function computeDashboard(
  offences: OffenceColumns,
  stadsdelar: AnalysisArea[],
  ods: AnalysisArea[],
  membership: Membership,
  query: DashboardQuery,
  rings: Rings | null = null,
): DashboardResult {
  const { current, previous } = query.periods;
  const include = (s: number) => query.filter.categorySlots[s] ?? true;
  // Categories are summed per row (the comparison lists them all); time filters apply to every count.
  const timeMask = filterMask(offences, query.filter, true, slotOf);
  const nowByArea = countByGroup(
    offences,
    membership.stadsdelOf,
    stadsdelar.length,
    current,
    timeMask,
  );
  const stadsdelRows = buildAreaTable(
    stadsdelar.map((a, i) => ({ ...a, counts: groupSlice(nowByArea, i) })),
    include,
  );
  const districtNames = [...new Set(stadsdelar.map((a) => a.district).filter(Boolean))];
  const districts = districtNames.map((d) =>
    sumAreaRows(
      `district:${d}`,
      d,
      stadsdelRows.filter((_, i) => stadsdelar[i].district === d),
    ),
  );
  const odsRows = buildAreaTable(
    ods.map((a, i) => ({
      ...a,
      // Extents of different mapping years share a name; the year tells them apart.
      name: a.year ? `${a.name} ${a.year}` : a.name,
      counts: countIndices(offences, membership.odsPoints[i], current, timeMask),
    })),
    include,
  );

  const odsRings = rings
    ? buildAreaTable(
        ods.map((a, i) => ({
          id: `${a.id}:ring`,
          name: `${rings.width} m runt ${a.name} ${a.year ?? ''}`.trim(),
          hectares: rings.hectares[i],
          counts: countIndices(offences, rings.points[i], current, timeMask),
        })),
        include,
      )
    : [];

  const countsFor = (range: PeriodPair['current']): { label: string; counts: Uint32Array } => {
    const scope = query.scope;
    if (scope.kind === 'ods') {
      const i = ods.findIndex((a) => a.id === scope.id);
      const area = ods[i];
      return {
        label: area ? `ÖDS ${area.name}, utbredning ${area.year ?? ''}`.trim() : 'okänt område',
        counts:
          i >= 0
            ? countIndices(offences, membership.odsPoints[i], range, timeMask)
            : new Uint32Array(COUNT_SLOTS),
      };
    }
    const byArea = countByGroup(
      offences,
      membership.stadsdelOf,
      stadsdelar.length,
      range,
      timeMask,
    );
    const counts = new Uint32Array(COUNT_SLOTS);
    let label = '';
    stadsdelar.forEach((a, i) => {
      if (!inStadsdelScope(a, scope)) return;
      addInto(counts, groupSlice(byArea, i));
      label =
        scope.kind === 'all'
          ? ALL_AREAS_LABEL
          : scope.kind === 'district'
            ? `${scope.name} stadsdelsområde`
            : a.name;
    });
    return { label: label || 'okänt område', counts };
  };

  const now = countsFor(current);
  const before = countsFor(previous);
  return {
    stadsdelar: stadsdelRows,
    districts,
    ods: odsRows,
    odsRings,
    comparison: {
      scopeLabel: now.label,
      currentLabel: current.label,
      previousLabel: previous.label,
      rows: compareCategories(now.counts, before.counts, {
        current: current.last - current.first + 1,
        previous: previous.last - previous.first + 1,
      }),
    },
  };
}

/** 1 for the offences inside the scope (a stadsdelsområde, a stadsdel or an ÖDS extent). */
export function scopeMask(
  count: number,
  stadsdelar: AnalysisArea[],
  ods: AnalysisArea[],
  membership: Membership,
  scope: Scope,
): Uint8Array {
  const mask = new Uint8Array(count);
  if (scope.kind === 'ods') {
    const i = ods.findIndex((a) => a.id === scope.id);
    if (i >= 0) for (const p of membership.odsPoints[i]) mask[p] = 1;
    return mask;
  }
  const inScope = stadsdelar.map((a) => inStadsdelScope(a, scope));
  for (let p = 0; p < count; p++) {
    const g = membership.stadsdelOf[p];
    if (g >= 0 && inScope[g]) mask[p] = 1;
  }
  return mask;
}
