import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../../test/unit/xlsxBuilder';
import { formatDay } from '../../analysis/isoWeek';
import { importFile } from '../import/importFile';
import { readXlsx } from './readXlsx';

const HEADER = ['Ärendenummer', 'Brottsdatum', 'Klockslag', 'Brottskategori', 'Plats', 'X', 'Y'];

describe('Excel workbooks (.xlsx)', () => {
  const book = buildXlsx({
    Brott: [
      HEADER,
      [
        'K1',
        { date: 45356 },
        '21:40',
        'Våldsbrott',
        'S:t Eriksgatan; "hörnet"',
        6580120.5,
        672210.3,
      ],
      [
        'K2',
        '2024-03-06',
        '08:15',
        'Tillgreppsbrott',
        { inline: 'Fleminggatan & 7' },
        6580130,
        672220,
      ],
    ],
    Anteckningar: [['Inget här']],
  });

  it('reads the first sheet as an offence table, Excel dates and shared strings included', () => {
    const r = importFile('brott.xlsx', book);
    expect(r.kind).toBe('offences');
    if (r.kind !== 'offences') return;
    expect(r.format).toBe('xlsx');
    expect(r.workbook).toEqual({ sheet: 'Brott', sheets: ['Brott', 'Anteckningar'] });
    expect(r.result.table.count).toBe(2);
    expect(formatDay(r.result.table.day[0])).toBe('2024-03-05');
    expect(r.result.table.e[0]).toBeCloseTo(672210.3, 5);
  });

  it('keeps Excel\'s row numbers in the text, so "rad 12" is row 12 of the sheet', () => {
    const gap = buildXlsx(
      {
        Blad1: [
          ['Titel'],
          [],
          HEADER,
          ['K1', '2024-03-05', '21:40', 'Våldsbrott', 'X', 6580120, 672210],
        ],
      },
      3,
    );
    const { text } = readXlsx('b.xlsx', gap);
    expect(text.split('\n')[2]).toBe('Titel');
    expect(text.split('\n')[4]).toMatch(/^Ärendenummer;/);
  });

  it('quotes cells with the delimiter or quotes, and decodes XML entities', () => {
    const { text } = readXlsx('brott.xlsx', book);
    expect(text.split('\n')[1]).toContain('"S:t Eriksgatan; ""hörnet"""');
    expect(text.split('\n')[2]).toContain('Fleminggatan & 7');
  });

  it('reads the sheet the user picks', () => {
    expect(() => importFile('brott.xlsx', book, { sheet: 'Anteckningar' })).toThrowError(
      /brott\.xlsx: hittar inga kolumner .* i rubrikraden \(Inget här\)/,
    );
  });
});
