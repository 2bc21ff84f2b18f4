import { describe, expect, it } from 'vitest';
import { decodeView, DEFAULT_VIEW, encodeView } from '../viewUrl';

describe('the compare view in the address', () => {
  it('writes years, scene, mode and headline category as short keys', () => {
    const search = encodeView({
      ...DEFAULT_VIEW,
      appView: 'compare',
      compare: {
        yearA: 2021,
        yearB: 2024,
        scene: '2021:fridhemsplan',
        mode: 'swipe',
        category: 'all',
      },
    });
    expect(search).toBe('?v=compare&ya=2021&yb=2024&sc=2021:fridhemsplan&cm=swipe&hc=all');
  });

  it('leaves out the defaults: the lägesbild pair, the first scene, the difference map, Våldsbrott', () => {
    expect(encodeView({ ...DEFAULT_VIEW, appView: 'compare' })).toBe('?v=compare');
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
