import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAreas } from './parseAreas';

/** Turf-style fixtures: in/*.geojson → out/*.json. UPDATE_FIXTURES=1 rewrites out/ (review the diff). */
const DIR = join(import.meta.dirname, '../../test/fixtures/areas');

function summarize(text: string, file: string) {
  const r = parseAreas(text, file);
  return {
    crs: r.crs,
    areas: r.areas.map((a) => ({ name: a.name, hectares: Number(a.hectares.toFixed(6)) })),
    problems: r.problems.map((p) => `${p.row}: ${p.message}`),
  };
}

describe('area fixtures', () => {
  for (const file of readdirSync(join(DIR, 'in'))) {
    it(file, () => {
      const actual = summarize(readFileSync(join(DIR, 'in', file), 'utf8'), file);
      const outPath = join(DIR, 'out', file.replace(/\.geojson$/, '.json'));
      if (process.env.UPDATE_FIXTURES === '1')
        writeFileSync(outPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }
});

describe('bad area files', () => {
  it('names the file when it is not JSON', () => {
    expect(() => parseAreas('<kml/>', 'gränser.geojson')).toThrowError(
      /gränser\.geojson: är inte giltig JSON/,
    );
  });

  it('says when there are no areas', () => {
    expect(() =>
      parseAreas('{"type":"FeatureCollection","features":[]}', 'tom.geojson'),
    ).toThrowError(/innehåller inga ytor/);
  });
});
