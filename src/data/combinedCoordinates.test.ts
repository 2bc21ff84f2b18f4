import { describe, expect, it } from 'vitest';
import { parseOffencesCsv } from './parseOffencesCsv';

describe('coordinates in one column', () => {
  it('reads "59.33, 18.06" in a Koordinat column, latitude first', () => {
    const r = parseOffencesCsv(
      'Datum;Brottskategori;Koordinat\n2024-03-05;Våldsbrott;59.3326, 18.0649\n2024-03-06;Rån;59,3310, 18,0600\n',
      'b.csv',
    );
    expect(r.table.count).toBe(2);
    expect(r.crs).toBe('EPSG:4326');
    expect([r.table.lon[0], r.table.lat[0]]).toEqual([18.0649, 59.3326]);
    expect(r.columnsText).toMatch(
      /koordinaterna läses ur kolumnen "Koordinat", där båda står i samma cell/,
    );
  });

  it('reads a WKT geometry column as QGIS writes it, x east and y north', () => {
    const r = parseOffencesCsv(
      'WKT,Datum,Brottskategori\n"POINT (674768 6582462)",2024-03-05,Våldsbrott\n"POINT (674800 6582500)",2024-03-06,Rån\n',
      'qgis.csv',
    );
    expect(r.table.count).toBe(2);
    expect(r.crs).toBe('EPSG:3006');
    expect([r.table.e[0], r.table.n[0]]).toEqual([674768, 6582462]);
  });

  it('does not take a decimal-comma coordinate column for a pair', () => {
    const r = parseOffencesCsv(
      'Datum;Kategori;A;B\n2024-03-05;Våldsbrott;6580120,5;672210,3\n',
      'b.csv',
    );
    expect(r.header).toEqual(['Datum', 'Kategori', 'A', 'B']);
  });
});

describe('a SWEREF file with some rows in WGS 84', () => {
  it('says of those rows that they look like WGS 84', () => {
    const rows = Array.from(
      { length: 5 },
      (_, i) => `2024-03-0${i + 1};Våldsbrott;${6580120 + i};${672210 + i}`,
    );
    const r = parseOffencesCsv(
      ['Datum;Brottskategori;X;Y', ...rows, '2024-03-09;Rån;59,3326;18,0649'].join('\n'),
      'b.csv',
    );
    expect(r.crs).toBe('EPSG:3006');
    expect(r.table.count).toBe(5);
    expect(r.problems[0].message).toMatch(
      /ser ut som WGS 84 \(longitud\/latitud i grader\) medan filen i övrigt har SWEREF 99 TM/,
    );
    expect(r.problems[0].row).toBe(7);
  });
});
