/** A large offence CSV in the demo's own format, made from the demo rows (seeded). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { seededRandom } from '../src/analysis/seededRandom';

export const DEMO_DIR = join(import.meta.dirname, '../data/demo');

export const HEADER =
  'Ärendenummer;Brottsdatum;Klockslag;Brottskategori;Brottstyp;Plats;X-koordinat;Y-koordinat';

const comma = (v: number) => v.toFixed(1).replace('.', ',');
const quoted = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * `n` rows: each copies a random demo row's date, time, category, type and
 * street, with its SWEREF 99 TM point (X northing, Y easting, decimal comma)
 * moved up to 60 m, and a new case number. Same seed, same text.
 */
export function largeOffencesCsv(n: number, seed = 3): string {
  const demo = Papa.parse<string[]>(readFileSync(join(DEMO_DIR, 'offences.csv'), 'utf8'), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  if (demo[0].join(';') !== HEADER) throw new Error('data/demo/offences.csv: unexpected header');
  const parts = demo.slice(1).map((p) => p.map(quoted));
  const rand = seededRandom(seed);
  const chunks: string[] = [HEADER];
  let chunk: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = parts[Math.floor(rand() * parts.length)];
    const north = Number(p[6].replace(',', '.')) + (rand() - 0.5) * 120;
    const east = Number(p[7].replace(',', '.')) + (rand() - 0.5) * 120;
    const id = `5000-K${String(i).padStart(7, '0')}-${p[1].slice(2, 4)}`;
    chunk.push(`${id};${p[1]};${p[2]};${p[3]};${p[4]};${p[5]};${comma(north)};${comma(east)}`);
    if (chunk.length === 50_000) {
      chunks.push(chunk.join('\n'));
      chunk = [];
    }
  }
  if (chunk.length > 0) chunks.push(chunk.join('\n'));
  return chunks.join('\n') + '\n';
}
