import { describe, expect, it } from 'vitest';
import { formatDay } from '../analysis/isoWeek';
import { UNKNOWN_MINUTE } from './offenceTable';
import { parseDateTime, parseTimeOfDay } from './parseDateTime';

const at = (text: string) => {
  const r = parseDateTime(text);
  return r.ok ? [formatDay(r.day), r.minute] : r.reason;
};

describe('parseDateTime', () => {
  it.each([
    ['2024-03-05', ['2024-03-05', UNKNOWN_MINUTE]],
    ['20240305', ['2024-03-05', UNKNOWN_MINUTE]],
    ['2024-03-05 21:40', ['2024-03-05', 1300]],
    ['2024-03-05T21:40:00', ['2024-03-05', 1300]],
    ['2024-03-05T21:40:00.250', ['2024-03-05', 1300]],
    ['2024-03-05 kl. 21.40', ['2024-03-05', 1300]],
    ['2024-03-05 klockan 21:40', ['2024-03-05', 1300]],
    ['2024-03-05 00:00:00', ['2024-03-05', 0]],
    ['2024-03-05T20:40:00Z', ['2024-03-05', 1300]],
    ['2024-07-05T23:30:00+00:00', ['2024-07-06', 90]],
  ])('reads %s', (text, want) => expect(at(text)).toEqual(want));

  it.each([
    ['', 'empty'],
    ['2023-02-29', 'calendar'],
    ['2024-13-01', 'calendar'],
    ['05/03/2024', 'ambiguous'],
    ['5.3.2024 21:40', 'ambiguous'],
    ['igår', 'format'],
  ])('refuses "%s" (%s)', (text, reason) => expect(at(text)).toBe(reason));

  it('keeps the date when its time does not exist, and says so', () => {
    expect(parseDateTime('2024-03-05 25:61')).toMatchObject({ ok: true, minute: UNKNOWN_MINUTE, timeInvalid: true });
  });
});

describe('parseTimeOfDay', () => {
  it.each([
    ['21:40', 1300],
    ['21.40', 1300],
    ['21:40:00', 1300],
    ['2140', 1300],
    ['9:05', 545],
    ['kl. 21.40', 1300],
    ['21', 1260],
    ['2024-03-05 21:40', 1300],
    ['', 'empty'],
    ['25:61', 'invalid'],
    ['24:00', 'invalid'],
    ['kväll', 'invalid'],
  ])('reads "%s" as %s', (text, want) => expect(parseTimeOfDay(text)).toBe(want));
});
