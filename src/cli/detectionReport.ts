import { ENCODING_LABELS } from '../data/decodeText';
import type { DuplicateReport } from '../data/parseOffencesCsv';
import { CRS_LABELS } from '../data/crs';
import { FIELD_LABELS, OFFENCE_FIELDS, type OffenceField } from '../data/detectColumns';
import type { AreasFile } from './readAreasFile';
import type { OffencesFile } from './readOffencesFile';

const DELIMITER_NAMES: Record<string, string> = {
  ';': 'semikolon (;)',
  ',': 'komma (,)',
  '\t': 'tabb',
};

const FIRST_PROBLEMS = 5;

const detected = (chosen: boolean) => (chosen ? 'angivet' : 'upptäckt');

function problemLines(
  problems: { row: number; message: string }[],
  total: number,
  unit = 'rad',
): string[] {
  const lines = problems.slice(0, FIRST_PROBLEMS).map((p) => `    ${unit} ${p.row}: ${p.message}`);
  if (total > FIRST_PROBLEMS) lines.push(`    … och ${total - FIRST_PROBLEMS} till.`);
  return lines;
}

/** What the importer decided for one offence file, so a wrong guess is caught before the tables are used. */
export function describeOffencesFile(file: OffencesFile): string {
  const r = file.result;
  const column = (f: OffenceField) => {
    const i = r.mapping[f];
    return i === undefined ? null : `${FIELD_LABELS[f]} = "${r.header[i]}" (kolumn ${i + 1})`;
  };
  const fields = OFFENCE_FIELDS;
  const east = r.mapping[r.eastColumn === 0 ? 'coordA' : 'coordB'];
  const lines = [
    `${file.path}:`,
    `  teckenkodning: ${ENCODING_LABELS[file.encoding]} (${detected(file.chosen.encoding)}), avgränsare: ${DELIMITER_NAMES[r.delimiter] ?? r.delimiter}`,
    `  kolumner (${file.chosen.columns ? 'angivna med --col-*, övriga upptäckta' : 'upptäckta'}): ${fields.map(column).filter(Boolean).join(', ')}`,
    `  koordinatsystem (${detected(file.chosen.crs)}): ${CRS_LABELS[r.crs]} (${r.crs}); ` +
      `östlig koordinat (Y i svensk geodesi, longitud i WGS 84) i "${east === undefined ? '?' : r.header[east]}"`,
    `  rader: ${r.table.count} inlästa, ${r.problemCount} avvisade` +
      (r.rowsWithoutTime > 0 ? `, ${r.rowsWithoutTime} utan klockslag` : ''),
    ...duplicateLines(r.duplicates),
    ...problemLines(r.problems, r.problemCount),
  ];
  if (r.unknownCategories.size > 0) {
    const unknown = [...r.unknownCategories].map(([name, n]) => `"${name}" (${n})`).join(', ');
    lines.push(`  okända brottskategorier, räknas bara som "ej mappad": ${unknown}`);
  }
  return `${lines.join('\n')}\n`;
}

export function describeAreasFile(file: AreasFile, what: string): string {
  const districts = [...new Set(file.areas.map((a) => a.district).filter(Boolean))];
  const lines = [
    `${file.path}: ${what}, ${file.format}, ${file.crsText}, ${file.areas.length} ytor` +
      (districts.length > 0 ? ` i stadsdelsområdena ${districts.join(', ')}` : ''),
  ];
  if (file.problemCount > 0) {
    lines.push(
      `  ${file.problemCount} objekt hoppades över:`,
      ...problemLines(file.problems, file.problemCount, 'objekt'),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Rows pasted twice are counted twice: say so, with the first example, so the file can be cleaned. */
function duplicateLines(d: DuplicateReport | null): string[] {
  if (!d || d.count === 0 || !d.example) return [];
  return [
    `  varning: ${d.count} rader är dubbletter (samma ärendenummer och samma innehåll som en tidigare rad) och räknas två gånger, ` +
      `t.ex. rad ${d.example.line} (ärende ${d.example.id}) = rad ${d.example.firstLine}. Ta bort dubbletterna i filen och kör igen.`,
  ];
}
