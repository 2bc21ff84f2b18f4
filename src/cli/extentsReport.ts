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
  /** Years of A and B that hold only a user's drawings, not a mapping file (the CLI reads files: none). */
  partialYears?: number[];
}

/** Swedish words for the lineage kinds, as a scene's state ("Fridhemsplan: fortsatt"). */
export const LINEAGE_LABELS: Record<LineageKind, string> = {
  continued: 'fortsatt',
  new: 'ny',
  ended: 'upphört',
  merged: 'sammanslagen',
  split: 'delad',
  unmapped: 'ej kartlagd',
};

/** A scene's state; an unmapped one names the year that has no mapping ("ej kartlagd 2025"). */
export function sceneStateText(
  scene: { kind: LineageKind; a: readonly unknown[] },
  yearA: number,
  yearB: number,
): string {
  if (scene.kind !== 'unmapped') return LINEAGE_LABELS[scene.kind];
  return `${LINEAGE_LABELS.unmapped} ${scene.a.length === 0 ? yearA : yearB}`;
}

/** Why some scenes are "ej kartlagd" and what to do; null when both years are mappings. */
export function partialYearsNote(partialYears: readonly number[]): string | null {
  if (partialYears.length === 0) return null;
  const years = partialYears.join(' och ');
  return (
    `${years} har bara utbredningar ritade i kartan, ingen kartläggning. ` +
    `En scen utan ritad utbredning ${years} är därför "ej kartlagd", inte upphörd eller ny. ` +
    `Lägg till kartläggningen för ${years} under Data och filer, eller rita de andra scenerna.`
  );
}

/** The region's one line: "2 fortsatte, 0 nya, 1 upphörde, 0 slogs samman, 0 delades". */
export function lineageCountsText(counts: Record<LineageKind, number>): string {
  return [
    `${counts.continued} fortsatte`,
    `${counts.new} ${counts.new === 1 ? 'ny' : 'nya'}`,
    `${counts.ended} upphörde`,
    `${counts.merged} slogs samman`,
    `${counts.split} delades`,
    // Only where a year holds drawings alone, so a mapping's line stays as the police write it.
    ...(counts.unmapped > 0 ? [`${counts.unmapped} ej kartlagda`] : []),
  ].join(', ');
}
