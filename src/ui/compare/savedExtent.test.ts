import { describe, expect, it } from 'vitest';
import { pairWithSaved } from './savedExtent';

describe('the years offered after an extent is saved', () => {
  it('none when the drawn year is already A or B', () => {
    expect([pairWithSaved(2023, 2024, 2024), pairWithSaved(2023, 2024, 2023)]).toEqual([
      null,
      null,
    ]);
  });

  it('B against a later drawn year, an earlier drawn year against A', () => {
    expect(pairWithSaved(2023, 2024, 2025)).toEqual([2024, 2025]);
    expect(pairWithSaved(2021, 2023, 2019)).toEqual([2019, 2021]);
  });

  it('A against a drawn year between A and B', () => {
    expect(pairWithSaved(2021, 2024, 2023)).toEqual([2021, 2023]);
  });
});
