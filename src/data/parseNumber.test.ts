import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from './parseNumber';

describe('parseLocaleNumber', () => {
  it.each([
    ['6580123,4', 6580123.4],
    ['18,03', 18.03],
    ['6 580 123,4', 6580123.4],
    ['6\u00a0580\u00a0123,4', 6580123.4],
    ['6580123.4', 6580123.4],
    ['6,580,123.4', 6580123.4],
    ['6.580.123,4', 6580123.4],
    ['6,580,123', 6580123],
    ['\u221218,03', -18.03],
    ['1,234', 1.234],
  ])('reads "%s"', (text, want) => expect(parseLocaleNumber(text)).toBe(want));

  it.each(['', 'abc', '1,2,3', '12,34.5', '1.234.5', '65,81,763', '6580123 m'])(
    'refuses "%s"',
    (text) => expect(parseLocaleNumber(text)).toBeNaN(),
  );
});
