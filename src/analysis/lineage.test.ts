import { describe, expect, it } from 'vitest';
import { inferLineage, LineageCorrectionError, type Lineage } from './lineage';
import { buildSceneYears, type ExtentInput } from './sceneYears';

const E = 674_000;
const N = 6_580_000;

/** A rectangle in metres from (E, N), as one extent of a scene. */
function extent(
  name: string | null,
  year: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): ExtentInput {
  const [a, b, c, d] = [E + x0, N + y0, E + x1, N + y1];
  return {
    key: name?.toLowerCase() ?? null,
    name: name ?? 'Yta',
    year,
    status: '',
    source: 'test',
    label: `${name} ${year}`,
    planar: [[Float64Array.from([a, b, c, b, c, d, a, d, a, b])]],
  };
}

const summary = (l: Lineage) =>
  l.scenes.map((s) => `${s.kind}: ${[...s.a, ...s.b].map((p) => p.id).join(', ')}`);

describe('lineage between two mapping years', () => {
  it('lets the identity column win where both scenes have a namesake, even when they overlap', () => {
    const years = buildSceneYears([
      extent('Norr', 2021, 0, 100, 100, 200),
      extent('Söder', 2021, 0, 0, 100, 100),
      // Norr grows south over Söder's old extent; both names are still mapped in 2023.
      extent('Norr', 2023, 0, 50, 100, 200),
      extent('Söder', 2023, 0, -100, 100, 40),
    ]);
    expect(summary(inferLineage(years, 2021, 2023))).toEqual([
      'continued: 2021:norr, 2023:norr',
      'continued: 2021:söder, 2023:söder',
    ]);
  });

  it('links a sliver overlap only when the threshold is lowered below its share', () => {
    const years = buildSceneYears([
      extent('Torget', 2021, 0, 0, 100, 100),
      extent('Gränden', 2023, 95, 0, 195, 100),
    ]);
    expect(summary(inferLineage(years, 2021, 2023))).toEqual([
      'ended: 2021:torget',
      'new: 2023:gränden',
    ]);
    expect(summary(inferLineage(years, 2021, 2023, {}, 0.04))).toEqual([
      'continued: 2021:torget, 2023:gränden',
    ]);
  });

  it("applies the user's corrections on top: unlink, then link", () => {
    const years = buildSceneYears([
      extent('Torget', 2021, 0, 0, 100, 100),
      extent('Parken', 2021, 500, 0, 600, 100),
      extent('Torget', 2023, 0, 0, 100, 100),
    ]);
    const corrected = inferLineage(years, 2021, 2023, {
      unlink: [['2021:torget', '2023:torget']],
      link: [['2021:parken', '2023:torget']],
    });
    expect(summary(corrected)).toEqual([
      'ended: 2021:torget',
      'continued: 2021:parken, 2023:torget',
    ]);
    expect(corrected.scenes[1].links).toEqual([
      { a: '2021:parken', b: '2023:torget', reason: 'user', overlapHa: 0 },
    ]);
  });

  it('refuses a correction naming a scene that is not in the two years', () => {
    const years = buildSceneYears([extent('Torget', 2021, 0, 0, 100, 100)]);
    expect(() =>
      inferLineage(years, 2021, 2023, { link: [['2021:torget', '2023:parken']] }),
    ).toThrow(LineageCorrectionError);
  });

  it('ignores mapping years other than A and B', () => {
    const years = buildSceneYears([
      extent('Torget', 2021, 0, 0, 100, 100),
      extent('Torget', 2022, 0, 0, 100, 100),
      extent('Torget', 2023, 0, 0, 100, 100),
    ]);
    expect(summary(inferLineage(years, 2021, 2023))).toEqual([
      'continued: 2021:torget, 2023:torget',
    ]);
  });

  it('calls a scene absent from a year of drawings only unmapped, not ended', () => {
    const years = buildSceneYears([
      extent('Torget', 2021, 0, 0, 100, 100),
      extent('Parken', 2021, 500, 0, 600, 100),
      // 2025 has no mapping file, only the user's drawing of a new scene.
      extent('Gränden', 2025, 1000, 0, 1100, 100),
    ]);
    const coverage = { aPartial: false, bPartial: true };
    expect(summary(inferLineage(years, 2021, 2025, {}, undefined, coverage))).toEqual([
      'unmapped: 2021:torget',
      'unmapped: 2021:parken',
      'new: 2025:gränden',
    ]);
  });

  it('calls a scene absent from a year A of drawings only unmapped, not new', () => {
    const years = buildSceneYears([
      extent('Torget', 2019, 0, 0, 100, 100),
      extent('Torget', 2021, 0, 0, 100, 100),
      extent('Parken', 2021, 500, 0, 600, 100),
    ]);
    const coverage = { aPartial: true, bPartial: false };
    expect(summary(inferLineage(years, 2019, 2021, {}, undefined, coverage))).toEqual([
      'continued: 2019:torget, 2021:torget',
      'unmapped: 2021:parken',
    ]);
  });
});
