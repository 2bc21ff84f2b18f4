import { maskedLabel, type Cell, type TextTable } from './tableModel';

/** Characters that make Excel and LibreOffice read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as CSV: a leading apostrophe defuses formulas (Excel shows the
 * text, not the apostrophe), then quotes protect separators and line breaks.
 */
export function csvTextCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Numbers with decimal comma and no thousands separator, which Swedish Excel reads as numbers. */
export function csvNumberCell(value: number, decimals: number): string {
  // A tiny negative rounds to "-0,0"; `|| 0` turns the rounded −0 into 0.
  return (Number(value.toFixed(decimals)) || 0).toFixed(decimals).replace('.', ',');
}

function csvCell(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return csvTextCell(cell.text);
    case 'number':
      return csvNumberCell(cell.value, cell.decimals);
    case 'masked':
      return csvTextCell(maskedLabel(cell.threshold));
    case 'blank':
      return '';
  }
}

/** Semicolon-separated UTF-8 with BOM and CRLF: what Swedish Excel opens without an import dialog. */
export function renderCsv(table: TextTable): string {
  const lines = [
    table.columns.map((c) => csvTextCell(c.label)).join(';'),
    ...table.rows.map((row) => row.map(csvCell).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
