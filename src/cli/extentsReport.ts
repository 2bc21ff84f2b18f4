import type { ExtentCard } from '../analysis/extentCard';
import type { HeadlineCategory } from '../analysis/extentHeadline';
import type { LineageKind } from '../analysis/lineage';
import type { Period } from '../analysis/periods';
import type { YearSummary } from '../analysis/regionSummary';

/** Everything `lageskartan extents` writes, whatever the format. */
export interface ExtentsReport {
  yearA: number;
  yearB: number;
  periods: { a: Period; b: Period };
  threshold: number;
  /** Which offences the headline sentence is about (tables show every category). */
  category: HeadlineCategory;
  /** Metres; 0 = no band. */
  ringWidth: number;
  region: { a: YearSummary; b: YearSummary; counts: Record<LineageKind, number> };
  cards: ExtentCard[];
}

/** Swedish words for the lineage kinds, as a scene's state ("Fridhemsplan: fortsatt"). */
export const LINEAGE_LABELS: Record<LineageKind, string> = {
  continued: 'fortsatt',
  new: 'ny',
  ended: 'upphört',
  merged: 'sammanslagen',
  split: 'delad',
};

/** The region's one line: "2 fortsatte, 0 nya, 1 upphörde, 0 slogs samman, 0 delades". */
export function lineageCountsText(counts: Record<LineageKind, number>): string {
  return [
    `${counts.continued} fortsatte`,
    `${counts.new} ${counts.new === 1 ? 'ny' : 'nya'}`,
    `${counts.ended} upphörde`,
    `${counts.merged} slogs samman`,
    `${counts.split} delades`,
  ].join(', ');
}
