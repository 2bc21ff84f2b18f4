import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../analysis/categories';
import { DEFAULT_HEADLINE_CATEGORY } from '../../analysis/extentHeadline';
import { demoRequests } from '../demoRequests';
import { createLib, type Lib } from '../lib';
import {
  ALL_SCENES,
  SCENES_IN_VIEW,
  type CompareQuery,
  type CompareResult,
  type Comparison,
} from '../protocol';

const DEMO = join(import.meta.dirname, '../../../data/demo');
const read = (name: string) => ({ name, text: readFileSync(join(DEMO, name), 'utf8') });

const QUERY: CompareQuery = {
  yearA: null,
  yearB: null,
  periods: { a: null, b: null },
  threshold: 3,
  ringWidth: 100,
  category: DEFAULT_HEADLINE_CATEGORY,
  scene: null,
  bounds: null,
  corrections: {},
  userExtents: [],
};

const VIOLENCE = CATEGORIES.indexOf('Våldsbrott');

async function ok(lib: Lib, q: Partial<CompareQuery> = {}): Promise<CompareResult> {
  const outcome = await lib.compare({ ...QUERY, ...q });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}
const comparisonOf = (r: CompareResult): Comparison => {
  if (!r.comparison) throw new Error(r.notice ?? 'no comparison');
  return r.comparison;
};

