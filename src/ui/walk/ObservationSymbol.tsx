import { NEGATIVE_COLOR, POSITIVE_COLOR } from '../../map/layers/walkPlanLayers';
import type { RGBA } from '../../map/layers/colorScale';

export interface ObservationMark {
  /** WGS84 [lon, lat]. */
  position: [number, number];
  positive: boolean;
}

const css = ([r, g, b]: RGBA) => `rgb(${r} ${g} ${b})`;

/**
 * An observation as the walk's map draws it (`walkPlanLayers`), so paper and screen agree: a
 * problem a black dot in a white ring, a positive one a white dot in a black ring.
 */
export function ObservationSymbol({
  x,
  y,
  r,
  positive,
}: {
  x: number;
  y: number;
  r: number;
  positive: boolean;
}) {
  return (
    <circle
      class={positive ? 'walk-mark-positive' : 'walk-mark-problem'}
      cx={x}
      cy={y}
      r={r}
      fill={css(positive ? POSITIVE_COLOR : NEGATIVE_COLOR)}
      stroke={css(positive ? NEGATIVE_COLOR : POSITIVE_COLOR)}
      stroke-width={Math.max(2, r / 3)}
    />
  );
}

/** The two symbols named, under the protocol's overview map. */
export function ObservationKey() {
  const swatch = (positive: boolean) => (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {/* A grey backdrop, as the map's, so the white ring of a problem shows. */}
      <rect width="18" height="18" fill="#d5dbe0" />
      <ObservationSymbol x={9} y={9} r={6} positive={positive} />
    </svg>
  );
  return (
    <p class="walk-sheet-key" data-testid="walk-sheet-key">
      <span>{swatch(false)} Brist</span>
      <span>{swatch(true)} Bra</span>
    </p>
  );
}
