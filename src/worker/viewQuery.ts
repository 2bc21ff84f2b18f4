import {
  computeDashboard,
  scopeMask,
  type DashboardResult,
  type Rings,
} from '../analysis/dashboard';
import { computeDensity } from '../analysis/density';
import type { OffenceFilter } from '../analysis/filter';
import type { DayRange } from '../analysis/isoWeek';
import { monthTrend, topCellShare, topStreets, weekdayHourMatrix } from '../analysis/patterns';
import { planarArea, squareMetresToHectares } from '../analysis/planar';
import { pointsInView } from '../analysis/pointsInView';
import { buildPolygonIndex, pointsInEachPolygon } from '../analysis/polygonIndex';
import { ringAround } from '../analysis/ringAround';
import { selectionMask } from '../analysis/selectionMask';
import { joinIndicator } from '../data/joinIndicator';
import type { OffenceTable } from '../data/offenceTable';
import { toPlanarPolygon } from '../data/reproject';
import type { LoadedData } from './loadedData';
import { remember, rememberSelection } from './memo';
import type {
  IndicatorChoice,
  IndicatorView,
  PatternResult,
  ViewQuery,
  ViewResult,
} from './protocol';

const ALL_TIME: DayRange = { first: -Infinity, last: Infinity };

function selection(data: LoadedData, o: OffenceTable, filter: OffenceFilter, period: DayRange) {
  return rememberSelection(data.memo, [filter, period.first, period.last], () =>
    selectionMask(o, filter, period),
  );
}

/** Points and true area of the band around each ÖDS extent; rebuilt only when the width changes. */
function ringsFor(data: LoadedData, o: OffenceTable, width: number): Rings {
  return remember(data.memo, 'rings', width, () => {
    const planar = data.odsGeometries.map((g) => {
      const band = ringAround(g, width);
      return band ? toPlanarPolygon(band, 'EPSG:4326') : [];
    });
    const e = o.e.subarray(0, o.count);
    const n = o.n.subarray(0, o.count);
    const points = planar.length > 0 ? pointsInEachPolygon(buildPolygonIndex(planar), e, n) : [];
    return { width, points, hectares: planar.map((p) => squareMetresToHectares(planarArea(p))) };
  });
}

function dashboard(data: LoadedData, o: OffenceTable, q: ViewQuery): DashboardResult | null {
  const m = data.membership;
  if (!m) return null;
  const key = [q.periods, q.filter, q.scope, q.ringWidth];
  return remember(data.memo, 'dashboard', key, () =>
    computeDashboard(
      o,
      data.stadsdelar,
      data.ods,
      m,
      q,
      q.ringWidth > 0 ? ringsFor(data, o, q.ringWidth) : null,
    ),
  );
}

/** Time and place patterns in the scope for the current period and every filter. */
function patterns(data: LoadedData, o: OffenceTable, q: ViewQuery): PatternResult | null {
  const m = data.membership;
  if (!m) return null;
  const period = q.periods.current;
  return remember(data.memo, 'patterns', [q.scope, period, q.filter], () => {
    const inScope = scopeMask(o.count, data.stadsdelar, data.ods, m, q.scope);
    const inPeriod = selection(data, o, q.filter, period);
    // The month trend spans all the data: only the place and time-of-day filters apply.
    const always = selection(data, o, q.filter, ALL_TIME);
    const selected = new Uint8Array(o.count);
    const allTime = new Uint8Array(o.count);
    for (let i = 0; i < o.count; i++) {
      selected[i] = inPeriod[i] & inScope[i];
      allTime[i] = always[i] & inScope[i];
    }
    return {
      weekdayHour: weekdayHourMatrix(o, selected),
      trend: monthTrend(o, allTime),
      topStreets: topStreets(o, selected),
      topCellShare: topCellShare(o, selected),
    };
  });
}

/** Joins an indicator table to the areas in use by name (columns guessed unless given). */
export function indicatorView(data: LoadedData, choice: IndicatorChoice): IndicatorView {
  const d = data.datasets.find((x) => x.id === choice.id);
  if (!d || d.imported.kind !== 'table')
    throw new Error('Filen är ingen tabell att koppla till områden. Välj en annan fil.');
  const { header, rows } = d.imported;
  const names = data.stadsdelar.map((a) => a.name);
  const j = joinIndicator(header, rows, names, choice.nameColumn, choice.valueColumn);
  return {
    datasetId: choice.id,
    fileName: d.fileName,
    header,
    nameColumn: j.nameColumn,
    valueColumn: j.valueColumn,
    values: j.values.flatMap((v, i) =>
      v === null ? [] : [{ areaId: data.stadsdelar[i].id, value: v }],
    ),
    unmatchedRows: j.unmatchedRows,
    unmatchedAreas: j.unmatchedAreas,
  };
}

function indicator(data: LoadedData, choice: IndicatorChoice | null) {
  if (!choice) return { indicator: null, indicatorError: null };
  try {
    return {
      indicator: remember(data.memo, 'indicator', choice, () => indicatorView(data, choice)),
      indicatorError: null,
    };
  } catch (e) {
    return { indicator: null, indicatorError: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Everything one view shows, from one query: the selection mask is made once
 * and shared; parts whose inputs did not change come from the memo.
 */
export function runQuery(data: LoadedData, q: ViewQuery): ViewResult {
  const o = data.offences;
  const joined = indicator(data, q.indicator);
  if (!o) return { dashboard: null, patterns: null, density: null, pointsInView: null, ...joined };
  const current = q.periods.current;
  const density = q.density;
  const raw = q.rawPoints;
  return {
    dashboard: dashboard(data, o, q),
    patterns: patterns(data, o, q),
    density: density
      ? remember(data.memo, 'density', [current, q.filter, density], () =>
          computeDensity(
            o,
            selection(data, o, q.filter, current),
            data.stadsdelar.map((a) => a.planar),
            density,
          ),
        )
      : null,
    pointsInView: raw
      ? pointsInView(o, selection(data, o, q.filter, current), raw.bounds, raw.limit)
      : null,
    ...joined,
  };
}
