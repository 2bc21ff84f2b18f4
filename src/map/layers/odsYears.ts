import type { AreaSummary } from '../../data/areaLayers';
import type { RGBA } from './colorScale';

/** The pair of mapping years the lägesbild compares; drawn unless the user chooses otherwise. */
export const LAGESBILD_ODS_YEARS: readonly number[] = [2021, 2023];

/**
 * Okabe–Ito colours, safe for the common colour-vision deficiencies. The first
 * two keep the lägesbild's convention (older extent yellow, newer red); the
 * rest avoid the walk purple and the site teal.
 */
export const ODS_YEAR_COLORS: readonly RGBA[] = [
  [255, 200, 0, 255],
  [215, 25, 28, 255],
  [0, 114, 178, 255],
  [204, 121, 167, 255],
  [86, 180, 233, 255],
  [60, 60, 60, 255],
];

export interface OdsYearStyle {
  year: number;
  color: RGBA;
}

/** Mapping years present in the data, ascending. */
export function availableOdsYears(ods: AreaSummary[]): number[] {
  const years = new Set<number>();
  for (const a of ods) if (a.year !== undefined) years.add(a.year);
  return [...years].sort((a, b) => a - b);
}

/** The lägesbild pair when both are present, else the latest two years. */
export function defaultOdsYears(available: number[]): number[] {
  return LAGESBILD_ODS_YEARS.every((y) => available.includes(y))
    ? [...LAGESBILD_ODS_YEARS]
    : available.slice(-2);
}

const sameYears = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((y, i) => y === b[i]);

/**
 * The years actually drawn: the user's choice as far as the data has it. The
 * initial choice stands for "the default", so a file with other years still
 * shows two; a choice none of whose years exist falls back to the default too.
 */
export function drawnOdsYears(chosen: readonly number[], available: number[]): number[] {
  if (sameYears(chosen, LAGESBILD_ODS_YEARS)) return defaultOdsYears(available);
  const kept = available.filter((y) => chosen.includes(y));
  return kept.length > 0 || chosen.length === 0 ? kept : defaultOdsYears(available);
}

/**
 * A colour per available year that does not change when years are switched on
 * or off: the default pair gets yellow and red, the other years the further
 * colours in ascending order.
 */
export function odsYearColors(available: number[]): Map<number, RGBA> {
  const first = defaultOdsYears(available);
  const order = [...first, ...available.filter((y) => !first.includes(y))];
  return new Map(order.map((y, i) => [y, ODS_YEAR_COLORS[i % ODS_YEAR_COLORS.length]]));
}

/** Year and colour of every drawn mapping year, oldest first: what the map draws and the legend lists. */
export function drawnOdsStyles(ods: AreaSummary[], chosen: readonly number[]): OdsYearStyle[] {
  const available = availableOdsYears(ods);
  const colors = odsYearColors(available);
  return drawnOdsYears(chosen, available).map((year) => ({
    year,
    color: colors.get(year) ?? ODS_YEAR_COLORS[0],
  }));
}
