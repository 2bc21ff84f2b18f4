import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeOffencesCsv } from '../../../bench/offencesCsv';
import { importDifference } from '../../../test/unit/importDifference';
import { seededRandom } from '../../analysis/seededRandom';
import { decodeText, type TextEncodingName } from '../decodeText';
import { parseOffencesCsv, type OffenceImportResult } from '../parseOffencesCsv';
import {
  parseOffencesBytes,
  parseOffencesBytesInParts,
  partBounds,
  type PartPlan,
} from './parseOffencesBytes';
import { runPartsHere } from '../../../test/unit/runPartsHere';

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

/** Parts of at least 4 kB, up to 7 of them: even small fixtures are split. */
const SMALL_PARTS: PartPlan = { parts: 7, minPartBytes: 4096, run: runPartsHere };

/** Runs both paths (the fast one in one go or in parts); returns whether the fast path took the file. */
async function compare(
  bytes: Uint8Array,
  name: string,
  encoding?: TextEncodingName,
  plan?: PartPlan,
): Promise<boolean> {
  const fast = plan
    ? await parseOffencesBytesInParts(bytes, name, { encoding }, plan)
    : parseOffencesBytes(bytes, name, { encoding });
  if (!fast) return false;
  const slow = general(bytes, name, encoding);
  if ('error' in slow)
    throw new Error(`fast path read ${name}, general path failed: ${slow.error}`);
  expect(fast.encoding).toBe(slow.encoding);
  expect(importDifference(fast.result, slow.result)).toBeNull();
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

/**
 * An export with repeated rows written the ways a repeat can differ in bytes
 * but not in trimmed text (padding, quotes, doubled quotes, no-break spaces),
 * rows that only share the ärendenummer, and rows without one.
 */
function exportWithRepeats(): { text: string; repeats: number } {
  const lines = largeOffencesCsv(3_000, 9).trimEnd().split('\n');
  const row = (i: number) => lines[i].split(';');
  const kiosk = (id: string) => [
    id,
    ...row(7).slice(1, 5),
    '"Kiosken ""Pressbyrån"""',
    ...row(7).slice(6),
  ];
  const added = [
    lines[10],
    lines[2_000],
    [` ${row(11)[0]}\t`, ...row(11).slice(1)],
    [...row(12).slice(0, 5), `"${row(12)[5]}"`, ...row(12).slice(6)],
    [...row(13).slice(0, 5), `\u00a0${row(13)[5]}\u2003`, ...row(13).slice(6)],
    [`\u00a0${row(14)[0]}`, ...row(14).slice(1)],
    kiosk('K-KIOSK'),
    kiosk('K-KIOSK'),
    ['K-KIOSK', ...row(7).slice(1, 5), 'Kiosken "Pressbyrån"', ...row(7).slice(6)],
    [...row(15).slice(0, 4), 'Annan brottstyp', ...row(15).slice(5)],
    ['', ...row(16).slice(1)],
    ['', ...row(16).slice(1)],
    ['\u00a0', ...row(17).slice(1)],
    ['\u00a0', ...row(17).slice(1)],
    [...row(18).slice(0, 6), row(18)[6].replace(',', '.'), row(18)[7]],
  ].map((r) => (Array.isArray(r) ? r.join(';') : r));
  // 2 copies, padded id, quoted street, no-break/em spaces, no-break id, kiosk ×2 (quoted, plain).
  return { text: [...lines, ...added].join('\n') + '\n', repeats: 8 };
}

describe.each([
  ['in one go', undefined],
  ['in parts', SMALL_PARTS],
])('parseOffencesBytes %s', (_mode, plan) => {
  it('gives the general path’s result for every CSV fixture and bad-input file it takes', async () => {
    const files = [
      ...readdirSync(join(FIXTURES, 'bad')).map((f) => join(FIXTURES, 'bad', f)),
      ...readdirSync(join(FIXTURES, 'csv')).map((f) => join(FIXTURES, 'csv', f)),
    ].filter((f) => /\.(csv|tsv)$/.test(f));
    const taken: string[] = [];
    for (const f of files)
      if (await compare(readFileSync(f), f.split('/').pop() as string, undefined, plan))
        taken.push(f);
    // The plain exports must take the fast path; odd quotes and whole-file errors must not.
    expect(taken.length).toBeGreaterThan(10);
    expect(taken.some((f) => f.endsWith('unclosed-quote-at-end.csv'))).toBe(false);
  });

  it('reads a generated 100 000-row export exactly as the general path', async () => {
    const bytes = new TextEncoder().encode(largeOffencesCsv(100_000));
    expect(await compare(bytes, 'stor.csv', undefined, plan)).toBe(true);
  });

  it('leaves an export with rows that cannot be used to the general path, which words them', async () => {
    const text = brokenExport(20_000, 7);
    expect(await compare(new TextEncoder().encode(text), 'trasig.csv', undefined, plan)).toBe(
      false,
    );
  });

  it('reads an export with CRLF line breaks and in Windows-1252 exactly as the general path', async () => {
    const text = largeOffencesCsv(20_000, 11).replace(/\n/g, '\r\n');
    expect(await compare(cp1252(text), 'excel.csv', undefined, plan)).toBe(true);
    expect(await compare(cp1252(text), 'excel.csv', 'windows-1252', plan)).toBe(true);
    expect(await compare(new TextEncoder().encode(text), 'crlf.csv', 'utf-8', plan)).toBe(true);
  });

  it('reads a file whose only times are midnight in the date column exactly as the general path', async () => {
    const lines = largeOffencesCsv(2_000, 5).trimEnd().split('\n');
    const text = lines
      .map((l, i) => {
        const f = l.split(';');
        return [f[0], i === 0 ? f[1] : `${f[1]} 00:00:00`, ...f.slice(3)].join(';');
      })
      .join('\n');
    expect(await compare(new TextEncoder().encode(text), 'midnatt.csv', undefined, plan)).toBe(
      true,
    );
  });

  it('warns of unreadable times on the same lines as the general path', async () => {
    const lines = largeOffencesCsv(5_000, 8).trimEnd().split('\n');
    const text = lines
      .map((l, i) => {
        if (i === 0 || i % 97 !== 0 || l.includes('"')) return l;
        const f = l.split(';');
        return [f[0], f[1], '25:00', ...f.slice(3)].join(';');
      })
      .join('\n');
    expect(await compare(new TextEncoder().encode(text), 'tider.csv', undefined, plan)).toBe(true);
  });

  it('finds the same repeated rows as the general path, however their bytes differ', async () => {
    const { text, repeats } = exportWithRepeats();
    const bytes = new TextEncoder().encode(text);
    const fast = plan
      ? await parseOffencesBytesInParts(bytes, 'dubbletter.csv', {}, plan)
      : parseOffencesBytes(bytes, 'dubbletter.csv');
    expect(fast?.result.duplicates?.count).toBe(repeats);
    expect(await compare(bytes, 'dubbletter.csv', undefined, plan)).toBe(true);
    const plain = cp1252(text.replace(/\u2003/g, ' '));
    expect(await compare(plain, 'dubbletter.csv', undefined, plan)).toBe(true);
  });

  it('finds a row repeated in another part, named by its first line', async () => {
    const lines = largeOffencesCsv(3_000, 4).trimEnd().split('\n');
    const text = [...lines, lines[5]].join('\n') + '\n';
    const result = plan
      ? (await parseOffencesBytesInParts(new TextEncoder().encode(text), 'sist.csv', {}, plan))
          ?.result
      : parseOffencesBytes(new TextEncoder().encode(text), 'sist.csv')?.result;
    expect(result?.duplicates?.count).toBe(1);
    expect(result?.duplicates?.example).toMatchObject({ line: 3_002, firstLine: 6 });
  });

  it('leaves a Mac Roman export to the general path, which decodes it as Mac Roman', async () => {
    const macRoman: Record<string, number> = { å: 0x8c, ä: 0x8a, ö: 0x9a, Ä: 0x80, é: 0x8e };
    const text = largeOffencesCsv(2_000, 2);
    const bytes = Uint8Array.from([...text], (c) => macRoman[c] ?? c.charCodeAt(0));
    expect(decodeText(bytes).encoding).toBe('macintosh');
    expect(await compare(bytes, 'mac.csv', undefined, plan)).toBe(false);
  });

  it('leaves a file with a quote that papaparse must recover from to the general path', async () => {
    const text = largeOffencesCsv(2_000, 2).replace(/\n(5000-K0000100)/, '\n"$1"x');
    expect(await compare(new TextEncoder().encode(text), 'citat.csv', undefined, plan)).toBe(false);
  });
});

/** SMALL_PARTS, noting how many parts each run was given. */
function countingPlan(): { sizes: number[]; counting: PartPlan } {
  const sizes: number[] = [];
  const counting: PartPlan = {
    ...SMALL_PARTS,
    run: (jobs, onProgress) => {
      sizes.push(jobs.length);
      return runPartsHere(jobs, onProgress);
    },
  };
  return { sizes, counting };
}

describe('parseOffencesBytesInParts', () => {
  it('reads a large export in several parts', async () => {
    const { sizes, counting } = countingPlan();
    expect(
      await compare(
        new TextEncoder().encode(largeOffencesCsv(5_000, 3)),
        'stor.csv',
        undefined,
        counting,
      ),
    ).toBe(true);
    expect(sizes).toEqual([7]);
  });

  it('reads a file again in one part when a quoted line break fell across a split', async () => {
    const lines = largeOffencesCsv(5_000, 6).trimEnd().split('\n');
    const text = lines
      .map((l, i) => {
        // Most of the file's bytes lie before a quoted line break, so splits fall on them.
        if (i < 1_000 || i % 5 !== 0 || l.includes('"')) return l;
        const f = l.split(';');
        return [...f.slice(0, 5), `"${'trappa '.repeat(200)}\nStorgatan 1"`, f[6], f[7]].join(';');
      })
      .join('\n');
    const { sizes, counting } = countingPlan();
    expect(
      await compare(new TextEncoder().encode(text), 'flerradig.csv', undefined, counting),
    ).toBe(true);
    expect(sizes).toEqual([7, 1]);
  });
});

describe('partBounds', () => {
  const plan: PartPlan = { parts: 4, minPartBytes: 10, run: runPartsHere };
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('splits just after line feeds, the first part holding the top of the file', () => {
    const b = bytes('h;h\n' + 'aaaa;bbbb\n'.repeat(20));
    const bounds = partBounds(b, 0, 14, plan);
    expect(bounds.length).toBe(5);
    expect(bounds[0]).toBe(0);
    expect(bounds[4]).toBe(b.length);
    expect(bounds[1]).toBeGreaterThanOrEqual(14);
    for (const at of bounds.slice(1, -1)) expect(b[at - 1]).toBe(10);
  });

  it('keeps a file smaller than two parts in one part', () => {
    const b = bytes('h;h\naaaa;bbbb\n');
    expect(partBounds(b, 0, 4, plan)).toEqual([0, b.length]);
  });
});
