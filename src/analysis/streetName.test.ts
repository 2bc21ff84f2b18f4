import { describe, expect, it } from 'vitest';
import { streetName } from './streetName';

describe('the street of a place', () => {
  it('drops the house number, with a letter or a range', () => {
    expect(streetName('Sankt Eriksgatan 34B')).toBe('Sankt Eriksgatan');
    expect(streetName('Fleminggatan 10-12')).toBe('Fleminggatan');
  });

  it('keeps a place without a number, and gives nothing for an empty one', () => {
    expect(streetName('Fridhemsplan')).toBe('Fridhemsplan');
    expect(streetName('  ')).toBe('');
  });
});
