import { describe, expect, it } from 'vitest';
import { observationKind } from './protocol';

describe('an observation in the protocol', () => {
  it('gives a problem its priority', () => {
    expect(observationKind({ positive: false, priority: 'hög' })).toBe('Brist, prioritet hög');
  });

  it('gives a positive observation none', () => {
    expect(observationKind({ positive: true, priority: 'medel' })).toBe('Bra');
  });
});
