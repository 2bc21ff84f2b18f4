import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories';
import { DEFAULT_HEADLINE_CATEGORY, headlineOf, type HeadlineSource } from './extentHeadline';

const source: HeadlineSource = {
  sentence: 'brotten per hektar minskade med 16,0 % medan ytan ökade med 75,6 %',
  categorySentences: CATEGORIES.map((c, i) => `${c} mening ${i}`),
  perHectareChangePercent: -16,
  categoryChangePercent: CATEGORIES.map((_, i) => i * 10),
};

describe('headlineOf', () => {
  it('defaults to Våldsbrott, the lägesbild question', () => {
    expect(headlineOf(source, DEFAULT_HEADLINE_CATEGORY)).toEqual({
      subject: 'Våldsbrott',
      sentence: 'Våldsbrott mening 0',
      perHectareChangePercent: 0,
    });
  });

  it('uses the chosen category', () => {
    const narcotics = CATEGORIES.indexOf('Narkotikabrott');
    expect(headlineOf(source, narcotics).perHectareChangePercent).toBe(narcotics * 10);
  });

  it('uses the all-offence sentence for "all"', () => {
    expect(headlineOf(source, 'all')).toEqual({
      subject: 'alla brott',
      sentence: source.sentence,
      perHectareChangePercent: -16,
    });
  });
});
