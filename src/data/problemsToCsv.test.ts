import { describe, expect, it } from 'vitest';
import { formatProblem, problemsToCsv } from './problemsToCsv';

describe('problemsToCsv', () => {
  it('writes semicolon CSV with a BOM and CRLF, quoting what needs it', () => {
    const csv = problemsToCsv([
      {
        file: 'brott.csv',
        row: 3,
        message: 'datumet "2024-13-01" finns inte i kalendern; rätta det.',
      },
    ]);
    expect(csv).toBe(
      '\uFEFFFil;Rad;Problem\r\nbrott.csv;3;"datumet ""2024-13-01"" finns inte i kalendern; rätta det."\r\n',
    );
  });

  it('defuses cells that Excel would run as formulas', () => {
    const cells = ['=HYPERLINK("x")', '+46 8', '-1', '@SUM(A1)', '\tflik', '\rretur'].map(
      (message) => problemsToCsv([{ file: '=fil.csv', row: 1, message }]).split('\r\n')[1],
    );
    expect(cells).toEqual([
      `'=fil.csv;1;"'=HYPERLINK(""x"")"`,
      `'=fil.csv;1;'+46 8`,
      `'=fil.csv;1;'-1`,
      `'=fil.csv;1;'@SUM(A1)`,
      `'=fil.csv;1;'\tflik`,
      `'=fil.csv;1;"'\rretur"`,
    ]);
  });

  it('writes only the header for no problems', () => {
    expect(problemsToCsv([])).toBe('\uFEFFFil;Rad;Problem\r\n');
  });

  it('formats a problem with file and row for the user', () => {
    expect(formatProblem({ file: 'a.csv', row: 7, message: 'datum saknas.' })).toBe(
      'a.csv, rad 7: datum saknas.',
    );
  });
});
