import { describe, expect, it } from 'vitest';
import { dayNumber } from '../analysis/isoWeek';
import type { WalkFeature } from '../data/parseOverlays';
import { walkLegendItems } from './walkLegend';

const walkOn = (date: string): WalkFeature => ({
  id: date,
  name: date,
  date,
  startTime: '18:00',
  organiser: '',
  district: '',
  meetingPoint: '',
  path: [],
  stops: [],
});

describe('the walk legend', () => {
  it('lists planned and done walks apart, not every walk as planned', () => {
    const items = walkLegendItems(
      [walkOn('2025-09-17'), walkOn('2026-04-22')],
      dayNumber(2025, 10, 1),
    );
    expect(items.map((i) => i.label)).toEqual([
      'Planerad trygghetsvandring',
      'Genomförd trygghetsvandring',
    ]);
  });

  it('has only "done" once every walk is past', () => {
    const items = walkLegendItems([walkOn('2025-09-17')], dayNumber(2027, 1, 1));
    expect(items.map((i) => i.label)).toEqual(['Genomförd trygghetsvandring']);
  });
});
