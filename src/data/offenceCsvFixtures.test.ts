import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryIndex } from '../analysis/categories';
import { formatDay } from '../analysis/isoWeek';
import { decodeText } from './decodeText';
import { formatProblem } from './problemsToCsv';
import { UNKNOWN_CATEGORY, UNKNOWN_MINUTE } from './offenceTable';
import { parseOffencesCsv, type OffenceImportOptions } from './parseOffencesCsv';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/csv');

function load(name: string, options: OffenceImportOptions = {}) {
  const decoded = decodeText(readFileSync(join(FIXTURES, name)));
  return { ...parseOffencesCsv(decoded.text, name, options), encoding: decoded.encoding };
}

/** Fridhemsplan, the first point of every fixture. */
const FRIDHEMSPLAN = { lon: 18.0297, lat: 59.3324 };

function expectFridhemsplan(r: ReturnType<typeof load>) {
  expect(r.table.lon[0]).toBeCloseTo(FRIDHEMSPLAN.lon, 4);
  expect(r.table.lat[0]).toBeCloseTo(FRIDHEMSPLAN.lat, 4);
}

describe('delimiters', () => {
  it('reads semicolons with decimal commas and Swedish X = northing', () => {
    const r = load('semicolon.csv');
    expect([r.delimiter, r.crs, r.table.count, r.problemCount]).toEqual([';', 'EPSG:3006', 3, 0]);
    expectFridhemsplan(r);
  });

  it('reads commas with quoted fields and lat/lon', () => {
    const r = load('comma.csv');
    expect([r.delimiter, r.crs, r.table.count]).toEqual([',', 'EPSG:4326', 3]);
    expectFridhemsplan(r);
  });

  it('reads tabs', () => {
    const r = load('tab.tsv');
    expect([r.delimiter, r.table.count]).toEqual(['\t', 3]);
    expectFridhemsplan(r);
  });
});

describe('quoted fields', () => {
  it('keeps a delimiter and a line break inside quotes, and "" as a quote', () => {
    const r = load('quoted-newlines.csv');
    const t = r.table;
    expect(t.streets[t.streetIndex[0]]).toBe('Fridhemsplan; uppgång\nmot Sankt Eriksgatan');
    expect(t.streets[t.streetIndex[1]]).toBe('Citat "Kronoberg"');
  });

  it('reports the line where a record starts, not its record number', () => {
    // Header on line 1, a two-line record on lines 2–3, line 4, the bad date on line 5.
    const r = load('quoted-newlines.csv');
    expect(r.problems.map(formatProblem)).toEqual([
      'quoted-newlines.csv, rad 5: datumet "2024-02-30" finns inte i kalendern. Rätta datumet i filen.',
    ]);
  });
});

describe('numbers', () => {
  it('reads decimal commas, and spaces as thousands separators', () => {
    const r = load('decimal-comma.csv');
    expect(r.problemCount).toBe(0);
    expect([r.table.e[1], r.table.n[1]]).toEqual([673204, 6581371.6]);
  });
});

