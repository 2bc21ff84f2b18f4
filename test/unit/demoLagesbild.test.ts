import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { weeksAgainstPreviousYear } from '../../src/analysis/periods';
import { DEFAULT_FILTER } from '../../src/state/appState';
import { demoRequests } from '../../src/worker/demoRequests';
import { createLib, type Lib } from '../../src/worker/lib';
import { LAGESBILD_TABLES } from './lagesbildTables';

const DEMO = join(import.meta.dirname, '../../data/demo');
const read = (name: string) => ({ name, text: readFileSync(join(DEMO, name), 'utf8') });

describe('the demo data reproduces the lägesbild tables through the app import path', () => {
  let lib: Lib;

  beforeAll(async () => {
    lib = createLib();
    const summary = await lib.addFiles(
      demoRequests({
        areas: read('stadsdelar.geojson'),
        ods: read('ods.geojson'),
        offences: read('offences.csv'),
      }),
    );
    expect(summary.datasets.map((d) => [d.fileName, d.problemCount])).toEqual([
      ['stadsdelar.geojson', 0],
      ['ods.geojson', 0],
      ['offences.csv', 0],
    ]);
  });

  for (const table of LAGESBILD_TABLES) {
    it(table.title, () => {
      const outcome = lib.query({
        periods: weeksAgainstPreviousYear(table.year, 1, table.toWeek),
        filter: DEFAULT_FILTER,
        scope: table.scope,
        ringWidth: 0,
        density: null,
        rawPoints: null,
        indicator: null,
      });
      if (!outcome.ok || !outcome.value.dashboard) throw new Error('no dashboard');
      const got = Object.fromEntries(
        outcome.value.dashboard.comparison.rows.map((r) => [r.label, [r.current, r.previous]]),
      );
      const expected = Object.fromEntries(Object.keys(table.cells).map((k) => [k, got[k]]));
      expect(expected).toEqual(table.cells);
    });
  }
});
