import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeOffencesCsv } from '../../../bench/offencesCsv';
import { seededRandom } from '../../analysis/seededRandom';
import { decodeText, type TextEncodingName } from '../decodeText';
import { parseOffencesCsv, type OffenceImportResult } from '../parseOffencesCsv';
import { parseOffencesBytes } from './parseOffencesBytes';

/**
 * The fast path must give exactly what decodeText + parseOffencesCsv give,
 * field by field, or decline (null) so the general path runs. Checked on the
 * bad-input corpus, the CSV fixtures and generated exports with broken rows.
 */
type General = { result: OffenceImportResult; encoding: TextEncodingName } | { error: string };

function general(bytes: Uint8Array, name: string, encoding?: TextEncodingName): General {
  const decoded = decodeText(bytes, encoding);
  try {
    return { result: parseOffencesCsv(decoded.text, name), encoding: decoded.encoding };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Compares two results one field (and one table column) at a time, for readable failures. */
function expectSame(fast: OffenceImportResult, slow: OffenceImportResult): void {
  const { table: ft, ...fastRest } = fast;
  const { table: st, ...slowRest } = slow;
  for (const key of Object.keys(slowRest) as (keyof typeof slowRest)[]) {
    expect(fastRest[key], key).toEqual(slowRest[key]);
  }
  expect(Object.keys(fastRest).sort()).toEqual(Object.keys(slowRest).sort());
  for (const key of Object.keys(st) as (keyof typeof st)[]) {
    const [f, s] = [ft[key], st[key]];
    if (ArrayBuffer.isView(f) && ArrayBuffer.isView(s)) {
      expect(f.constructor, `table.${key}`).toBe(s.constructor);
      expect(firstDifference(f as Float64Array, s as Float64Array), `table.${key}`).toBe(-1);
    } else expect(f, `table.${key}`).toEqual(s);
  }
}

/** The first row where two columns differ (Object.is: -0 and NaN count), or -1. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** Runs both paths; returns whether the fast path took the file. */
function compare(bytes: Uint8Array, name: string, encoding?: TextEncodingName): boolean {
  const fast = parseOffencesBytes(bytes, name, { encoding });
  if (!fast) return false;
  const slow = general(bytes, name, encoding);
  if ('error' in slow)
    throw new Error(`fast path read ${name}, general path failed: ${slow.error}`);
  expect(fast.encoding).toBe(slow.encoding);
  expectSame(fast.result, slow.result);
  return true;
}

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures');

function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '€': 0x80 };
  return Uint8Array.from([...text], (c) => {
    const code = c.charCodeAt(0);
    if (code < 256) return code;
    if (high[c] === undefined) throw new Error(`no Windows-1252 byte for ${c}`);
    return high[c];
  });
}

