import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../analysis/isoWeek';
import { decodeView, DEFAULT_VIEW, encodeView } from '../viewUrl';

const COMPARE = { ...DEFAULT_VIEW, appView: 'compare' as const };

describe('the compare view in the address', () => {
  it('writes years, scene, mode and headline category as short keys', () => {
    const search = encodeView({
      ...COMPARE,
      compare: {
        ...DEFAULT_VIEW.compare,
        yearA: 2021,
        yearB: 2024,
        scene: '2021:fridhemsplan',
        mode: 'swipe',
        category: 'all',
      },
    });
    expect(search).toBe('?v=compare&ya=2021&yb=2024&sc=2021:fridhemsplan&cm=swipe&hc=all');
  });

  it('leaves out the defaults: the lägesbild pair, the first scene, the difference map, Våldsbrott, the periods', () => {
    expect(encodeView(COMPARE)).toBe('?v=compare');
  });

  it('keeps the default for a key it cannot read and says why in Swedish', () => {
    const { view, problems } = decodeView('?v=compare&ya=tjugo&cm=karta&hc=12');
    expect(view.compare).toEqual(DEFAULT_VIEW.compare);
    expect(problems).toEqual([
      'Adressens ya=tjugo kunde inte användas: väntade ett kartläggningsår, t.ex. 2021. Standardvärdet används.',
      'Adressens cm=karta kunde inte användas: ingen känd jämförelse (difference, swipe, side). Standardvärdet används.',
      'Adressens hc=12 kunde inte användas: väntade all eller en kategori 0–9. Standardvärdet används.',
    ]);
  });
});

describe('the compare periods in the address', () => {
  const periods = {
    a: { first: dayNumber(2020, 3, 1), last: dayNumber(2021, 2, 28) },
    b: { first: dayNumber(2022, 3, 1), last: dayNumber(2023, 2, 28) },
  };

  it('writes periods A and B as first..last day and reads them back', () => {
    const view = { ...COMPARE, compare: { ...DEFAULT_VIEW.compare, periods } };
    const search = encodeView(view);
    expect(search).toBe('?v=compare&pa=2020-03-01..2021-02-28&pb=2022-03-01..2023-02-28');
    expect(decodeView(search)).toEqual({ view, problems: [] });
  });

  it('writes only the period that was changed', () => {
    const view = {
      ...COMPARE,
      compare: { ...DEFAULT_VIEW.compare, periods: { ...periods, a: null } },
    };
    expect(encodeView(view)).toBe('?v=compare&pb=2022-03-01..2023-02-28');
  });

  it('leaves the periods out of another view’s address and ignores them there', () => {
    const view = { ...DEFAULT_VIEW, compare: { ...DEFAULT_VIEW.compare, periods } };
    expect(encodeView(view)).toBe('');
    expect(decodeView('?pa=2020-03-01..2021-02-28')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('keeps the default period for a bad value and names the key and the expected form', () => {
    const { view, problems } = decodeView(
      '?v=compare&pa=2021-12-31..2020-01-01&pb=2022-02-30..2023-12-31',
    );
    expect(view.compare.periods).toEqual({ a: null, b: null });
    expect(problems).toEqual([
      'Adressens pa=2021-12-31..2020-01-01 kunde inte användas: väntade första och sista dag som 2020-01-01..2021-12-31. Standardvärdet används.',
      'Adressens pb=2022-02-30..2023-12-31 kunde inte användas: väntade första och sista dag som 2022-01-01..2023-12-31. Standardvärdet används.',
    ]);
  });
});
