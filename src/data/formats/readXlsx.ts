import { unzipSync } from 'fflate';
import { ImportError } from '../importProblem';

/**
 * An Excel workbook (.xlsx, Office Open XML) read straight from its zip:
 * the sheet's cells become delimited text, one line per worksheet row, so the
 * offence reader, its row numbers ("rad 12" is Excel's row 12) and its
 * messages are the same as for a CSV export. Unzipping is fflate's; the XML
 * of a sheet is regular enough (SpreadsheetML: <row>, <c>, <v>, <is>) to be
 * scanned here without a DOM, which keeps a 100 000-row sheet cheap and
 * needs no reader with unfixed advisories (the npm `xlsx` 0.18.5 build).
 */
export interface XlsxTable {
  /** Semicolon-separated, quoted where needed, row r of the sheet on line r. */
  text: string;
  sheet: string;
  sheets: string[];
}

const decoder = new TextDecoder('utf-8');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e] ?? whole;
  });
}

/** The text of an <si> or <is>: all its <t> runs (rich text has several), phonetic runs left out. */
function runText(xml: string): string {
  let out = '';
  for (const m of xml
    .replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')
    .matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) {
    out += unescapeXml(m[1]);
  }
  return out;
}

const attr = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Which cell styles (index into cellXfs) show a number as a date. */
function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    custom.set(Number(attr(m[1], 'numFmtId')), unescapeXml(attr(m[1], 'formatCode') ?? ''));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*)/g)].map((m) => {
    const id = Number(attr(m[1], 'numFmtId') ?? 0);
    const code = custom.get(id);
    // A custom format is a date when it has d, m, y or h outside quotes and [colour]/[$-locale] parts.
    return code === undefined
      ? DATE_FORMAT_IDS.has(id)
      : /[dmyhDMYH]/.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel serial day (1900 system) as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM". */
function serialToText(serial: number): string {
  const ms = Math.round(((serial - 25569) * 86_400_000) / 60_000) * 60_000;
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
  if (serial < 1) return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return Number.isInteger(serial) || minutes === 0
    ? date
    : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "AB12" → 27 (0-based column). */
function columnOf(ref: string | undefined, fallback: number): number {
  const letters = /^[A-Z]+/.exec(ref ?? '')?.[0];
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const quote = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Numbers as the offence reader expects them: what Excel stored, without float noise ("6580120.5"). */
function numberText(v: string): string {
  const n = Number(v);
  return Number.isFinite(n) ? String(Math.round(n * 1e9) / 1e9) : v;
}

function cellText(attrs: string, inner: string, shared: string[], dates: boolean[]): string {
  const type = attr(attrs, 't') ?? 'n';
  if (type === 'inlineStr') return runText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return '';
  if (type === 's') return shared[Number(v)] ?? '';
  if (type === 'str' || type === 'e') return unescapeXml(v);
  if (type === 'b') return v === '1' ? 'SANT' : 'FALSKT';
  const style = Number(attr(attrs, 's') ?? 0);
  return dates[style] && Number.isFinite(Number(v)) ? serialToText(Number(v)) : numberText(v);
}

function sheetToText(xml: string, shared: string[], dates: boolean[]): string {
  const lines: string[] = [];
  let nextRow = 1;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attr(row[1], 'r') ?? nextRow);
    while (nextRow < r) {
      lines.push('');
      nextRow++;
    }
    const cells: string[] = [];
    let nextColumn = 0;
    for (const c of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const column = columnOf(attr(c[1], 'r'), nextColumn);
      while (cells.length < column) cells.push('');
      cells[column] = quote(cellText(c[1], c[2] ?? '', shared, dates));
      nextColumn = column + 1;
    }
    lines.push(cells.join(';'));
    nextRow = r + 1;
  }
  return lines.join('\n');
}

/** Sheet names and their part paths, in the workbook's order. */
function sheetsOf(
  files: Record<string, Uint8Array>,
  fileName: string,
): { name: string; path: string }[] {
  const workbook = files['xl/workbook.xml'];
  if (!workbook)
    throw new ImportError(
      fileName,
      'är en zip-fil men ingen Excel-arbetsbok (xl/workbook.xml saknas). Spara tabellen som .xlsx eller CSV igen.',
    );
  const rels = new Map<string, string>();
  const relsXml = files['xl/_rels/workbook.xml.rels'];
  if (relsXml) {
    for (const m of decoder.decode(relsXml).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      const target = attr(m[1], 'Target') ?? '';
      rels.set(attr(m[1], 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  return [...decoder.decode(workbook).matchAll(/<sheet\b([^>]*)\/?>/g)].map((m, i) => ({
    name: unescapeXml(attr(m[1], 'name') ?? `Blad${i + 1}`),
    path: rels.get(attr(m[1], 'r:id') ?? '') ?? `xl/worksheets/sheet${i + 1}.xml`,
  }));
}

/** Whether a zip is an Excel workbook rather than a zipped Shapefile. */
export function isXlsxZip(bytes: Uint8Array): boolean {
  try {
    return 'xl/workbook.xml' in unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
  } catch {
    return false;
  }
}

/** The chosen sheet (the first when none is named) as delimited text, with every sheet's name. */
export function readXlsx(fileName: string, bytes: Uint8Array, sheetName?: string): XlsxTable {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') });
  } catch (e) {
    throw new ImportError(
      fileName,
      `Excel-arbetsboken är skadad och kan inte packas upp (${(e as Error).message}). Spara den igen i Excel.`,
    );
  }
  const sheets = sheetsOf(files, fileName);
  if (sheets.length === 0)
    throw new ImportError(
      fileName,
      'Excel-arbetsboken har inga blad. Spara tabellen i Excel igen.',
    );
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets[0];
  const xml = files[sheet.path];
  if (!xml) {
    throw new ImportError(
      fileName,
      `bladet "${sheet.name}" saknas i arbetsboken (${sheet.path}). Spara arbetsboken igen i Excel.`,
    );
  }
  const sharedXml = files['xl/sharedStrings.xml'];
  const shared = sharedXml
    ? [...decoder.decode(sharedXml).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runText(m[1]))
    : [];
  const stylesXml = files['xl/styles.xml'];
  const dates = dateStyles(stylesXml && decoder.decode(stylesXml));
  return {
    text: sheetToText(decoder.decode(xml), shared, dates),
    sheet: sheet.name,
    sheets: sheets.map((s) => s.name),
  };
}
