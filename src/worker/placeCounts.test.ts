import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { weeksAgainstPreviousYear } from '../analysis/periods';
import { COUNT_SLOTS } from '../analysis/countCategories';
import { ALL_WEEKDAYS } from '../analysis/filter';
import { demoRequests } from './demoRequests';
import { createLib, type Lib } from './lib';
import type { PlaceCounts, PlaceCountsQuery } from './protocol';

const DEMO = join(import.meta.dirname, '../../data/demo');
const read = (name: string) => ({ name, text: readFileSync(join(DEMO, name), 'utf8') });
const periods = weeksAgainstPreviousYear(2024, 1, 43);
const filter = {
  categorySlots: Array<boolean>(COUNT_SLOTS).fill(true),
  weekdays: ALL_WEEKDAYS,
  hourFrom: 0,
  hourTo: 23,
};

function counts(lib: Lib, targets: PlaceCountsQuery['targets']): PlaceCounts[] {
  const out = lib.placeCounts({ targets, periods, filter });
  if (!out.ok) throw new Error(out.message);
  return out.value;
}
const total = (c: PlaceCounts) => c.rows.find((r) => r.label === 'Totalt (exkl. skadegörelse)')!;

describe('offences per place for the meeting', () => {
  let lib: Lib;
  let fredhall = '';
  beforeAll(async () => {
    lib = createLib();
    const summary = await lib.addFiles(
      demoRequests({
        areas: read('stadsdelar.geojson'),
        ods: read('ods.geojson'),
        offences: read('offences.csv'),
      }),
    );
    fredhall = summary.stadsdelar.find((a) => a.name === 'Fredhäll')!.id;
  });

  it('counts an ÖDS extent exactly as the comparison table scoped to it', () => {
    const [ods] = counts(lib, [{ key: 'a', kind: 'ods', odsId: 'fridhemsplan-stadshagen-2024' }]);
    // The lägesbild's own table for this extent (weeks 1–43, 2024 against 2023).
    expect([total(ods).current, total(ods).previous]).toEqual([698, 517]);
  });

  it('counts more around a point as the radius grows, and nothing at radius 0 off the points', () => {
    const at = (radius: number) =>
      total(counts(lib, [{ key: 'p', kind: 'point', position: [18.0297, 59.3325], radius }])[0])
        .current;
    expect(at(0)).toBe(0);
    expect(at(100)).toBeGreaterThan(0);
    expect(at(200)).toBeGreaterThan(at(100));
  });

  it('counts a stadsdel exactly as the comparison table scoped to it', () => {
    const [area] = counts(lib, [{ key: 's', kind: 'stadsdel', areaId: fredhall }]);
    const table = lib.query({
      periods,
      filter,
      scope: { kind: 'stadsdel', id: fredhall },
      ringWidth: 0,
      density: null,
      rawPoints: null,
      indicator: null,
    });
    if (!table.ok) throw new Error(table.message);
    expect(area.rows).toEqual(table.value.dashboard?.comparison.rows);
    expect(total(area).current).toBeGreaterThan(0);
  });

  it('counts a drawn polygon as the ÖDS extent with the same outline', () => {
    const ods = JSON.parse(read('ods.geojson').text).features.find(
      (f: { properties: { id: string } }) => f.properties.id === 'fridhemsplan-2021',
    );
    const [drawn, extent] = counts(lib, [
      { key: 'd', kind: 'polygon', geometry: ods.geometry },
      { key: 'e', kind: 'ods', odsId: 'fridhemsplan-2021' },
    ]);
    expect(drawn.rows).toEqual(extent.rows);
  });
});
