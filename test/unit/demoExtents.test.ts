import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sceneName, sceneSides } from '../../src/analysis/extentCard';
import { diffExtents, type ExtentDiff } from '../../src/analysis/extentDiff';
import { inferLineage } from '../../src/analysis/lineage';
import type { PlanarPolygon } from '../../src/analysis/planar';
import { buildSceneYears } from '../../src/analysis/sceneYears';
import { nodeIo } from '../../src/cli/cliIo';
import { readExtentsFile } from '../../src/cli/readExtentsFile';
import { DEMO, runInProcess } from './cliRun';

/**
 * The demo tells the lägesbild's own story: Fridhemsplan 2021 against
 * Fridhemsplan/Stadshagen 2023 grew towards Stadshagen (north-west), lost
 * the parts around the former S:t Eriks ögonsjukhus and Kronobergsparken
 * (east), and violence rose more than the area did, so also per hectare;
 * Odenplan/Observatorielunden was not mapped again in 2023.
 */
const ODS = join(DEMO, 'ods.geojson');

/** Area-weighted centroid in SWEREF 99 TM metres (holes subtract). */
function centroid(polygon: PlanarPolygon): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const rings of polygon) {
    rings.forEach((ring, k) => {
      let ra = 0;
      let rx = 0;
      let ry = 0;
      for (let i = 0; i + 3 < ring.length; i += 2) {
        const cross = ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
        ra += cross / 2;
        rx += ((ring[i] + ring[i + 2]) * cross) / 6;
        ry += ((ring[i + 1] + ring[i + 3]) * cross) / 6;
      }
      const sign = (k === 0 ? 1 : -1) * Math.sign(ra);
      a += sign * ra;
      cx += sign * rx;
      cy += sign * ry;
    });
  }
  return [cx / a, cy / a];
}

describe('demo ÖDS extents, 2021 against 2023', () => {
  const lineage = inferLineage(buildSceneYears(readExtentsFile(nodeIo, ODS).inputs), 2021, 2023);
  const fridhemsplan = lineage.scenes.find((s) => s.a.some((p) => p.name === 'Fridhemsplan'))!;
  const sides = sceneSides(fridhemsplan);
  const diff: ExtentDiff = diffExtents(sides.a!, sides.b!, sceneName(fridhemsplan));
  const keptAt = centroid(diff.kept);

  it('links Fridhemsplan 2021 to Fridhemsplan/Stadshagen 2023 as one continued scene', () => {
    expect([fridhemsplan.kind, fridhemsplan.b.map((p) => p.name)]).toEqual([
      'continued',
      ['Fridhemsplan/Stadshagen'],
    ]);
  });

  it('gains area towards Stadshagen, north-west of what stayed', () => {
    const [x, y] = centroid(diff.gained);
    expect([x < keptAt[0], y > keptAt[1]]).toEqual([true, true]);
  });

  it('loses the east: the old eye hospital site and Kronobergsparken', () => {
    const [x, y] = centroid(diff.lost);
    const east = x - keptAt[0];
    expect(east).toBeGreaterThan(Math.abs(y - keptAt[1]));
  });

  it('marks Odenplan/Observatorielunden as ended in 2023', () => {
    const odenplan = lineage.scenes.find((s) =>
      s.a.some((p) => p.name === 'Odenplan/Observatorielunden'),
    );
    expect([odenplan?.kind, odenplan?.b]).toEqual(['ended', []]);
  });

  describe('numbers from the command line', () => {
    interface Side {
      hektar: number;
      per_kategori: Record<string, number | null>;
    }
    let scene: { a: Side; b: Side; yta_forandring_procent: number };
    beforeAll(() => {
      const run = runInProcess([
        'extents',
        '--extents',
        ODS,
        '--offences',
        join(DEMO, 'offences.csv'),
        '--a',
        '2021',
        '--b',
        '2023',
        '--scene',
        'Fridhemsplan',
        '--ring',
        '0',
        '--format',
        'json',
      ]);
      scene = JSON.parse(run.stdout).scenes[0];
    }, 60_000);

    it('has violence rising more than the area, so violence per hectare rises', () => {
      const violence = (s: Side) => s.per_kategori['Våldsbrott']!;
      const violenceChange = (violence(scene.b) / violence(scene.a) - 1) * 100;
      expect(violenceChange).toBeGreaterThan(scene.yta_forandring_procent);
      expect(violence(scene.b) / scene.b.hektar).toBeGreaterThan(
        violence(scene.a) / scene.a.hektar,
      );
    });
  });
});
