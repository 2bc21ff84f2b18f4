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
    ['2024-1-9', ['2024-01-09', UNKNOWN_MINUTE]],
    ['05.01.2024', ['2024-01-05', UNKNOWN_MINUTE]],
    ['5.3.2024 21:40', ['2024-03-05', 1300]],
    ['5 jan 2024', ['2024-01-05', UNKNOWN_MINUTE]],
    ['5 jan. 2024', ['2024-01-05', UNKNOWN_MINUTE]],
    ['5 januari 2024 kl. 21.40', ['2024-01-05', 1300]],
    ['12 okt 2024', ['2024-10-12', UNKNOWN_MINUTE]],
    ['3 May 2024', ['2024-05-03', UNKNOWN_MINUTE]],
  ])('reads %s', (text, want) => expect(at(text)).toEqual(want));

  it.each([
    ['', 'empty'],
    ['2023-02-29', 'calendar'],
    ['2024-13-01', 'calendar'],
    ['05/03/2024', 'ambiguous'],
    ['45292', 'format'],
    ['5 foo 2024', 'format'],
    ['31.02.2024', 'calendar'],
    ['igår', 'format'],
  ])('refuses "%s" (%s)', (text, reason) => expect(at(text)).toBe(reason));

  it('reads Excel serial days where the column is known to hold dates: 45292 = 2024-01-01', () => {
    const r = parseDateTime('45292', { serial: true });
    expect(r.ok && formatDay(r.day)).toBe('2024-01-01');
    const evening = parseDateTime('45292,75', { serial: true });
    expect(evening.ok && [formatDay(evening.day), evening.minute]).toEqual(['2024-01-01', 18 * 60]);
    expect(parseDateTime('12345', { serial: true })).toEqual({ ok: false, reason: 'format' });
  });

  it('reads slashed dates in the order it is given', () => {
    const dmy = parseDateTime('05/03/2024', { order: 'dmy' });
    const mdy = parseDateTime('05/03/2024', { order: 'mdy' });
    expect(dmy.ok && formatDay(dmy.day)).toBe('2024-03-05');
    expect(mdy.ok && formatDay(mdy.day)).toBe('2024-05-03');
  });

  it('keeps the date when its time does not exist, and says so', () => {
    expect(parseDateTime('2024-03-05 25:61')).toMatchObject({
      ok: true,
      minute: UNKNOWN_MINUTE,
      timeInvalid: true,
    });
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
