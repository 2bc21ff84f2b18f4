interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/** Room kept between the place and whatever covers the map. */
const GAP = 40;

/**
 * Where a slide frames its place on the map: below the period banner, left of the slide's
 * card, and beside or above the legend (at the bottom left), whichever leaves the place the
 * larger part of the map. A wide, low legend then costs the place height, not half its width.
 * A map too small for that gets a plain margin.
 */
export function slidePadding(
  map: Box,
  covers: { banner: Box | null; legend: Box | null; cardLeft: number },
): Padding | number {
  const top = Math.max(0, (covers.banner?.bottom ?? 0) - map.top) + GAP;
  const right = Math.max(0, map.right - covers.cardLeft) + GAP;
  let padding: Padding = { top, right, bottom: 60, left: GAP };
  const legend = covers.legend;
  if (legend && legend.width > 0) {
    const beside = { ...padding, left: Math.max(0, legend.right - map.left) + GAP };
    const above = { ...padding, bottom: Math.max(0, map.bottom - legend.top) + GAP };
    const room = (p: Padding) =>
      Math.max(0, map.width - p.left - p.right) * Math.max(0, map.height - p.top - p.bottom);
    padding = room(above) > room(beside) ? above : beside;
  }
  const fits =
    padding.left + padding.right < map.width - 100 &&
    padding.top + padding.bottom < map.height - 100;
  return fits ? padding : 20;
}
