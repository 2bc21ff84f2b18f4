import { describe, expect, it } from 'vitest';
import { shortenLongValues, shortenValue } from './shortenValue';

describe('shortenValue', () => {
  it('keeps a short value whole', () => {
    expect(shortenValue('Våldsbrott')).toBe('Våldsbrott');
  });

  it('cuts a 100 000-character value and says how long it was', () => {
    expect(shortenValue('x'.repeat(100_000))).toBe(`${'x'.repeat(80)}… (100 000 tecken)`);
  });

  it('shortens only the long runs of a message', () => {
    expect(
      shortenLongValues(`fil.csv, rad 2: kategorin "${'y'.repeat(300)}" känns inte igen`),
    ).toBe(`fil.csv, rad 2: kategorin "${'y'.repeat(79)}… (302 tecken) känns inte igen`);
  });
});
