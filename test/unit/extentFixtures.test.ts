import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneName, sceneSides } from '../../src/analysis/extentCard';
import { AREA_TOLERANCE_HA, diffExtents } from '../../src/analysis/extentDiff';
import { inferLineage } from '../../src/analysis/lineage';
import { buildSceneYears } from '../../src/analysis/sceneYears';
import { nodeIo } from '../../src/cli/cliIo';
import { readExtentsFile } from '../../src/cli/readExtentsFile';

/**
 * Extent fixtures: each in/*.geojson holds extents of 2021 and 2023 in
 * SWEREF 99 TM (holes, multipolygons, a bow-tie, overlapping pieces, and the
 * lineage cases); out/*.json is the reviewed result: scene-years with their
 * hectares, and per scene its lineage, links and kept/gained/lost hectares.
 * UPDATE_FIXTURES=1 rewrites out/ (review the diff).
 */
const DIR = join(import.meta.dirname, '../fixtures/extents');
const ha = (v: number) => Math.round(v * 1e4) / 1e4;

function run(file: string) {
  const { inputs } = readExtentsFile(nodeIo, join(DIR, 'in', file));
  const sceneYears = buildSceneYears(inputs);
  const lineage = inferLineage(sceneYears, 2021, 2023);
  return {
    sceneYears: sceneYears.map((s) => ({
      id: s.id,
      name: s.name,
      year: s.year,
      pieces: s.pieces,
      hectares: ha(s.hectares),
    })),
    scenes: lineage.scenes.map((scene) => {
      const sides = sceneSides(scene);
      const d = diffExtents(sides.a ?? [], sides.b ?? [], sceneName(scene));
      return {
        name: sceneName(scene),
        lineage: scene.kind,
        a: scene.a.map((s) => s.id),
        b: scene.b.map((s) => s.id),
        links: scene.links.map((l) => ({ ...l, overlapHa: ha(l.overlapHa) })),
        aHa: ha(d.aHa),
        bHa: ha(d.bHa),
        keptHa: ha(d.keptHa),
        gainedHa: ha(d.gainedHa),
        lostHa: ha(d.lostHa),
      };
    }),
  };
}

const files = readdirSync(join(DIR, 'in')).filter((f) => f.endsWith('.geojson'));

describe('extent fixtures', () => {
  for (const file of files) {
    it(file, () => {
      const actual = run(file);
      const outPath = join(DIR, 'out', file.replace(/\.geojson$/, '.json'));
      if (process.env.UPDATE_FIXTURES === '1') {
        writeFileSync(outPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }

  it('keeps kept + gained = B and kept + lost = A within 0.01 ha in every fixture', () => {
    const offs = files.flatMap((file) =>
      run(file).scenes.flatMap((s) => [
        Math.abs(s.keptHa + s.gainedHa - s.bHa),
        Math.abs(s.keptHa + s.lostHa - s.aHa),
      ]),
    );
    expect(Math.max(...offs)).toBeLessThanOrEqual(AREA_TOLERANCE_HA);
  });

  it('does not change the input polygons', () => {
    const { inputs } = readExtentsFile(nodeIo, join(DIR, 'in', 'self-intersecting.geojson'));
    const before = inputs.map((i) => i.planar.map((rings) => rings.map((r) => Array.from(r))));
    const lineage = inferLineage(buildSceneYears(inputs), 2021, 2023);
    lineage.scenes.forEach((s) => {
      const sides = sceneSides(s);
      diffExtents(sides.a ?? [], sides.b ?? [], sceneName(s));
    });
    const after = inputs.map((i) => i.planar.map((rings) => rings.map((r) => Array.from(r))));
    expect(after).toEqual(before);
  });
});
