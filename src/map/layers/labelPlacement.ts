import { toPixels, type LonLat } from './webMercator';

export type TextAnchor = 'start' | 'middle' | 'end';
export type Baseline = 'top' | 'center' | 'bottom';

/** Where a label may sit relative to its anchor, in screen pixels. */
export interface LabelSlot {
  dx: number;
  dy: number;
  textAnchor: TextAnchor;
  baseline: Baseline;
}

export interface LabelCandidate {
  text: string;
  anchor: LonLat;
  /** Font size in pixels. */
  size: number;
  /** Tried in order; the first that overlaps nothing placed wins, else the label is left out. */
  slots: LabelSlot[];
}

export interface PlacedLabel {
  text: string;
  position: LonLat;
  size: number;
  pixelOffset: [number, number];
  textAnchor: TextAnchor;
  baseline: Baseline;
}

/** A screen box in world pixels at the zoom being placed for. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Generous for system-ui/DejaVu Sans, so estimated boxes never undercut the drawn text. */
const CHAR_WIDTH_EM = 0.62;
/** The white text outline and a little air. */
const PADDING = 3;

/** Long names on two or more lines of about `maxChars`, broken between words, so they take less room. */
export function wrapText(text: string, maxChars: number): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= maxChars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

export function textBox(label: PlacedLabel, zoom: number): Box {
  const [x0, y0] = toPixels(label.position, zoom);
  const x = x0 + label.pixelOffset[0];
  const y = y0 + label.pixelOffset[1];
  const lines = label.text.split('\n');
  const width = Math.max(...lines.map((l) => l.length)) * label.size * CHAR_WIDTH_EM;
  const height = lines.length * label.size * 1.25;
  const left =
    label.textAnchor === 'start' ? x : label.textAnchor === 'end' ? x - width : x - width / 2;
  const top =
    label.baseline === 'top' ? y : label.baseline === 'bottom' ? y - height : y - height / 2;
  return {
    left: left - PADDING,
    top: top - PADDING,
    right: left + width + PADDING,
    bottom: top + height + PADDING,
  };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Greedy, deterministic label placement for one zoom: candidates in the order
 * given (most important first), each in its first free slot, else left out, so
 * no two labels and no label and obstacle (e.g. a site marker) overlap.
 * deck.gl's collision extension would do this on the GPU, but is not installed.
 */
export function placeLabels(
  candidates: LabelCandidate[],
  obstacles: Box[],
  zoom: number,
): PlacedLabel[] {
  const taken = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    for (const slot of c.slots) {
      const label: PlacedLabel = {
        text: c.text,
        position: c.anchor,
        size: c.size,
        pixelOffset: [slot.dx, slot.dy],
        textAnchor: slot.textAnchor,
        baseline: slot.baseline,
      };
      const box = textBox(label, zoom);
      if (taken.some((t) => boxesOverlap(t, box))) continue;
      taken.push(box);
      placed.push(label);
      break;
    }
  }
  return placed;
}

/** A square box around a point marker of `radius` pixels. */
export function markerBox(anchor: LonLat, radius: number, zoom: number): Box {
  const [x, y] = toPixels(anchor, zoom);
  return { left: x - radius, top: y - radius, right: x + radius, bottom: y + radius };
}
