import { describe, expect, it } from 'vitest';
import { dayNumber } from './isoWeek';
import { walkStatus } from './walkStatus';

const TODAY = dayNumber(2025, 10, 1);

describe('walk status', () => {
  it('calls a walk after today planned', () => {
    expect(walkStatus('2025-10-14', TODAY)).toBe('planned');
  });

  it('calls a walk before today done', () => {
    expect(walkStatus('2025-09-17', TODAY)).toBe('done');
  });

  it('calls a walk today today', () => {
    expect(walkStatus('2025-10-01', TODAY)).toBe('today');
  });

  it('has no status without a date', () => {
    expect(walkStatus('', TODAY)).toBeNull();
  });
});
