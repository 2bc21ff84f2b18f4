import { describe, expect, it } from 'vitest';
import { demoMapData } from '../../../test/unit/demoMapData';
import {
  defaultOdsYears,
  drawnOdsStyles,
  drawnOdsYears,
  LAGESBILD_ODS_YEARS,
  ODS_YEAR_COLORS,
  odsYearColors,
} from './odsYears';

describe('which ÖDS mapping years are drawn', () => {
  it('defaults to the lägesbild pair 2021 and 2023 when both are in the data', () => {
    expect(defaultOdsYears([2021, 2023, 2024])).toEqual([2021, 2023]);
  });

  it('defaults to the latest two years when the pair is not in the data', () => {
    expect(defaultOdsYears([2019, 2021, 2022, 2025])).toEqual([2022, 2025]);
  });

  it('draws any number of chosen years, and only years the data has', () => {
    expect(drawnOdsYears([2024, 2021, 2023, 2030], [2021, 2023, 2024])).toEqual([2021, 2023, 2024]);
  });

  it('draws nothing when the user switched every year off', () => {
    expect(drawnOdsYears([], [2021, 2023, 2024])).toEqual([]);
  });

  it('falls back to the default when none of the chosen years exist in a new file', () => {
    expect(drawnOdsYears([2016], [2022, 2024, 2025])).toEqual([2024, 2025]);
    expect(drawnOdsYears(LAGESBILD_ODS_YEARS, [2021, 2024, 2025])).toEqual([2024, 2025]);
  });
});

describe('ÖDS year colours', () => {
  it('keeps the lägesbild convention: 2021 yellow, 2023 red', () => {
    const colors = odsYearColors([2021, 2023, 2024]);
    expect(colors.get(2021)).toEqual(ODS_YEAR_COLORS[0]);
    expect(colors.get(2023)).toEqual(ODS_YEAR_COLORS[1]);
  });

  it('gives every available year its own colour, distinct from the others', () => {
    const colors = [...odsYearColors([2018, 2019, 2020, 2021, 2022, 2023]).values()];
    expect(new Set(colors.map((c) => c.join())).size).toBe(6);
  });

  it('does not recolour a year when others are switched on or off', () => {
    const { ods } = demoMapData();
    const all = drawnOdsStyles(ods, [2021, 2023, 2024]);
    const two = drawnOdsStyles(ods, [2023, 2024]);
    expect(two).toEqual(all.filter((s) => s.year !== 2021));
  });
});
