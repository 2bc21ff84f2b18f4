import { describe, expect, it } from 'vitest';
import { demoArgs, runInProcess } from './cliRun';

interface AreaJson {
  namn: string;
  hektar: number;
  antal: number | null;
  per_hektar: number | null;
  maskerad: boolean;
  per_kategori: Record<string, number | null>;
}

describe('the per-area table as JSON', () => {
  it('has an `areas` list with namn, hektar, antal, per_hektar and per-category counts', () => {
    const run = runInProcess([
      ...demoArgs,
      '--table',
      'areas',
      '--weeks',
      '1-43',
      '--year',
      '2024',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { areas: AreaJson[] };
    expect(json.areas).toHaveLength(15);
    const kungsholmen = json.areas.find((a) => a.namn === 'Kungsholmen');
    expect(kungsholmen).toMatchObject({
      namn: 'Kungsholmen',
      hektar: expect.any(Number),
      antal: expect.any(Number),
      per_hektar: expect.any(Number),
      maskerad: false,
    });
    const { antal, hektar, per_hektar, per_kategori } = kungsholmen!;
    expect(per_hektar).toBeCloseTo(antal! / hektar, 2);
    expect(Object.values(per_kategori).reduce((s, n) => s! + n!, 0)).toBe(antal);
  });

  it('writes counts below the privacy threshold as null and flags the area as masked', () => {
    const run = runInProcess([
      ...demoArgs,
      '--table',
      'areas',
      '--last14',
      '2025-10-26',
      '--privacy',
      '1000',
      '--format',
      'json',
    ]);
    const json = JSON.parse(run.stdout) as { areas: AreaJson[] };
    expect(json.areas[0]).toMatchObject({ antal: null, per_hektar: null, maskerad: true });
    expect(Object.values(json.areas[0].per_kategori).every((n) => n === null)).toBe(true);
  });
});
