import { describe, expect, it } from 'vitest';
import { newDocument, type PlaceDocument, type PlanRow } from '../../persistence/documents';
import { DEFAULT_PRIORITY_AREA, planSummary } from './planSummary';

const row = (fields: Partial<PlanRow>): PlanRow => ({
  problem: '',
  cause: '',
  action: '',
  goal: '',
  when: '',
  who: '',
  followUp: '',
  ...fields,
});

const place = (id: string, plan: PlanRow[]): PlaceDocument =>
  newDocument(
    'place',
    {
      name: id,
      kind: 'platssamverkan',
      geometry: { type: 'Point', coordinates: [18, 59] },
      members: [],
      cadence: '',
      responsible: '',
      plan,
    },
    { author: 'test', id: `place:${id}` },
  );

describe('the åtgärdsplan summary per priority area', () => {
  it('counts problems and causes once per text, actions per row, and the done ones', () => {
    const summary = planSummary([
      place('a', [
        row({
          priorityArea: 'Narkotika',
          problem: 'Drogscen',
          cause: 'Flöden',
          action: 'X',
          status: 'klar',
        }),
        row({
          priorityArea: 'Narkotika',
          problem: 'drogscen ',
          cause: 'Mörker',
          action: 'Y',
          status: 'pågår',
        }),
      ]),
      place('b', [
        row({ priorityArea: 'Narkotika', problem: 'Försäljning', cause: 'Flöden', action: 'Z' }),
        row({ problem: 'Nedskräpning', cause: '', action: '' }),
      ]),
    ]);
    expect(summary).toEqual([
      { priorityArea: 'Narkotika', places: 2, problems: 2, causes: 2, actions: 3, done: 1 },
      {
        priorityArea: DEFAULT_PRIORITY_AREA,
        places: 1,
        problems: 1,
        causes: 0,
        actions: 0,
        done: 0,
      },
    ]);
  });

  it('follows an edit: a row set to klar is counted as done', () => {
    const before = place('a', [row({ problem: 'P', cause: 'C', action: 'A', status: 'pågår' })]);
    const after = { ...before, plan: [{ ...before.plan[0], status: 'klar' as const }] };
    expect(planSummary([before])[0].done).toBe(0);
    expect(planSummary([after])[0].done).toBe(1);
  });
});