/** A generated export with a seeded share of the rows broken in the ways real exports are. */
function brokenExport(rows: number, seed: number, lineBreak = '\n'): string {
  const rand = seededRandom(seed);
  const lines = largeOffencesCsv(rows, seed).trimEnd().split('\n');
  const damage: ((f: string[]) => string)[] = [
    (f) => [f[0], '2024-02-30', ...f.slice(2)].join(';'),
    (f) => [f[0], '05/03/2024', ...f.slice(2)].join(';'),
    (f) => [f[0], '', ...f.slice(2)].join(';'),
    (f) => [f[0], `${f[1]} 21:40`, ...f.slice(2)].join(';'),
    (f) => [...f.slice(0, 6), '6 580 123,4', f[7]].join(';'),
    (f) => [...f.slice(0, 6), 'okänd', f[7]].join(';'),
    (f) => [...f.slice(0, 6), f[6], ''].join(';'),
    (f) => [f[0], f[1], '25:00', ...f.slice(3)].join(';'),
    (f) => [f[0], f[1], '', ...f.slice(3)].join(';'),
    (f) => [f[0], f[1], 'kl. 21.40', ...f.slice(3)].join(';'),
    (f) => [f[0], f[1], '2140', ...f.slice(3)].join(';'),
    (f) => f.slice(0, 7).join(';'),
    (f) => `${f.join(';')};;`,
    (f) => `${f.join(';')};x`,
    () => '',
    () => ' ; ;\u00a0',
    (f) => [...f.slice(0, 5), `"${f[5]}; uppgång B"`, f[6], f[7]].join(';'),
    (f) => [...f.slice(0, 5), `"Kiosken ""Pressbyrån"""`, f[6], f[7]].join(';'),
    (f) => [...f.slice(0, 5), `"${f[5]}\nandra raden"`, f[6], f[7]].join(';'),
    (f) => [...f.slice(0, 3), 'Något annat', ...f.slice(4)].join(';'),
    (f) => [...f.slice(0, 3), ` ${f[3]} `, f[4], `\u00a0${f[5]}`, f[6], f[7]].join(';'),
    (f) => [...f.slice(0, 6), f[7], f[6]].join(';'),
    (f) => [...f.slice(0, 6), `-${f[6]}`, f[7]].join(';'),
    (f) => [...f.slice(0, 5), 'Vasagatan 1–3', f[6], f[7]].join(';'),
  ];
  const out = lines.map((line, i) => {
    // Lines with a quoted street would be split inside the quotes: leave them whole.
    if (i === 0 || line.includes('"') || rand() > 0.05) return line;
    return damage[Math.floor(rand() * damage.length)](line.split(';'));
  });
  return out.join(lineBreak) + lineBreak;
}

describe('parseOffencesBytes', () => {
  it('gives the general path’s result for every CSV fixture and bad-input file it takes', () => {
    const files = [
      ...readdirSync(join(FIXTURES, 'bad')).map((f) => join(FIXTURES, 'bad', f)),
      ...readdirSync(join(FIXTURES, 'csv')).map((f) => join(FIXTURES, 'csv', f)),
    ].filter((f) => /\.(csv|tsv)$/.test(f));
    const taken = files.filter((f) => compare(readFileSync(f), f.split('/').pop() as string));
    // The plain exports must take the fast path; odd quotes and whole-file errors must not.
    expect(taken.length).toBeGreaterThan(10);
    expect(taken.some((f) => f.endsWith('unclosed-quote-at-end.csv'))).toBe(false);
  });

  it('reads a generated 100 000-row export exactly as the general path', () => {
    const bytes = new TextEncoder().encode(largeOffencesCsv(100_000));
    expect(compare(bytes, 'stor.csv')).toBe(true);
  });

  it('leaves an export with rows that cannot be used to the general path, which words them', () => {
    const text = brokenExport(20_000, 7);
    expect(compare(new TextEncoder().encode(text), 'trasig.csv')).toBe(false);
  });

  it('reads an export with CRLF line breaks and in Windows-1252 exactly as the general path', () => {
    const text = largeOffencesCsv(20_000, 11).replace(/\n/g, '\r\n');
    expect(compare(cp1252(text), 'excel.csv')).toBe(true);
    expect(compare(cp1252(text), 'excel.csv', 'windows-1252')).toBe(true);
    expect(compare(new TextEncoder().encode(text), 'crlf.csv', 'utf-8')).toBe(true);
  });

  it('reads a file whose only times are midnight in the date column exactly as the general path', () => {
    const lines = largeOffencesCsv(2_000, 5).trimEnd().split('\n');
    const text = lines
      .map((l, i) => {
        const f = l.split(';');
        return [f[0], i === 0 ? f[1] : `${f[1]} 00:00:00`, ...f.slice(3)].join(';');
      })
      .join('\n');
    expect(compare(new TextEncoder().encode(text), 'midnatt.csv')).toBe(true);
  });

  it('leaves a file with a quote that papaparse must recover from to the general path', () => {
    const text = largeOffencesCsv(500, 2).replace(/\n(5000-K0000100)/, '\n"$1"x');
    expect(parseOffencesBytes(new TextEncoder().encode(text), 'citat.csv')).toBeNull();
  });
});
