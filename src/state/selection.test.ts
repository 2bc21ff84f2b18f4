import { describe, expect, it } from 'vitest';
import { NO_SELECTION, sameSelection, selectedIdOf } from './selection';

describe('selection', () => {
  it('gives the id only for the kind that is selected', () => {
    const s = { kind: 'stadsdel', id: 'Fredhäll' } as const;
    expect(selectedIdOf(s, 'stadsdel')).toBe('Fredhäll');
    expect(selectedIdOf(s, 'ods')).toBeNull();
    expect(selectedIdOf(NO_SELECTION, 'stadsdel')).toBeNull();
  });

  it('compares kind and id', () => {
    expect(sameSelection({ kind: 'site', id: 'a' }, { kind: 'site', id: 'a' })).toBe(true);
    expect(sameSelection({ kind: 'site', id: 'a' }, { kind: 'walk', id: 'a' })).toBe(false);
    expect(sameSelection(NO_SELECTION, { kind: 'none' })).toBe(true);
  });
});
