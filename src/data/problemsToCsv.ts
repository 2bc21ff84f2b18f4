import type { RowProblem } from './importProblem';

/**
 * The unusable rows as a file the user can open in Excel (semicolon,
 * UTF-8 with BOM so Excel reads å/ä/ö, CRLF) to fix them at the source.
 * The messages quote the user's own cell values, so a cell such as
 * "=HYPERLINK(…)" must not become a live formula: text cells that begin with
 * = + - @, a tab or a carriage return get a leading apostrophe.
 */
export function problemsToCsv(problems: RowProblem[]): string {
  const lines = [['Fil', 'Rad', 'Problem'].map(textCell).join(';')];
  for (const p of problems)
    lines.push([textCell(p.file), String(p.row), textCell(p.message)].join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One problem as a line for the user: file, row and what to do. */
export function formatProblem(p: RowProblem): string {
  return `${p.file}, rad ${p.row}: ${p.message}`;
}
