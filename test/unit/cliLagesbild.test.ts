import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, demoArgs, ROOT, runInProcess } from './cliRun';
import { LAGESBILD_TABLES, type LagesbildTable } from './lagesbildTables';

interface ComparisonJson {
  omrade: string;
  rader: { kategori: string; aktuell: number | null; jamforelse: number | null }[];
}

function scopeArg(table: LagesbildTable): string {
  return table.scope.kind === 'ods' ? `ods:${table.scope.id}` : table.scope.name;
}

function argsFor(table: LagesbildTable): string[] {
  return [
    ...demoArgs,
    '--weeks',
    `1-${table.toWeek}`,
    '--year',
    String(table.year),
    '--scope',
    scopeArg(table),
    '--format',
    'json',
  ];
}

/** The documents' cells as the CLI's JSON states them: label → [current, previous]. */
function cellsOf(json: ComparisonJson, table: LagesbildTable) {
  const got = Object.fromEntries(json.rader.map((r) => [r.kategori, [r.aktuell, r.jamforelse]]));
  return Object.fromEntries(Object.keys(table.cells).map((k) => [k, got[k]]));
}

describe('the demo data reproduces the lägesbild tables through the CLI', () => {
  for (const table of LAGESBILD_TABLES) {
    it(table.title, () => {
      const run = runInProcess(argsFor(table));
      expect(run.code, run.stderr).toBe(0);
      expect(cellsOf(JSON.parse(run.stdout) as ComparisonJson, table)).toEqual(table.cells);
    });
  }

  it('the installed bin reproduces the first table as a child process', () => {
    const table = LAGESBILD_TABLES[0];
    const child = spawnSync(process.execPath, [BIN, ...argsFor(table)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    expect(cellsOf(JSON.parse(child.stdout) as ComparisonJson, table)).toEqual(table.cells);
  });
});
