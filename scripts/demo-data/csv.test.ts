import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { apportion } from './calibration';
import { formatCoordinate, formatMinute, quoteField, toCsv } from './csv';

describe('csv contract', () => {
  it('quotes only fields with the delimiter or quotes, and papaparse reads them back', () => {
    expect(quoteField('Sankt Eriksgatan 32')).toBe('Sankt Eriksgatan 32');
    expect(quoteField('Fridhemsplan; tunnelbanan')).toBe('"Fridhemsplan; tunnelbanan"');
    expect(quoteField('Stureplan 2, "Svampen"')).toBe('"Stureplan 2, ""Svampen"""');
    const text = toCsv([
      {
        caseNumber: '5000-K000001-24',
        day: 19_800,
        minute: 61,
        category: 'Våldsbrott',
        type: 'Rån',
        plats: 'Stureplan 2, "Svampen"',
        north: 6580123.4,
        east: 672345.6,
      },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text, {
      delimiter: ';',
      newline: '\r\n',
      skipEmptyLines: true,
    }).data;
    expect(rows[1]).toEqual([
      '5000-K000001-24',
      '2024-03-18',
      '01:01',
      'Våldsbrott',
      'Rån',
      'Stureplan 2, "Svampen"',
      '6580123,4',
      '672345,6',
    ]);
  });

  it('formats coordinates with one decimal and a decimal comma', () => {
    expect(formatCoordinate(6580000)).toBe('6580000,0');
    expect(formatCoordinate(672000.25)).toBe('672000,3');
    expect(formatMinute(23 * 60 + 59)).toBe('23:59');
  });
});

describe('apportion', () => {
  it('keeps the total and the proportions', () => {
    expect(apportion([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(apportion([0, 2, 6], 8)).toEqual([0, 2, 6]);
    expect(apportion([0, 0], 5)).toEqual([0, 0]);
  });
});
