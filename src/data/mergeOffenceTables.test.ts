import { describe, expect, it } from 'vitest';
import { parseOffencesCsv } from './parseOffencesCsv';
import { mergeOffenceTables } from './mergeOffenceTables';

const HEADER = 'Brottsdatum;Klockslag;Brottskategori;Brottstyp;Plats;X-koordinat;Y-koordinat';
const table = (rows: string[]) => parseOffencesCsv([HEADER, ...rows].join('\n'), 'x.csv').table;

describe('merging offence tables', () => {
  it('keeps every row and re-bases street and type codes', () => {
    const a = table(['2024-01-02;10:00;Våldsbrott;Rån;Fleminggatan 5;6580120;672210']);
    const b = table([
      '2024-02-03;11:00;Narkotikabrott;Innehav;Sankt Eriksgatan 1;6580130;672220',
      '2024-02-04;12:00;Våldsbrott;Rån;Fleminggatan 5;6580140;672230',
    ]);
    const m = mergeOffenceTables([a, b]);
    expect(m.count).toBe(3);
    expect(Array.from(m.streetIndex, (i) => m.streets[i])).toEqual([
      'Fleminggatan 5',
      'Sankt Eriksgatan 1',
      'Fleminggatan 5',
    ]);
    expect(Array.from(m.typeIndex, (i) => m.types[i])).toEqual(['Rån', 'Innehav', 'Rån']);
    expect(Array.from(m.e)).toEqual([672210, 672220, 672230]);
  });
});
