import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../analysis/isoWeek';
import { actionRecord, type RecordedAction } from './actionRecord';

const TODAY = dayNumber(2025, 10, 20);
const PLACES = new Map([['place:stadshagen', 'Stadshagen']]);

function action(id: string, fields: Partial<RecordedAction>): RecordedAction {
  return {
    _id: id,
    placeId: 'place:stadshagen',
    title: id,
    responsible: '',
    deadline: null,
    status: 'planerad',
    reason: '',
    ...fields,
  };
}

describe('actionRecord', () => {
  it('lists place, what, who, by when and status of a decision', () => {
    const [row] = actionRecord(
      [
        action('Klipp buskarna', {
          responsible: 'Parkenheten',
          deadline: '2025-11-20',
          status: 'pågår',
        }),
      ],
      PLACES,
      TODAY,
    );
    expect(row).toMatchObject({
      place: 'Stadshagen',
      title: 'Klipp buskarna',
      responsible: 'Parkenheten',
      deadline: 'tors 20 nov. 2025',
      status: 'Pågår',
      overdue: false,
    });
  });

  it('marks an open decision past its deadline as late', () => {
    const rows = actionRecord([action('Lampa', { deadline: '2025-10-17' })], PLACES, TODAY);
    expect(rows[0].overdue).toBe(true);
  });

  it('puts the open decisions first, soonest deadline first, then the done and declined', () => {
    const rows = actionRecord(
      [
        action('klar', { status: 'klar', deadline: '2025-09-01' }),
        action('utan datum', {}),
        action('sen', { deadline: '2025-12-01', status: 'pågår' }),
        action('snart', { deadline: '2025-10-25' }),
        action('avböjd', { status: 'avböjd', deadline: '2025-08-01' }),
      ],
      PLACES,
      TODAY,
    );
    expect(rows.map((r) => r.title)).toEqual(['snart', 'sen', 'utan datum', 'avböjd', 'klar']);
  });

  it('says why a declined decision was declined, and names a decision without a place', () => {
    const [row] = actionRecord(
      [action('Kamera', { status: 'avböjd', reason: ' Ej tillstånd ', placeId: null })],
      PLACES,
      TODAY,
    );
    expect(row).toMatchObject({ place: 'Ingen plats', status: 'Avböjd: Ej tillstånd' });
  });
});