describe('encodings', () => {
  it('reads UTF-8 with a BOM', () => {
    const r = load('utf8-bom.csv');
    expect([r.encoding, r.header[0], r.table.streets[0]]).toEqual([
      'utf-8',
      'Datum',
      'Sankt Göransgatan',
    ]);
  });

  it('reads UTF-8 without a BOM', () => {
    const r = load('utf8-no-bom.csv');
    expect([r.encoding, r.table.streets[0]]).toEqual(['utf-8', 'Sankt Göransgatan']);
  });

  it('reads Windows-1252 (Excel "CSV (semikolonavgränsad)")', () => {
    const bytes = readFileSync(join(FIXTURES, 'windows-1252.csv'));
    expect(bytes.includes(0xe5)).toBe(true); // "å" as one byte: really 1252, not UTF-8
    const r = load('windows-1252.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.table.streets).toEqual(['Sankt Göransgatan 12', 'Drottningholmsvägen 47']);
    expect([...r.table.category]).toEqual([
      categoryIndex('Våldsbrott'),
      categoryIndex('Skadegörelsebrott'),
    ]);
  });
});

describe('header names', () => {
  it('recognises an English header', () => {
    const r = load('english-header.csv');
    expect(r.mapping).toEqual({
      id: 0,
      date: 1,
      time: 2,
      category: 3,
      type: 4,
      street: 5,
      coordA: 6,
      coordB: 7,
    });
    expect(r.columnsText).toMatch(/datum = "Date" \(kolumn 2\)/);
  });

  it('recognises a Swedish police header', () => {
    expect(load('semicolon.csv').mapping).toEqual({
      id: 0,
      date: 1,
      time: 2,
      category: 3,
      type: 4,
      street: 5,
      coordA: 6,
      coordB: 7,
    });
  });

  it('uses the offence type for the category when there is no category column', () => {
    const r = load('type-only.csv');
    expect([...r.table.category]).toEqual([
      categoryIndex('Våldsbrott'),
      categoryIndex('Narkotikabrott'),
      UNKNOWN_CATEGORY,
    ]);
    expect([...r.unknownCategories]).toEqual([['Rån', 1]]);
    expect(r.columnsText).toMatch(/brottstypen avgör kategorin/);
  });
});

describe('dates and times', () => {
  it('reads a combined timestamp column in ISO and Swedish forms, converting UTC to Swedish time', () => {
    const r = load('timestamp.csv');
    expect(r.problemCount).toBe(0);
    expect([...r.table.minute]).toEqual([1300, 1300, 1300, 1300]);
    expect([...r.table.day].map(formatDay)).toEqual(Array(4).fill('2024-03-05'));
  });

  it('reads YYYYMMDD and Excel-style dates', () => {
    const r = load('date-formats.csv');
    expect([...r.table.day].map(formatDay)).toEqual(['2024-03-05', '2024-03-06', '2024-03-07']);
  });

  it('treats a date column where every time is 00:00:00 as dates without time', () => {
    const r = load('excel-midnight.csv');
    expect([...r.table.minute]).toEqual([UNKNOWN_MINUTE, UNKNOWN_MINUTE]);
    expect(r.rowsWithoutTime).toBe(2);
  });
});

describe('coordinates', () => {
  it('reads lon before lat', () => {
    const r = load('lon-lat.csv');
    expect([r.crs, r.eastColumn]).toEqual(['EPSG:4326', 0]);
    expectFridhemsplan(r);
  });

  it('trusts values over names that say latitude but hold longitude', () => {
    const r = load('lat-lon-swapped-values.csv');
    expect([r.crs, r.eastColumn]).toEqual(['EPSG:4326', 0]);
    expectFridhemsplan(r);
    expect(r.detectedText).toMatch(/kolumnnamnen säger tvärtom/);
  });

  it('reads easting before northing', () => {
    const r = load('northing-easting.csv');
    expect([r.crs, r.eastColumn]).toEqual(['EPSG:3006', 0]);
    expectFridhemsplan(r);
  });

  it('reads N/E and nord/öst headers', () => {
    expect(load('tab.tsv').mapping).toMatchObject({ coordA: 4, coordB: 5 });
    expect(load('timestamp.csv').mapping).toMatchObject({ coordA: 2, coordB: 3 });
  });

  it('assumes the Stockholm zone for local SWEREF 99 eastings and says so', () => {
    const r = load('sweref-1800.csv');
    expect(r.crs).toBe('EPSG:3011');
    expect(r.detectedText).toMatch(/lokal SWEREF 99-zon; Stockholms zon 18 00 antas/);
    expectFridhemsplan(r);
  });

  it('recognises RT 90 2,5 gon V', () => {
    const r = load('rt90.csv');
    expect(r.crs).toBe('EPSG:3021');
    expect(r.table.lon[0]).toBeCloseTo(FRIDHEMSPLAN.lon, 3);
    expect(r.table.lat[0]).toBeCloseTo(FRIDHEMSPLAN.lat, 3);
  });

  it('finds coordinate columns by their values when the names say nothing', () => {
    const r = load('coordinates-by-values.csv');
    expect(r.mapping).toMatchObject({ coordA: 2, coordB: 3 });
    expect(r.columnsText).toMatch(
      /koordinaterna hittades efter värdena i kolumnerna "Koord1" och "Koord2"/,
    );
    expectFridhemsplan(r);
  });

  it('says what was detected and from what', () => {
    // Numbers are grouped with no-break spaces, as Intl writes Swedish numbers.
    expect(load('semicolon.csv').detectedText.replace(/\u00a0/g, ' ')).toMatch(
      /^SWEREF 99 TM \(EPSG:3006\): "X-koordinat" är nordlig \(X\) \(6 580 987–6 581 764\) och "Y-koordinat" östlig \(Y\) \(670 543–673 204\); avgjort av värdenas storlek$/,
    );
  });
});

describe('categories', () => {
  it('applies the user mapping over the defaults and counts what stays unknown', () => {
    const r = load('type-only.csv', {
      categoryMapping: { RÅN: categoryIndex('Övriga BrB-brott') },
    });
    expect(r.table.category[2]).toBe(categoryIndex('Övriga BrB-brott'));
    expect(r.unknownCategories.size).toBe(0);
  });
});
