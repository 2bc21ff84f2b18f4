import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../analysis/isoWeek';
import { isOverdue } from './overdue';

const TODAY = dayNumber(2025, 10, 20);

describe('isOverdue', () => {
  it('marks a planned or ongoing action whose deadline has passed', () => {
    expect(isOverdue({ deadline: '2025-10-19', status: 'planerad' }, TODAY)).toBe(true);
    expect(isOverdue({ deadline: '2025-01-31', status: 'pågår' }, TODAY)).toBe(true);
  });

  it('does not mark the deadline day itself or a later one', () => {
    expect(isOverdue({ deadline: '2025-10-20', status: 'planerad' }, TODAY)).toBe(false);
    expect(isOverdue({ deadline: '2025-11-15', status: 'pågår' }, TODAY)).toBe(false);
  });

  it('does not mark a done or declined action', () => {
    expect(isOverdue({ deadline: '2025-09-30', status: 'klar' }, TODAY)).toBe(false);
    expect(isOverdue({ deadline: '2025-09-30', status: 'avböjd' }, TODAY)).toBe(false);
  });

  it('reads a plan row without a status as still to do, and a "när" in words as no date', () => {
    expect(isOverdue({ deadline: '2025-10-01' }, TODAY)).toBe(true);
    expect(isOverdue({ deadline: 'Vår och höst' }, TODAY)).toBe(false);
    expect(isOverdue({ deadline: null, status: 'planerad' }, TODAY)).toBe(false);
  });
});
