export type RGBA = [number, number, number, number];

/**
 * Sequential classes for crimes per hectare (ColorBrewer YlOrRd, 5 classes):
 * readable on a projector and for most colour-vision deficiencies.
 */
export const RATE_COLORS: RGBA[] = [
  [255, 255, 178, 170],
  [254, 204, 92, 170],
  [253, 141, 60, 170],
  [240, 59, 32, 170],
  [189, 0, 38, 170],
];

export const NO_DATA_COLOR: RGBA = [200, 200, 200, 120];

export interface ColorClasses {
  /** Upper bounds of the first four classes; the last class is open-ended. */
  breaks: number[];
  colors: RGBA[];
}

/** "Nice" quantile breaks of the values shown, so the classes hold about equally many areas. */
export function quantileClasses(values: number[]): ColorClasses {
  const sorted = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return { breaks: [1, 2, 3, 4], colors: RATE_COLORS };
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const raw = [0.2, 0.4, 0.6, 0.8].map(q);
  const breaks = raw.map(niceRound);
  for (let i = 1; i < breaks.length; i++)
    if (breaks[i] <= breaks[i - 1]) breaks[i] = breaks[i - 1] + step(breaks[i - 1]);
  return { breaks, colors: RATE_COLORS };
}

function step(v: number): number {
  return v >= 10 ? 1 : v >= 1 ? 0.5 : 0.1;
}

function niceRound(v: number): number {
  if (v >= 10) return Math.round(v);
  if (v >= 1) return Math.round(v * 2) / 2;
  return Math.max(0.1, Math.round(v * 10) / 10);
}

export function colorFor(classes: ColorClasses, value: number | undefined): RGBA {
  if (value === undefined || !Number.isFinite(value)) return NO_DATA_COLOR;
  const i = classes.breaks.findIndex((b) => value < b);
  return classes.colors[i < 0 ? classes.colors.length - 1 : i];
}
