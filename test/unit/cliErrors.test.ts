import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { DEMO, runInProcess } from './cliRun';

let stderr = '';

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

  it('tells a lone .shp given as areas to zip the Shapefile, exit 1', () => {
    const shp = join(dir, 'stadsdelar.shp');
    writeFileSync(shp, new Uint8Array([0, 0, 0x27, 0x0a, 1, 2, 3]));
    const run = runInProcess(['stats', '--areas', shp, '--offences', join(DEMO, 'offences.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${shp}: är en del av en Shapefile. Packa .shp`);
  });

  it('reads areas from KML through the app importer, as it reads GeoJSON', () => {
    const kml = join(dir, 'ytor.kml');
    writeFileSync(
      kml,
      '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Ytan</name>' +
        '<Polygon><outerBoundaryIs><LinearRing><coordinates>18.0,59.3 18.1,59.3 18.1,59.35 18.0,59.35 18.0,59.3</coordinates>' +
        '</LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>',
    );
    const run = runInProcess(['stats', '--areas', kml, '--offences', join(DEMO, 'offences.csv')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('ytor.kml: områden, KML, WGS 84 (lon/lat) (EPSG:4326), 1 ytor');
    expect(run.stdout).toContain('Ytan');
  });

  it('answers a GeoJSON nested 100 000 levels deep with a Swedish message and exit 1, no stack trace', () => {
    const deep = join(dir, 'djup.geojson');
    writeFileSync(
      deep,
      `{"type":"FeatureCollection","features":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    );
    const run = runInProcess(['stats', '--areas', deep, '--offences', join(DEMO, 'offences.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^lageskartan: .*djup\.geojson: är nästlad i mer än 64 nivåer/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('never prints a trace, even for an error it did not foresee', () => {
    const run = runCli(['stats', '--areas', areas, '--offences', join(DEMO, 'offences.csv')], {
      stdout: () => {
        throw new TypeError('boom');
      },
      stderr: (t) => (stderr += t),
      readFile: (path) => readFileSync(path),
      writeFile: () => undefined,
    });
    expect(run).toBe(1);
    expect(stderr).toMatch(
      /\nlageskartan: ett oväntat fel stoppade körningen \(boom\)\. Kontrollera/,
    );
  });

  it('exits 2 on an unknown option', () => {
    const run = runInProcess(['stats', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('okänd flagga --bogus');
  });
});
