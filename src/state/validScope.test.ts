import { describe, expect, it } from 'vitest';
import type { AreaSummary } from '../data/areaLayers';
import { validScope } from './validScope';

const area = (id: string, district = ''): AreaSummary => ({
  id,
  name: id,
  district,
  hectares: 1,
  geometry: { type: 'Polygon', coordinates: [] },
  labelPosition: [18, 59],
});

describe('the scope after the areas change', () => {
  it("falls back to all areas when one's own stadsdelar have no Kungsholmen", () => {
    const own = [area('Norra kvarteret'), area('Södra kvarteret')];
    expect(validScope({ kind: 'district', name: 'Kungsholmen' }, own, [])).toEqual({ kind: 'all' });
  });

  it('falls back to the first stadsdelsområde when the areas have them', () => {
    const own = [area('Akalla', 'Rinkeby-Kista'), area('Kista', 'Rinkeby-Kista')];
    expect(validScope({ kind: 'stadsdel', id: 'Fredhäll' }, own, [])).toEqual({
      kind: 'district',
      name: 'Rinkeby-Kista',
    });
  });

  it('keeps a scope that still exists', () => {
    const scope = { kind: 'ods', id: 'fridhemsplan-2021' } as const;
    expect(validScope(scope, [area('Fredhäll')], [area('fridhemsplan-2021')])).toBe(scope);
  });
});
