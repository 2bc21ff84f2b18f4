import { describe, expect, it } from 'vitest';
import {
  categoriesFromText,
  DEFAULT_CHECKLISTS,
  loadChecklists,
  saveChecklists,
} from './checklists';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};

describe('observation checklists', () => {
  it('offers the common Swedish list and BoTryggt2030 with its nine areas', () => {
    expect(DEFAULT_CHECKLISTS[0].categories).toContain('Buskage/skymd sikt');
    expect(DEFAULT_CHECKLISTS[0].categories).toHaveLength(8);
    expect(DEFAULT_CHECKLISTS[1].categories).toHaveLength(9);
  });

  it('keeps the user’s edits on this device', () => {
    const s = memory();
    const edited = [{ ...DEFAULT_CHECKLISTS[0], categories: ['Belysning', 'Hundar'] }];
    saveChecklists(s, edited);
    expect(loadChecklists(s)).toEqual(edited);
  });

  it('falls back to the defaults when what is kept cannot be read', () => {
    const s = memory();
    s.setItem('lageskartan.checklists.v1', '{not json');
    expect(loadChecklists(s)).toEqual(DEFAULT_CHECKLISTS);
    s.setItem('lageskartan.checklists.v1', JSON.stringify([{ id: 1 }]));
    expect(loadChecklists(s)).toEqual(DEFAULT_CHECKLISTS);
  });

  it('reads one category per line, dropping blanks and repeats', () => {
    expect(categoriesFromText(' Belysning \n\nTrafik\nBelysning\n')).toEqual([
      'Belysning',
      'Trafik',
    ]);
  });
});
