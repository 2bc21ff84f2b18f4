import { describe, expect, it } from 'vitest';
import { parseOffencesCsv } from './parseOffencesCsv';

const HEADER = 'Ärendenummer;Brottsdatum;Brottskategori;Brottstyp;X;Y';
const A = '5000-K1-24;2024-03-05;Våldsbrott;Misshandel;6580120;672210';
const B = '5000-K2-24;2024-03-06;Tillgreppsbrott;Stöld;6580130;672220';
/** The same case with a second offence: not a duplicate. */
const A2 = '5000-K1-24;2024-03-05;Skadegörelse;Klotter;6580120;672210';
/** Two overlapping monthly exports pasted together: A and B twice. */
const pasted = [HEADER, A, B, A2, A, B].join('\n');

describe('duplicate rows by ärendenummer', () => {
  it('reports rows repeating an earlier row with the same ärendenummer, and keeps them by default', () => {
    const r = parseOffencesCsv(pasted, 'brott.csv');
    expect(r.table.count).toBe(5);
    expect(r.duplicates).toEqual({
      count: 2,
      dropped: false,
      example: { id: '5000-K1-24', line: 5, firstLine: 2 },
    });
  });

  it('drops them when asked, and still says how many', () => {
    const r = parseOffencesCsv(pasted, 'brott.csv', { dropDuplicates: true });
    expect(r.table.count).toBe(3);
    expect(r.duplicates?.count).toBe(2);
    expect(r.duplicates?.dropped).toBe(true);
  });

  it('is null for a file without an ärendenummer column', () => {
    const r = parseOffencesCsv(
      'Datum;Brottskategori;X;Y\n2024-03-05;Våldsbrott;6580120;672210\n',
      'b.csv',
    );
    expect(r.duplicates).toBeNull();
  });
});
