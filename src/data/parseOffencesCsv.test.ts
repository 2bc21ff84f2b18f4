import { describe, expect, it } from 'vitest';
import { categoryIndex } from '../analysis/categories';
import { formatDay } from '../analysis/isoWeek';
import { decodeText } from './decodeText';
import { ImportError } from './importProblem';
import { UNKNOWN_CATEGORY } from './offenceTable';
import { parseOffencesCsv } from './parseOffencesCsv';

const HEADER =
  'Ärendenummer;Brottsdatum;Klockslag;Brottskategori;Brottstyp;Plats;X-koordinat;Y-koordinat';
/** Fridhemsplan in SWEREF 99 TM: X is northing, Y is easting (Swedish convention). */
const ROW =
  '5000-K1-24;2024-03-05;21:40;Våldsbrott;Misshandel utomhus;Sankt Eriksgatan 32;6580120,5;672210,3';

describe('offence CSV import', () => {
  it('reads a Swedish police export with X as northing and decimal commas', () => {
    const r = parseOffencesCsv(`${HEADER}\r\n${ROW}\r\n`, 'brott.csv');
    expect(r.crs).toBe('EPSG:3006');
    expect([r.table.e[0], r.table.n[0]]).toEqual([672210.3, 6580120.5]);
    expect(r.table.lon[0]).toBeCloseTo(18.03, 1);
    expect(r.table.lat[0]).toBeCloseTo(59.33, 1);
  });

  it('reads date, time and category', () => {
    const t = parseOffencesCsv(`${HEADER}\n${ROW}\n`, 'brott.csv').table;
    expect([formatDay(t.day[0]), t.minute[0], t.category[0]]).toEqual([
      '2024-03-05',
      21 * 60 + 40,
      categoryIndex('Våldsbrott'),
    ]);
  });

  it('keeps a quoted street that contains the delimiter', () => {
    const row = ROW.replace('Sankt Eriksgatan 32', '"Fridhemsplan; tunnelbanan"');
    const t = parseOffencesCsv(`${HEADER}\n${row}\n`, 'brott.csv').table;
    expect(t.streets[t.streetIndex[0]]).toBe('Fridhemsplan; tunnelbanan');
  });

  it('names file and row of a bad date and loads the rest', () => {
    const bad = ROW.replace('2024-03-05', '2024-13-05');
    const r = parseOffencesCsv(`${HEADER}\n${ROW}\n${bad}\n`, 'brott.csv');
    expect(r.table.count).toBe(1);
    expect(r.problems[0]).toMatchObject({ file: 'brott.csv', row: 3 });
    expect(r.problems[0].message).toMatch(/datumet "2024-13-05"/);
  });

  it('flags points that land outside Sweden instead of drawing them in the sea', () => {
    const swapped = ROW.replace('6580120,5;672210,3', '672210,3;6580120,5').replace(
      'X-koordinat;Y-koordinat',
      'a;b',
    );
    const r = parseOffencesCsv(`${HEADER}\n${ROW}\n${swapped}\n`, 'brott.csv', {
      crs: 'EPSG:3006',
      eastColumn: 1,
    });
    expect(r.problems.map((p) => p.row)).toEqual([3]);
    expect(r.problems[0].message).toMatch(/utanför Sverige/);
  });

  it('detects WGS84 latitude/longitude columns in either order', () => {
    const csv = 'datum,kategori,lat,lon\n2024-01-10,Narkotikabrott,59.3324,18.0297\n';
    const r = parseOffencesCsv(csv, 'wgs.csv');
    expect(r.crs).toBe('EPSG:4326');
    expect([r.table.lon[0], r.table.lat[0]]).toEqual([18.0297, 59.3324]);
  });

  it('counts unknown categories and keeps their rows', () => {
    const row = ROW.replace('Våldsbrott', 'Ordningsstörning');
    const r = parseOffencesCsv(`${HEADER}\n${row}\n`, 'brott.csv');
    expect(r.table.category[0]).toBe(UNKNOWN_CATEGORY);
    expect([...r.unknownCategories]).toEqual([['Ordningsstörning', 1]]);
  });

  it('says which columns are missing', () => {
    expect(() => parseOffencesCsv('a;b\n1;2\n', 'fel.csv')).toThrowError(ImportError);
    expect(() => parseOffencesCsv('a;b\n1;2\n', 'fel.csv')).toThrowError(/datum, brottskategori/);
  });

  it('refuses an empty file with a message naming it', () => {
    expect(() => parseOffencesCsv('\uFEFF\r\n', 'tom.csv')).toThrowError(/tom\.csv: filen är tom/);
  });
});

describe('text decoding', () => {
  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const latin1 = Uint8Array.from([0x56, 0xe5, 0x6c, 0x64]); // "Våld" in Windows-1252
    expect(decodeText(latin1)).toEqual({ text: 'Våld', encoding: 'windows-1252' });
  });

  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Våld')).encoding).toBe('utf-8');
  });
});

describe('progress', () => {
  it('reports at least once per megabyte and ends at 1', () => {
    const rows = Array.from({ length: 40_000 }, () => ROW).join('\n'); // about 4 MB
    const seen: number[] = [];
    parseOffencesCsv(`${HEADER}\n${rows}\n`, 'stor.csv', { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThanOrEqual(rows.length / 1_000_000);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
