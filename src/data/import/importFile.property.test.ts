import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../importProblem';
import { areasFromFeatures } from '../parseAreas';
import { parseDateTime, parseTimeOfDay } from '../parseDateTime';
import { parseOffencesCsv } from '../parseOffencesCsv';
import { importFile } from './importFile';

/**
 * Random and hostile input to every reader: the only error that may come out
 * is an ImportError (a Swedish message naming the file), never a TypeError,
 * a RangeError or a stack overflow; and every area that loads has a finite,
 * non-negative size. Seeded, so a failure is reproducible.
 */
const RUNS = { numRuns: 150, seed: 11 };

function onlyImportErrors(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
  }
}

/** Pieces real exports are made of, shuffled into hostile text. */
const token = fc.oneof(
  fc.constantFrom(
    ';',
    ',',
    '\t',
    '"',
    '""',
    '\n',
    '\r\n',
    '\r',
    'sep=;',
    'Datum',
    'Klockslag',
    'Brottskategori',
    'X',
    'Y',
    'Koordinat',
    'WKT',
    'POINT (674768 6582462)',
    '59.33, 18.06',
    '2024-03-05',
    '05/03/2024',
    '5 jan 2024',
    '45292',
    '21:40',
    '25:61',
    'Våldsbrott',
    '6580120,5',
    '672210,3',
    '1e999',
    'NaN',
    '-0',
    '\u0000',
    '\uFEFF',
    '<img src=x onerror=alert(1)>',
    '{',
    '[',
    '<?xml',
    'PK\u0003\u0004',
  ),
  fc.string({ maxLength: 12 }),
);
const hostileText = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));

/** Positions near Stockholm (lon/lat); now and then a broken one (huge, tiny, far away). */
const position = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.tuple(
      fc.double({ min: 18.0, max: 18.1, noNaN: true }),
      fc.double({ min: 59.3, max: 59.35, noNaN: true }),
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.double(), fc.double()) },
);
const ring = fc.array(position, { minLength: 0, maxLength: 7 });
/** A shell and holes in any relation: crossing, outside, larger than the shell, degenerate. */
const polygonFeature = fc.array(ring, { minLength: 1, maxLength: 3 }).map((rings): Feature => ({
  type: 'Feature',
  properties: { namn: 'Yta' },
  geometry: { type: 'Polygon', coordinates: rings } as Polygon,
}));

describe('every reader, on random and hostile input', () => {
  it('importFile throws nothing but ImportError on random bytes, whatever the file name', () => {
    const name = fc.constantFrom(
      'a.csv',
      'a.geojson',
      'a.kml',
      'a.kmz',
      'a.gpx',
      'a.zip',
      'a.xlsx',
      'a.txt',
      'a.shp',
    );
    fc.assert(
      fc.property(name, fc.uint8Array({ maxLength: 400 }), (n, bytes) =>
        onlyImportErrors(() => importFile(n, bytes)),
      ),
      RUNS,
    );
  });

  it('importFile throws nothing but ImportError on hostile text, as tables and as offences', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, offences) =>
        onlyImportErrors(() =>
          importFile('brott.csv', strToU8(text), offences ? { expect: 'offences' } : {}),
        ),
      ),
      RUNS,
    );
  });

  it('parseOffencesCsv, parseDateTime and parseTimeOfDay never throw anything else', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        onlyImportErrors(() => parseOffencesCsv(text, 'brott.csv'));
        parseDateTime(text, { serial: true, order: 'dmy' });
        parseTimeOfDay(text);
      }),
      RUNS,
    );
  });

  it('a GeoJSON of random polygons loads with finite, non-negative areas or is refused in Swedish', () => {
    fc.assert(
      fc.property(fc.array(polygonFeature, { minLength: 1, maxLength: 4 }), (features) => {
        const bytes = strToU8(JSON.stringify({ type: 'FeatureCollection', features }));
        let imported;
        try {
          imported = importFile('ytor.geojson', bytes);
        } catch (e) {
          if (e instanceof ImportError) return;
          throw e;
        }
        if (imported.kind !== 'features') return;
        for (const a of areasFromFeatures(imported.features, 'EPSG:4326', 'ytor.geojson').areas) {
          expect(Number.isFinite(a.hectares)).toBe(true);
          expect(a.hectares).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('KML, GPX and workbooks made of hostile text are refused in Swedish or read', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        onlyImportErrors(() =>
          importFile('a.kml', strToU8(`<?xml version="1.0"?><kml>${text}</kml>`)),
        );
        onlyImportErrors(() => importFile('a.gpx', strToU8(`<gpx>${text}</gpx>`)));
        onlyImportErrors(() =>
          importFile(
            'a.xlsx',
            zipSync({
              'xl/workbook.xml': strToU8(
                `<workbook><sheets><sheet name="${text}" r:id="rId1"/></sheets></workbook>`,
              ),
              'xl/worksheets/sheet1.xml': strToU8(
                `<sheetData><row r="1"><c t="s"><v>${text}</v></c></row></sheetData>`,
              ),
            }),
          ),
        );
      }),
      RUNS,
    );
  });
});
