import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/data/decodeText';
import { ImportError, type RowProblem } from '../../src/data/importProblem';
import { parseOffencesCsv } from '../../src/data/parseOffencesCsv';
import { formatProblem } from '../../src/data/problemsToCsv';

/**
 * Every file in test/fixtures/bad has an entry in expected.json saying how it
 * must fail: a whole-file error (regex on the message, which starts with the
 * file name), or the number of unusable rows, the first of them (formatted as
 * "file, rad N: …") and the rows that still load.
 *
 * Delimited text (.csv) goes through decodeText + parseOffencesCsv, the
 * offence reader's own contract. The other formats go through importFile,
 * the app's entry point; importFile also reads .csv, but may then fall back
 * to an indicator table, which is its own decision and tested with it.
 * An entry with "knownGap" states the wanted behaviour and runs as an
 * expected failure until the reader is fixed.
 */
interface Expected {
  error?: string;
  problems?: number;
  firstMessage?: string;
  allMessages?: string[];
  rowsLoaded?: number;
  rowsWithoutTime?: number;
  warnings?: number;
  firstWarning?: string;
  columns?: string;
  unknownCategories?: Record<string, number>;
  knownGap?: string;
}

interface Outcome {
  problems: RowProblem[];
  problemCount: number;
  rowsLoaded: number;
  warnings?: RowProblem[];
  warningCount?: number;
  rowsWithoutTime?: number;
  columnsText?: string;
  unknownCategories?: Map<string, number>;
}

const DIR = join(import.meta.dirname, '../fixtures/bad');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
>;
const files = readdirSync(DIR).filter((f) => f !== 'expected.json');

/** Every message on a delimited file must tell the user what to do next. */
const SAYS_WHAT_TO_DO =
  /(Välj|Spara|Lägg till|Byt|Skriv|Rätta|Fyll i|Kontrollera|Ta bort|Dubblera|Ange|Öppna|Ge den)/i;

type ImportFileFn = (
  name: string,
  bytes: Uint8Array,
) =>
  | { kind: 'offences'; result: ReturnType<typeof parseOffencesCsv> }
  | { kind: 'features'; features: unknown[]; problems: RowProblem[]; problemCount: number }
  | { kind: 'table' };

// Loaded by path so this runner works while importFile is being written elsewhere.
const IMPORT_FILE_MODULE = '../../src/data/import/importFile';
async function importFileOrNull(): Promise<ImportFileFn | null> {
  try {
    return ((await import(/* @vite-ignore */ IMPORT_FILE_MODULE)) as { importFile: ImportFileFn })
      .importFile;
  } catch {
    return null;
  }
}

async function read(name: string): Promise<Outcome> {
  const bytes = new Uint8Array(readFileSync(join(DIR, name)));
  if (extname(name) === '.csv') {
    const r = parseOffencesCsv(decodeText(bytes).text, name);
    return { ...r, rowsLoaded: r.table.count, warningCount: r.warningCount };
  }
  const importFile = await importFileOrNull();
  if (!importFile)
    throw new Error('src/data/import/importFile.ts is missing: non-CSV cases cannot run');
  const r = importFile(name, bytes);
  if (r.kind === 'offences') return { ...r.result, rowsLoaded: r.result.table.count };
  if (r.kind === 'features') return { ...r, rowsLoaded: r.features.length };
  return { problems: [], problemCount: 0, rowsLoaded: 0 };
}

async function check(name: string, want: Expected): Promise<void> {
  const isCsv = extname(name) === '.csv';
  if (want.error !== undefined) {
    const error = await read(name).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, `${name} should be refused`).toBeInstanceOf(ImportError);
    const message = (error as ImportError).message;
    expect(message).toMatch(new RegExp(want.error));
    expect(message.startsWith(`${name}: `)).toBe(true);
    if (isCsv) expect(message).toMatch(SAYS_WHAT_TO_DO);
    return;
  }
  const r = await read(name);
  const formatted = r.problems.map(formatProblem);
  expect(r.problemCount).toBe(want.problems);
  expect(r.rowsLoaded).toBe(want.rowsLoaded);
  if (want.firstMessage !== undefined) expect(formatted[0]).toMatch(new RegExp(want.firstMessage));
  want.allMessages?.forEach((m, i) => expect(formatted[i]).toMatch(new RegExp(m)));
  for (const p of r.problems) {
    expect(p.file).toBe(name);
    expect(p.row).toBeGreaterThanOrEqual(1);
    if (isCsv) expect(p.message).toMatch(SAYS_WHAT_TO_DO);
  }
  if (want.warnings !== undefined) expect(r.warningCount).toBe(want.warnings);
  if (want.firstWarning !== undefined) {
    expect(formatProblem((r.warnings ?? [])[0])).toMatch(new RegExp(want.firstWarning));
  }
  if (want.rowsWithoutTime !== undefined) expect(r.rowsWithoutTime).toBe(want.rowsWithoutTime);
  if (want.columns !== undefined) expect(r.columnsText).toMatch(new RegExp(want.columns));
  if (want.unknownCategories !== undefined) {
    expect(Object.fromEntries(r.unknownCategories ?? [])).toEqual(want.unknownCategories);
  }
}

describe('bad-input corpus (test/fixtures/bad)', () => {
  it('has at least 30 files, each with an expectation, and no expectation without a file', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => !(f in expected))).toEqual([]);
    expect(Object.keys(expected).filter((f) => !files.includes(f))).toEqual([]);
  });

  for (const name of files) {
    const want = expected[name] ?? {};
    if (want.knownGap) it.fails(`${name} (known gap: ${want.knownGap})`, () => check(name, want));
    else it(name, () => check(name, want));
  }
});
