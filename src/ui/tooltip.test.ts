import { describe, expect, it } from 'vitest';
import { dayNumber } from '../analysis/isoWeek';
import type { WalkFeature } from '../data/parseOverlays';
import { walkText } from './tooltip';

const TODAY = dayNumber(2025, 10, 1);

const walk = (fields: Partial<WalkFeature>): WalkFeature => ({
  id: 'v',
  name: 'Fridhemsplan–Stadshagen',
  date: '',
  startTime: '',
  organiser: '',
  district: '',
  meetingPoint: '',
  path: [],
  stops: [],
  ...fields,
});

describe('the walk tooltip', () => {
  it('gives a planned walk its status, time, meeting point and organiser', () => {
    const planned = walk({
      date: '2026-04-22',
      startTime: '18:30',
      meetingPoint: 'Stadshagens tunnelbanestation',
      organiser: 'Kungsholmens SDF och polisen',
    });
    expect(walkText(planned, TODAY)).toBe(
      'Trygghetsvandring: Fridhemsplan–Stadshagen\nPlanerad 2026-04-22 kl. 18:30\nSamling: Stadshagens tunnelbanestation\nKungsholmens SDF och polisen',
    );
  });

  it("shows a phone's walk with only what it has: done, its time and its stops", () => {
    const recorded = walk({
      date: '2025-05-14',
      startTime: '18:30',
      stops: [
        { number: 1, name: 'Samling vid Fridhemsplan', position: [18.03, 59.332] },
        { number: 2, name: 'Mörk gångväg', position: [18.025, 59.33] },
      ],
    });
    expect(walkText(recorded, TODAY)).toBe(
      'Trygghetsvandring: Fridhemsplan–Stadshagen\nGenomförd 2025-05-14 kl. 18:30\nStopp: 1. Samling vid Fridhemsplan, 2. Mörk gångväg',
    );
  });

  it('never shows an empty "kl. , samling"', () => {
    expect(walkText(walk({}), TODAY)).toBe('Trygghetsvandring: Fridhemsplan–Stadshagen');
  });
});
