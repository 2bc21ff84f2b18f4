import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO, runInProcess } from './cliRun';

const dir = mkdtempSync(join(tmpdir(), 'lageskartan-cli-'));
const areas = join(DEMO, 'stadsdelar.geojson');

describe('CLI exit codes and messages', () => {
  it('exits 1 with a Swedish message naming the file when the offence file has no usable columns', () => {
    const bad = join(dir, 'fel.csv');
    writeFileSync(bad, 'a;b\n1;2\n');
    const run = runInProcess(['stats', '--areas', areas, '--offences', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(bad);
    expect(run.stderr).toMatch(/hittar inga kolumner.*--col-date/);
  });

  it('exits 1 naming the file when a file does not exist', () => {
    const missing = join(dir, 'finns-inte.csv');
    const run = runInProcess(['stats', '--areas', areas, '--offences', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${missing}: filen finns inte`);
  });

  it('exits 1 with a Swedish message for an area format it cannot read yet', () => {
    const run = runInProcess(['stats', '--areas', 'stadsdelar.shp', '--offences', 'x.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stadsdelar.shp: filformatet känns inte igen för områden');
  });

  it('exits 2 on an unknown option', () => {
    const run = runInProcess(['stats', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('okänd flagga --bogus');
  });
});
