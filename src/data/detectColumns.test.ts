import { describe, expect, it } from 'vitest';
import { coordinateNameKind, detectColumns, detectColumnsExplained } from './detectColumns';

describe('detectColumns', () => {
  it('reads Swedish and English headers', () => {
    expect(
      detectColumns([
        'Ärendenummer',
        'Datum',
        'Tid',
        'Brottskategori',
        'Brottskod',
        'Gatuadress',
        'X',
        'Y',
      ]),
    ).toEqual({ id: 0, date: 1, time: 2, category: 3, type: 4, street: 5, coordA: 6, coordB: 7 });
    expect(
      detectColumns(['id', 'date', 'time', 'category', 'type', 'address', 'lon', 'lat']),
    ).toEqual({
      id: 0,
      date: 1,
      time: 2,
      category: 3,
      type: 4,
      street: 5,
      coordA: 6,
      coordB: 7,
    });
  });

  it('uses a combined timestamp column for the date when there is no date column', () => {
    expect(detectColumns(['Tidpunkt', 'Kategori', 'N', 'E'])).toMatchObject({
      date: 0,
      coordA: 2,
      coordB: 3,
    });
    expect(detectColumns(['Datum', 'Tidpunkt', 'Kategori', 'N', 'E'])).toMatchObject({
      date: 0,
      time: 1,
    });
  });

  it('recognises coordinate names with system and unit words', () => {
    expect(
      ['X-koordinat', 'Y (SWEREF 99 TM)', 'Nord', 'Öst', 'Latitud', 'lng', 'Northing', 'E'].map(
        coordinateNameKind,
      ),
    ).toEqual(['x', 'y', 'north', 'east', 'lat', 'lon', 'north', 'east']);
    expect(coordinateNameKind('Xtra')).toBeNull();
  });

  it('prefers a complete pair of one family when a file carries both', () => {
    expect(detectColumns(['Datum', 'Kategori', 'lat', 'X', 'lon', 'Y'])).toMatchObject({
      coordA: 2,
      coordB: 4,
    });
  });

  it('finds date, category and coordinates by values when names say nothing', () => {
    const found = detectColumnsExplained(
      ['a', 'b', 'c', 'd'],
      [['2024-03-05', 'Våldsbrott', '672344,1', '6580986,6']],
    );
    expect(found.mapping).toEqual({ date: 0, category: 1, coordA: 2, coordB: 3 });
    expect(found.coordinatesFrom).toBe('values');
    expect(found.notes).toHaveLength(3);
  });
});
