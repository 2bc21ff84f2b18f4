import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../analysis/categories';
import type { CountFigure, SideFigures } from '../../analysis/extentCard';
import type { ComparisonView } from '../../worker/protocol';
import { areaRows, categoryRows, offenceRows } from './cardRows';

const figure = (count: number, hectares: number, threshold = 3): CountFigure =>
  count < threshold && count > 0
    ? { count, masked: true, perHectare: null }
    : { count, masked: false, perHectare: count / hectares };

const side = (year: number, hectares: number, violence: number): SideFigures => ({
  year,
  period: { first: 0, last: 1, label: `${year - 1}–${year}` },
  hectares,
  total: figure(violence * 2, hectares),
  categories: CATEGORIES.map((_, i) => figure(i === 0 ? violence : 0, hectares)),
});

const view = (a: SideFigures | null, b: SideFigures | null): ComparisonView => ({
  a,
  b,
  aHa: a?.hectares ?? 0,
  bHa: b?.hectares ?? 0,
  keptHa: 14.9,
  gainedHa: 33.62,
  lostHa: 12.72,
  areaChangePercent: a && b ? ((b.hectares - a.hectares) / a.hectares) * 100 : null,
  perHectareChangePercent: null,
  categoryChangePercent: CATEGORIES.map((_, i) => (i === 0 ? 34.2 : null)),
  sentence: null,
  categorySentences: CATEGORIES.map(() => null),
});

describe('the numbers card', () => {
  const fridhemsplan = view(side(2021, 27.63, 100), side(2023, 48.52, 236));

  it('shows hectares with two decimals and the area change', () => {
    expect(areaRows(fridhemsplan)[0]).toEqual({
      label: 'Yta',
      a: '27,63 ha',
      b: '48,52 ha',
      change: '+75,6 %',
    });
    // Lost is what A leaves of kept, so the A column adds up as shown: 14,90 + 12,73 = 27,63.
    expect(areaRows(fridhemsplan).map((r) => [r.a, r.b])).toEqual([
      ['27,63 ha', '48,52 ha'],
      ['14,90 ha', '14,90 ha'],
      ['12,73 ha', ''],
      ['', '33,62 ha'],
    ]);
  });

  it('shows the chosen category’s count and rate with its change', () => {
    const [counts, rates] = offenceRows(fridhemsplan, 0, 3);
    expect(counts).toEqual({ label: 'Våldsbrott (antal)', a: '100', b: '236', change: '+136,0 %' });
    expect([rates.label, rates.change]).toEqual(['Våldsbrott per hektar', '+34,2 %']);
  });

  it('masks a count below the threshold and hides its rate and change', () => {
    const few = view(side(2021, 27.63, 2), side(2023, 48.52, 236));
    const [counts, rates] = offenceRows(few, 0, 3);
    expect([counts.a, counts.change, rates.a]).toEqual(['< 3', '–', '–']);
  });

  it('leaves B empty for an ended scene', () => {
    const ended = view(side(2021, 10, 50), null);
    expect(areaRows(ended)[0]).toEqual({ label: 'Yta', a: '10,00 ha', b: '–', change: '–' });
  });

  it('lists all offences first, then every category', () => {
    expect(
      categoryRows(fridhemsplan, 3)
        .map((r) => r.label)
        .slice(0, 3),
    ).toEqual(['Alla brott (antal)', 'Alla brott per hektar', 'Våldsbrott (antal)']);
  });
});
