import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  markerBox,
  placeLabels,
  textBox,
  wrapText,
  type LabelCandidate,
  type LabelSlot,
} from './labelPlacement';

const above: LabelSlot = { dx: 0, dy: -14, textAnchor: 'middle', baseline: 'bottom' };
const below: LabelSlot = { dx: 0, dy: 14, textAnchor: 'middle', baseline: 'top' };
const candidate = (text: string, lon: number, slots = [above, below]): LabelCandidate => ({
  text,
  anchor: [lon, 59.33],
  size: 12,
  slots,
});

describe('label placement', () => {
  it('moves a label that would cover another to its next free slot', () => {
    const placed = placeLabels(
      [candidate('John Bergs plan', 18.0272), candidate('Sankt Göransparken', 18.0268)],
      [],
      14,
    );
    expect(placed.map((l) => l.pixelOffset)).toEqual([
      [0, -14],
      [0, 14],
    ]);
  });

  it('leaves a label out when no slot is free, rather than draw it over another', () => {
    const placed = placeLabels(
      [candidate('Fridhemsplan', 18.03, [above]), candidate('Fridhemsplan 2', 18.0301, [above])],
      [],
      14,
    );
    expect(placed.map((l) => l.text)).toEqual(['Fridhemsplan']);
  });

  it('keeps labels off obstacles such as site markers', () => {
    const marker = markerBox([18.03, 59.33], 11, 14);
    const [label] = placeLabels(
      [
        candidate('Fridhemsplan', 18.03, [
          { dx: 0, dy: 0, textAnchor: 'middle', baseline: 'center' },
          above,
        ]),
      ],
      [marker],
      14,
    );
    expect(boxesOverlap(textBox(label, 14), marker)).toBe(false);
  });

  it('places the same way every time', () => {
    const input = [candidate('A', 18.0), candidate('B', 18.0001), candidate('C', 18.0002)];
    expect(placeLabels(input, [], 15)).toEqual(placeLabels(input, [], 15));
  });
});

describe('wrapping long names', () => {
  it('breaks between words into lines of about the given length', () => {
    expect(wrapText('Kristinebergs strand och Hornsbergs strand', 18)).toBe(
      'Kristinebergs\nstrand och\nHornsbergs strand',
    );
  });

  it('leaves a short name on one line', () => {
    expect(wrapText('Stadshagen', 18)).toBe('Stadshagen');
  });
});
