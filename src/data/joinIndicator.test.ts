import { describe, expect, it } from 'vitest';
import { joinIndicator } from './joinIndicator';

const header = ['Stadsdel', 'Andel otrygga kväll (%)', 'Svar'];
const rows = [
  ['STADSHAGEN', '16 %', '120'],
  ['Kungsholmen', '9', '400'],
  ['Östra S:t Göran', '15', '80'],
  ['fredhall', '7,5', '90'],
];
const areas = ['Kungsholmen', 'Stadshagen', 'Fredhäll', 'Marieberg'];

describe('indicator join', () => {
  it('matches names whatever the case and diacritics', () => {
    expect(joinIndicator(header, rows, areas).values).toEqual([9, 16, 7.5, null]);
  });

  it('reports rows that match no area and areas without a row', () => {
    const j = joinIndicator(header, rows, areas);
    expect([j.unmatchedRows, j.unmatchedAreas]).toEqual([['Östra S:t Göran'], ['Marieberg']]);
  });

  it('guesses the name column and the first numeric column', () => {
    const j = joinIndicator(header, rows, areas);
    expect([j.nameColumn, j.valueColumn]).toEqual([0, 1]);
  });
});
