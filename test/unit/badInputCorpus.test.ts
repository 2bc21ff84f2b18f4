import { readdirSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { importFile } from '../../src/data/import/importFile';
import type { ImportedFile } from '../../src/data/import/importTypes';
import { ImportError, type RowProblem } from '../../src/data/importProblem';
import { formatProblem } from '../../src/data/problemsToCsv';
import { DEMO } from './cliRun';

/**
 * Every file in test/fixtures/bad has an entry in expected.json saying how it
 * must come out: a whole-file error (regex on the message, which starts with
 * the file name), or the rows that load, the number that cannot be used and
 * their messages (formatted as "file, rad N: …").
 *
 * Each file goes through the app's import (importFile; tables as offence
 * files, as the command line's --offences asks) and through the command line
 * itself, with the same expectations: the same error message and exit code
 * 1, or the same counts in its report. A CSV is given as --offences, any
 * other file as --areas, with the demo's files for the other part.
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
  duplicates?: number;
  encoding?: string;
  /** Features with an area, for the command line's area count. */
  areas?: number;
}

const DIR = join(import.meta.dirname, '../fixtures/bad');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
>;
const files = readdirSync(DIR).filter((f) => f !== 'expected.json');

/** Every message on a table must tell the user what to do next. */
const SAYS_WHAT_TO_DO =
  /(Välj|Spara|Lägg till|Byt|Skriv|Rätta|Fyll i|Kontrollera|Ta bort|Dubblera|Ange|Öppna|Ge den|Exportera|Packa|Reparera)/i;

const isTable = (name: string) => extname(name) === '.csv' || extname(name) === '.xlsx';
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

interface AppOutcome {
  problems: RowProblem[];
  problemCount: number;
  rowsLoaded: number;
  warnings?: RowProblem[];
  warningCount?: number;
  rowsWithoutTime?: number;
  columnsText?: string;
  unknownCategories?: Map<string, number>;
  duplicates?: number;
  encoding?: string;
  areas?: number;
}

function outcome(r: ImportedFile): AppOutcome {
  if (r.kind === 'offences') {
    return {
      ...r.result,
      rowsLoaded: r.result.table.count,
      duplicates: r.result.duplicates?.count ?? 0,
      encoding: r.encoding,
    };
  }
  if (r.kind === 'features') {
    const areas = r.features.filter((f) => /Polygon$/.test(f.geometry?.type ?? '')).length;
    return { ...r, rowsLoaded: r.features.length, areas };
  }
  return { problems: [], problemCount: 0, rowsLoaded: 0 };
}

function checkApp(name: string, want: Expected): void {
  const read = () => importFile(name, bytesOf(name), isTable(name) ? { expect: 'offences' } : {});
  if (want.error !== undefined) {
    let error: unknown = null;
    try {
      read();
    } catch (e) {
      error = e;
    }
    expect(error, `${name} should be refused`).toBeInstanceOf(ImportError);
    const message = (error as ImportError).message;
    expect(message).toMatch(new RegExp(want.error));
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).toMatch(SAYS_WHAT_TO_DO);
    return;
  }
  const r = outcome(read());
  const formatted = r.problems.map(formatProblem);
  expect(r.problemCount).toBe(want.problems);
  expect(r.rowsLoaded).toBe(want.rowsLoaded);
  if (want.firstMessage !== undefined) expect(formatted[0]).toMatch(new RegExp(want.firstMessage));
  want.allMessages?.forEach((m, i) => expect(formatted[i]).toMatch(new RegExp(m)));
  for (const p of r.problems) {
    expect(p.file).toBe(name);
    expect(p.row).toBeGreaterThanOrEqual(1);
    expect(p.message).toMatch(SAYS_WHAT_TO_DO);
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
  if (want.duplicates !== undefined) expect(r.duplicates).toBe(want.duplicates);
  if (want.encoding !== undefined) expect(r.encoding).toBe(want.encoding);
  if (want.areas !== undefined) expect(r.areas).toBe(want.areas);
}

/** The command line on the corpus file, the demo's files for the other role; bare names are read from DIR. */
function cli(name: string): { code: number; stderr: string } {
  const argv = isTable(name)
    ? ['stats', '--areas', join(DEMO, 'stadsdelar.geojson'), '--offences', name]
    : ['stats', '--areas', name, '--offences', join(DIR, 'crlf-lf-mix.csv')];
  let stderr = '';
  const code = runCli(argv, {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    readFile: (path) => readFileSync(isAbsolute(path) ? path : join(DIR, path)),
    writeFile: () => undefined,
  });
  return { code, stderr };
}

function checkCli(name: string, want: Expected): void {
  const run = cli(name);
  expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
  if (want.error !== undefined) {
    expect(run.code).toBe(1);
    const message = /^lageskartan: (.*)$/m.exec(run.stderr)?.[1] ?? '';
    expect(message).toMatch(new RegExp(want.error));
    return;
  }
  if (isTable(name)) {
    expect(run.stderr).toContain(`rader: ${want.rowsLoaded} inlästa, ${want.problems} avvisade`);
    return;
  }
  // As areas the command line uses the polygons only; a file without any is refused, named.
  if ((want.areas ?? 0) > 0) expect(run.stderr).toContain(`, ${want.areas} ytor`);
  else
    expect(run.stderr).toMatch(
      new RegExp(`lageskartan: ${name.replace(/\./g, '\\.')}: innehåller inga ytor`),
    );
}

describe('bad-input corpus (test/fixtures/bad)', () => {
  it('has at least 80 files, each with an expectation, and no expectation without a file', () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
    expect(files.filter((f) => !(f in expected))).toEqual([]);
    expect(Object.keys(expected).filter((f) => !files.includes(f))).toEqual([]);
  });

  for (const name of files) {
    const want = expected[name] ?? {};
    it(`${name}: the app's import`, () => checkApp(name, want));
    it(`${name}: the command line`, () => checkCli(name, want));
  }
});
