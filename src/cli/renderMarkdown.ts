import { maskedLabel, type Cell, type TextTable } from './tableModel';

const formats = new Map<number, Intl.NumberFormat>();

/** Swedish number style (space as thousands separator, decimal comma), as in the documents. */
function swedishNumber(value: number, decimals: number): string {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(decimals, f);
  }
  return f.format(value);
}

/**
 * Text from files (area and scene names) as Markdown text: backslashes,
 * table pipes and link brackets escaped, line breaks flattened, and &, < and
 * > as entities, so a name like `<img onerror=…>` or `[x](javascript:…)` is
 * shown as text, never run as HTML or turned into a link.
 */
export const escapeMarkdownText = (t: string) =>
  t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/[|[\]]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');

function mdCell(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return escapeMarkdownText(cell.text);
    case 'number': {
      // Rounded first, so a tiny negative is shown as 0 and not as −0.
      const value = Number(cell.value.toFixed(cell.decimals)) || 0;
      const body = swedishNumber(value, cell.decimals);
      return `${cell.signed && value > 0 ? '+' : ''}${body}${cell.suffix ?? ''}`;
    }
    case 'masked':
      return maskedLabel(cell.threshold);
    case 'blank':
      return '–';
  }
}

export function renderMarkdown(table: TextTable): string {
  const header = `| ${table.columns.map((c) => escapeMarkdownText(c.label)).join(' | ')} |`;
  const rule = `|${table.columns.map((c) => (c.numeric ? ' ---: ' : ' --- ')).join('|')}|`;
  const rows = table.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`);
  const notes = table.notes.length > 0 ? `\n${table.notes.join('\n\n')}\n` : '';
  return `### ${escapeMarkdownText(table.title)}\n\n${[header, rule, ...rows].join('\n')}\n${notes}`;
}
