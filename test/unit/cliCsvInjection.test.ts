import { describe, expect, it } from 'vitest';
import { csvTextCell, renderCsv } from '../../src/cli/renderCsv';
import { num, text } from '../../src/cli/tableModel';

describe('CSV output is safe against formula injection', () => {
  it('prefixes text cells that a spreadsheet would run as a formula with an apostrophe', () => {
    const risky = ['=SUM(A1:A9)', '+46 8 123', '-2+3', '@SUM(1)', '\tTab', '\rCR'];
    expect(risky.map(csvTextCell)).toEqual([
      "'=SUM(A1:A9)",
      "'+46 8 123",
      "'-2+3",
      "'@SUM(1)",
      "'\tTab",
      // A carriage return also needs quotes so the row does not break.
      `"'\rCR"`,
    ]);
  });

  it('leaves ordinary text alone and quotes separators inside it', () => {
    expect(['Kungsholmen', 'Sankt Göransgatan; norra delen', 'Säg "hej"'].map(csvTextCell)).toEqual(
      ['Kungsholmen', '"Sankt Göransgatan; norra delen"', '"Säg ""hej"""'],
    );
  });

  it('writes negative numbers as numbers with decimal comma, not as escaped text', () => {
    const csv = renderCsv({
      title: 't',
      columns: [
        { label: 'Område', numeric: false },
        { label: 'Förändring', numeric: true },
        { label: 'Procent', numeric: true },
      ],
      rows: [[text('=HYPERLINK("http://x")'), num(-206), num(-2.734, 1)]],
      notes: [],
    });
    expect(csv).toBe(
      '\uFEFFOmråde;Förändring;Procent\r\n"\'=HYPERLINK(""http://x"")";-206;-2,7\r\n',
    );
  });
});
