import { describe, expect, it } from 'vitest';
import { formatDay } from '../analysis/isoWeek';
import { DateOrderNeededError } from './dateOrder';
import { importFile } from './import/importFile';
import { ImportError } from './importProblem';
import { parseOffencesCsv } from './parseOffencesCsv';

const csv = (...dates: string[]) =>
  ['Datum;Brottskategori;X;Y', ...dates.map((d) => `${d};Våldsbrott;6580120;672210`)].join('\n');
const days = (r: ReturnType<typeof parseOffencesCsv>) =>
  Array.from(r.table.day.subarray(0, r.table.count), formatDay);

describe('day or month first in slashed dates', () => {
  it('reads day first when a day above 12 says so, and names that date', () => {
    const r = parseOffencesCsv(csv('05/03/2024', '13/03/2024'), 'b.csv');
    expect(days(r)).toEqual(['2024-03-05', '2024-03-13']);
    expect(r.columnsText).toMatch(/dag\/månad\/år \("13\/03\/2024" har dagen först\)/);
  });

  it('reads month first when a second number above 12 says so', () => {
    const r = parseOffencesCsv(csv('05/03/2024', '03/13/2024'), 'b.csv');
    expect(days(r)).toEqual(['2024-05-03', '2024-03-13']);
  });

  it('asks when nothing in the file decides, with the dates that fit both', () => {
    const read = () => parseOffencesCsv(csv('05/03/2024', '11/04/2024'), 'b.csv');
    expect(read).toThrowError(DateOrderNeededError);
    expect(read).toThrowError(
      /^b\.csv: datumen \(t\.ex\. "05\/03\/2024", "11\/04\/2024"\) kan läsas både som dag\/månad\/år och som månad\/dag\/år.*Välj datumformat/,
    );
  });

  it('asks through importFile too, rather than reading the file as an indicator table', () => {
    const bytes = new TextEncoder().encode(csv('05/03/2024', '11/04/2024'));
    expect(() => importFile('b.csv', bytes)).toThrowError(DateOrderNeededError);
    const answered = importFile('b.csv', bytes, { dateOrder: 'mdy' });
    expect(answered.kind === 'offences' && days(answered.result)).toEqual([
      '2024-05-03',
      '2024-11-04',
    ]);
  });

  it('refuses a file that writes dates both ways', () => {
    const read = () => parseOffencesCsv(csv('13/03/2024', '03/13/2024'), 'b.csv');
    expect(read).toThrowError(ImportError);
    expect(read).toThrowError(
      /två sätt: "13\/03\/2024" har dagen först och "03\/13\/2024" har månaden först/,
    );
  });

  it('reads a column of Excel serial days', () => {
    expect(days(parseOffencesCsv(csv('45292', '45293'), 'b.csv'))).toEqual([
      '2024-01-01',
      '2024-01-02',
    ]);
  });
});
