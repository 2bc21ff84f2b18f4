import { describe, expect, it } from 'vitest';
import { categoryIndex } from './categories';
import type { PlanarOffences } from './dashboard';
import { buildExtentCards, mappingPeriod, sceneSides, type ExtentCard } from './extentCard';
import { dayNumber, formatDay } from './isoWeek';
import { inferLineage } from './lineage';
import { buildSceneYears, type ExtentInput } from './sceneYears';

const E = 674_000;
const N = 6_580_000;
const VIOLENCE = categoryIndex('Våldsbrott');

/** A 100 m wide scene from x0 to x1 metres east of (E, N). */
const extent = (year: number, x0: number, x1: number): ExtentInput => ({
  key: 'torget',
  name: 'Torget',
  year,
  status: 'ÖDS',
  source: 'test',
  label: `Torget ${year}`,
  planar: [
    [Float64Array.from([E + x0, N, E + x1, N, E + x1, N + 100, E + x0, N + 100, E + x0, N])],
  ],
});

/** Offences at metre offsets from (E, N), each on a date, all violence. */
function offences(points: [number, number, string][]): PlanarOffences {
  return {
    count: points.length,
    e: Float64Array.from(points.map(([x]) => E + x)),
    n: Float64Array.from(points.map(([, y]) => N + y)),
    day: Int32Array.from(
      points.map(([, , d]) => dayNumber(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8))),
    ),
    minute: new Int16Array(points.length),
    category: new Uint8Array(points.length).fill(VIOLENCE),
  };
}

function card(points: [number, number, string][], threshold: number, bTo = 200): ExtentCard {
  const lineage = inferLineage(
    buildSceneYears([extent(2021, 0, 100), extent(2023, 0, bTo)]),
    2021,
    2023,
  );
  return buildExtentCards({
    scenes: lineage.scenes,
    sides: lineage.scenes.map(sceneSides),
    rings: null,
    yearA: 2021,
    yearB: 2023,
    offences: offences(points),
    periods: { a: mappingPeriod(2021), b: mappingPeriod(2023) },
    threshold,
  })[0];
}

const times = (n: number, p: [number, number, string]) => Array.from({ length: n }, () => p);

describe('the numbers card', () => {
  it('defaults to the year before the mapping and the mapping year', () => {
    const p = mappingPeriod(2021);
    expect([formatDay(p.first), formatDay(p.last), p.label]).toEqual([
      '2020-01-01',
      '2021-12-31',
      '2020–2021',
    ]);
  });

  it("counts A's extent in period A and B's extent in period B only", () => {
    const c = card(
      [
        ...times(4, [50, 50, '2020-06-01']), // in A, period A
        [150, 50, '2021-06-01'], // only in B's extent, during period A: not counted
        ...times(6, [150, 50, '2023-06-01']), // in B, period B
        [50, 50, '2024-01-01'], // after period B
      ],
      0,
    );
    expect([c.extent.a?.total.count, c.extent.b?.total.count]).toEqual([4, 6]);
  });

  it('says the per-hectare change and the area change in one sentence', () => {
    // 4 per ha in A (1 ha), 6 on 2 ha in B: 3 per ha, −25 %; area +100 %.
    const c = card([...times(4, [50, 50, '2021-01-01']), ...times(6, [150, 50, '2022-01-01'])], 0);
    expect(c.extent.sentence).toBe(
      'brotten per hektar minskade med 25,0 % medan ytan ökade med 100,0 %',
    );
    expect(c.extent.categorySentences[VIOLENCE]).toBe(
      'Våldsbrott per hektar minskade med 25,0 % medan ytan ökade med 100,0 %',
    );
  });

  it('says "oförändrad" when the area stayed', () => {
    const c = card(
      [...times(4, [50, 50, '2021-01-01']), ...times(5, [50, 50, '2022-01-01'])],
      0,
      100,
    );
    expect(c.extent.sentence).toBe('brotten per hektar ökade med 25,0 % medan ytan var oförändrad');
  });

  it('masks counts below the threshold: no rate, no per cent, no figure in the sentence', () => {
    const c = card([...times(2, [50, 50, '2021-01-01']), ...times(6, [150, 50, '2022-01-01'])], 3);
    expect(c.extent.a?.total).toEqual({ count: 2, masked: true, perHectare: null });
    expect(c.extent.perHectareChangePercent).toBeNull();
    expect(c.extent.categoryChangePercent[VIOLENCE]).toBeNull();
    expect(c.extent.sentence).toBe(
      'brotten per hektar kan inte jämföras: < 3 brott under en av perioderna (integritetsgränsen)',
    );
  });
});
