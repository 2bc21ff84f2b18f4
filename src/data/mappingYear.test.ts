import { describe, expect, it } from 'vitest';
import { mappingYearOf } from './mappingYear';

describe('mapping year of an extent', () => {
  it('reads ar, år and year in any case, as number or text', () => {
    expect([
      mappingYearOf({ ar: 2021 }),
      mappingYearOf({ År: '2023' }),
      mappingYearOf({ YEAR: '2024-10-01' }),
      mappingYearOf({ namn: 'Torget' }),
    ]).toEqual([2021, 2023, 2024, undefined]);
  });
});
