import { describe, expect, it } from 'vitest';
import { parseOffencesCsv } from './parseOffencesCsv';

const HEADER = 'Ärendenummer;Brottsdatum;Klockslag;Brottskategori;X;Y';
const ROWS = [
  'K1;2024-03-05;21:40;Våldsbrott;6580120;672210',
  'K2;2024-03-06;08:15;Tillgreppsbrott;6580130;672220',
];

describe('the table inside an Excel export', () => {
  it('reads a file whose first line is Excel\'s "sep=;"', () => {
    const r = parseOffencesCsv(['sep=;', HEADER, ...ROWS].join('\r\n'), 'brott.csv');
    expect(r.table.count).toBe(2);
    expect(r.problemCount).toBe(0);
    expect(r.header[0]).toBe('Ärendenummer');
  });

  it('honours "sep=," even where semicolons would win', () => {
    const r = parseOffencesCsv(
      ['sep=,', 'Datum,Kategori,X,Y', '2024-03-05,Våldsbrott;Rån,6580120,672210'].join('\n'),
      'b.csv',
    );
    expect(r.delimiter).toBe(',');
    expect(r.table.count).toBe(1);
  });

  it('finds the header below title rows and keeps the times, naming the skipped lines', () => {
    const text = [
      'Anmälda brott Kungsholmen',
      'Utskrivet av Polisen, Stockholm;;;;;',
      ';;;;;',
      HEADER,
      ...ROWS,
    ].join('\n');
    const r = parseOffencesCsv(text, 'brott.csv');
    expect(r.table.count).toBe(2);
    expect(r.rowsWithoutTime).toBe(0);
    expect(r.problemCount).toBe(0);
    expect(r.columnsText).toMatch(/rad 1–3 före rubrikraden \(rad 4\) hoppades över/);
  });

  it('leaves a footer below the table out of the counts, and says so', () => {
    const text = [HEADER, ...ROWS, ';;;;;', 'Summa;;;;;2', 'Källa: Polisens ärendesystem'].join(
      '\n',
    );
    const r = parseOffencesCsv(text, 'brott.csv');
    expect(r.table.count).toBe(2);
    expect(r.problemCount).toBe(0);
    expect(r.columnsText).toMatch(
      /rad 5–6 efter tabellen \(t\.ex\. "Summa 2"\) lästes inte som brott/,
    );
  });

  it('still refuses a short row between data rows, with its line', () => {
    const r = parseOffencesCsv([HEADER, ROWS[0], 'Summa;;;;;', ROWS[1]].join('\n'), 'brott.csv');
    expect(r.table.count).toBe(2);
    expect(r.problems[0].row).toBe(3);
  });

  it('keeps a last row that has a date but few other values', () => {
    const r = parseOffencesCsv(
      [HEADER, ...ROWS, ';2024-03-07;;;6580140;672230'].join('\n'),
      'brott.csv',
    );
    expect(r.table.count).toBe(3);
  });
});
