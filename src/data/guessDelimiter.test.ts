import { describe, expect, it } from 'vitest';
import { guessDelimiter } from './guessDelimiter';

describe('guessDelimiter', () => {
  it('picks semicolon, comma or tab from the header and the rows that repeat it', () => {
    expect(guessDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(guessDelimiter('a,b,c\n1,"2,5",3\n')).toBe(',');
    expect(guessDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
  });

  it('follows quotes across line breaks', () => {
    expect(guessDelimiter('a;b;c\n1;"x,\ny,z,w";3\n2;"q";4\n')).toBe(';');
  });

  it('prefers semicolon on a tie, as Swedish exports use it', () => {
    expect(guessDelimiter('a;b,c\n')).toBe(';');
  });
});
