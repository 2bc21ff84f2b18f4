import { describe, expect, it } from 'vitest';
import { buildAreaTable } from './areaTable';
import { COUNT_SLOTS, UNMAPPED_SLOT } from './countCategories';

describe('buildAreaTable', () => {
  it('counts offences with an unmapped category in the area, under Ej mappad', () => {
    const counts = Array.from({ length: COUNT_SLOTS }, (_, s) =>
      s === UNMAPPED_SLOT ? 60 : s === 0 ? 40 : 0,
    );
    const [row] = buildAreaTable([{ id: 'a', name: 'A', hectares: 10, counts }], () => true);
    expect(row.count).toBe(100);
    expect(row.perHectare).toBe(10);
    expect(row.byCategory[UNMAPPED_SLOT]).toBe(60);
  });
});