describe('compare on the demo extents', () => {
  let lib: Lib;
  beforeAll(async () => {
    lib = createLib();
    await lib.addFiles(demoRequests({ ods: read('ods.geojson'), offences: read('offences.csv') }));
  }, 60_000);

  it('opens on the lägesbild pair with Fridhemsplan first', async () => {
    const c = comparisonOf(await ok(lib));
    expect([c.yearA, c.yearB, c.scene]).toEqual([2021, 2023, '2021:fridhemsplan']);
    expect(c.periods.a.label).toBe('2020–2021');
  });

  it('gives the document’s hectares and the rise in violence per hectare', async () => {
    const c = comparisonOf(await ok(lib));
    const card = c.cards.find((k) => k.sceneId === c.scene)!;
    const e = card.extent;
    expect([e.aHa, e.bHa, e.keptHa, e.gainedHa, e.lostHa].map((v) => v.toFixed(2))).toEqual([
      '27.63',
      '48.52',
      '14.90',
      '33.62',
      '12.72',
    ]);
    expect(e.categoryChangePercent[VIOLENCE]!.toFixed(1)).toBe('34.2');
    expect(e.areaChangePercent!.toFixed(1)).toBe('75.6');
    expect(card.ring).not.toBeNull();
  });

  it('lists Odenplan as ended and counts the region as the police do', async () => {
    const c = comparisonOf(await ok(lib));
    const odenplan = c.scenes.find((s) => s.name === 'Odenplan/Observatorielunden')!;
    expect(odenplan.kind).toBe('ended');
    expect(c.region.counts).toEqual({
      continued: 2,
      new: 0,
      ended: 1,
      merged: 0,
      split: 0,
      unmapped: 0,
    });
    expect([c.region.a.scenes, c.region.b.scenes]).toEqual([3, 2]);
  });

  it('sends kept, gained and lost in WGS84 for the scene shown', async () => {
    const c = comparisonOf(await ok(lib));
    expect(c.diff.map((d) => d.kind)).toEqual(['kept', 'gained', 'lost']);
    const [lon, lat] = (c.diff[0].geometry.coordinates.flat(2) as number[]).slice(0, 2);
    expect([lon > 17.9 && lon < 18.2, lat > 59.2 && lat < 59.4]).toEqual([true, true]);
  });

  it('sends the scene’s two extents for editing, and none for all scenes', async () => {
    const c = comparisonOf(await ok(lib));
    expect([c.sides?.a?.type, c.sides?.b?.type]).toEqual(['Polygon', 'Polygon']);
    expect(comparisonOf(await ok(lib, { scene: ALL_SCENES })).sides).toBeNull();
  });

  it('renders the CLI’s CSV and Markdown with the Våldsbrott headline', async () => {
    const c = comparisonOf(await ok(lib));
    expect(c.csv.startsWith('\uFEFFScen;')).toBe(true);
    expect(c.markdown).toContain(
      '**Våldsbrott per hektar ökade med 34,2 % medan ytan ökade med 75,6 %**',
    );
    const all = comparisonOf(await ok(lib, { category: 'all' }));
    expect(all.markdown).toContain('**brotten per hektar minskade med 16,0 %');
  });

  it('puts the headline’s certainty note into the CSV and the Markdown, as the card shows it', async () => {
    const c = comparisonOf(await ok(lib));
    const csvRow = c.csv.split('\r\n').find((l) => l.includes('Slumpens spann;'));
    expect(csvRow).toMatch(/;fortsatt;utbredningen;Slumpens spann;Slumpens spann \(95 %\): /);
    expect(c.markdown).toMatch(/\*\*\n\nSlumpens spann \(95 %\): .* så förändringen/);
  });

  it('says when a linked year is not on this device, and which years it shows instead', async () => {
    const r = await ok(lib, { yearA: 2024, yearB: 2025 });
    expect([comparisonOf(r).yearA, comparisonOf(r).yearB]).toEqual([2023, 2024]);
    expect(r.notice).toMatch(
      /^Utbredningar för 2025 finns inte på den här enheten \(här finns 2021, 2023, 2024\), så jämförelsen visar 2023 → 2024\./,
    );
  });

  it('shows every scene for ALL_SCENES', async () => {
    const c = comparisonOf(await ok(lib, { scene: ALL_SCENES }));
    expect(c.scene).toBe(ALL_SCENES);
    expect(new Set(c.diff.map((d) => d.sceneId)).size).toBe(3);
  });

  it('shows the scenes with area inside the map view, and only those', async () => {
    // Around Fridhemsplan, west of Klara and south of Odenplan.
    const c = comparisonOf(
      await ok(lib, { scene: SCENES_IN_VIEW, bounds: [18.02, 59.328, 18.04, 59.338] }),
    );
    expect(c.scene).toBe(SCENES_IN_VIEW);
    expect(c.shown).toEqual(['2021:fridhemsplan']);
    expect(new Set(c.diff.map((d) => d.sceneId))).toEqual(new Set(['2021:fridhemsplan']));
    expect(c.sides).toBeNull();
  });

  it('shows no scene in a view where there is none', async () => {
    const c = comparisonOf(
      await ok(lib, { scene: SCENES_IN_VIEW, bounds: [17.9, 59.2, 17.91, 59.21] }),
    );
    expect(c.shown).toEqual([]);
    expect(c.diff).toEqual([]);
  });

  it('finds a linked scene again by its identity when the years change', async () => {
    const c = comparisonOf(
      await ok(lib, { yearA: 2023, yearB: 2024, scene: '2021:klara sergels torg' }),
    );
    expect(c.scene).toBe('2023:klara sergels torg');
  });

  it('counts with the periods asked for', async () => {
    const narrow = comparisonOf(await ok(lib, { periods: { a: { first: 0, last: 0 }, b: null } }));
    const card = narrow.cards.find((k) => k.sceneId === narrow.scene)!;
    expect([card.extent.a?.total.count, narrow.periods.a.label]).toEqual([
      0,
      '1970-01-01 – 1970-01-01',
    ]);
  });

  it('lets a user’s drawn extent replace the file’s for that scene and year', async () => {
    const square = (lon: number, lat: number, d: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [lon, lat],
          [lon + d, lat],
          [lon + d, lat + d / 2],
          [lon, lat + d / 2],
          [lon, lat],
        ],
      ],
    });
    const c = comparisonOf(
      await ok(lib, {
        userExtents: [
          {
            id: 'extent:1',
            sceneId: 'Fridhemsplan',
            year: 2021,
            geometry: square(18.03, 59.333, 0.004),
            source: 'ritad i kartan',
          },
        ],
      }),
    );
    const scene = c.scenes.find((s) => s.a.some((p) => p.name === 'Fridhemsplan'))!;
    expect([scene.a[0].edited, c.scenes[0].id, c.scene]).toEqual([
      true,
      '2021:fridhemsplan',
      '2021:fridhemsplan',
    ]);
    expect(scene.a[0].hectares).toBeLessThan(27);
  });

  it('calls the file’s scenes unmapped, not ended, in a year that holds only a drawing', async () => {
    const r = await ok(lib, {
      yearA: 2021,
      yearB: 2025,
      userExtents: [
        {
          id: 'extent:2',
          sceneId: 'Sankt Eriksplan',
          year: 2025,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [18.035, 59.339],
                [18.04, 59.339],
                [18.04, 59.341],
                [18.035, 59.341],
                [18.035, 59.339],
              ],
            ],
          },
          source: 'ritad i kartan',
        },
      ],
    });
    const c = comparisonOf(r);
    expect(c.scenes.map((s) => s.kind)).toEqual(['unmapped', 'unmapped', 'unmapped', 'new']);
    expect([c.partialYears, c.region.counts.ended]).toEqual([[2025], 0]);
    expect(r.notice).toContain('2025 har bara utbredningar ritade i kartan');
    expect(c.markdown).toContain('Fridhemsplan: ej kartlagd 2025');
  });
});

describe('compare without two years', () => {
  it('says what to add when the extents have one year', async () => {
    const lib = createLib();
    const one = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { namn: 'Ett', ar: 2021 },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [18.03, 59.33],
                [18.04, 59.33],
                [18.04, 59.335],
                [18.03, 59.33],
              ],
            ],
          },
        },
      ],
    };
    await lib.addFiles(
      demoRequests({
        ods: { name: 'ett.geojson', text: JSON.stringify(one) },
        offences: read('offences.csv'),
      }),
    );
    const r = await ok(lib);
    expect([r.comparison, r.years]).toEqual([null, [2021]]);
    expect(r.notice).toContain('bara kartläggningsåret 2021');
  }, 60_000);
});
