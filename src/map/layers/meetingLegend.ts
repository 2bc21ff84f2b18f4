import { FOCUS_COLOR } from './meetingLayers';
import type { LegendSymbol } from './walkPlanLegend';

/** What the current slide outlines (`focusLayers`): an ÖDS extent of a year, a drawn area, or a circle. */
export type SlideFocus =
  { kind: 'ods'; year: number | null } | { kind: 'area' } | { kind: 'circle'; radius: number };

/**
 * The legend line for the slide's own outline, in the colour `focusLayers` draws it. An ÖDS
 * slide names its mapping year: the year shown need not be one of the years drawn for all scenes.
 */
export function slideFocusLegend(focus: SlideFocus | null): LegendSymbol[] {
  if (!focus) return [];
  switch (focus.kind) {
    case 'ods':
      return [
        {
          shape: 'line',
          color: FOCUS_COLOR,
          label: focus.year === null ? 'ÖDS (på bilden)' : `ÖDS ${focus.year} (på bilden)`,
        },
      ];
    case 'area':
      return [{ shape: 'line', color: FOCUS_COLOR, label: 'Platsens gräns (på bilden)' }];
    case 'circle':
      return [{ shape: 'ring', color: FOCUS_COLOR, label: `${focus.radius} m från platsen` }];
  }
}
