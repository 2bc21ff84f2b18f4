import { describe, expect, it } from 'vitest';
import { newDocument } from '../../persistence/documents';
import { sequenceFromJson, sequenceToJson } from './sequenceTransfer';

const NOW = new Date('2025-10-20T08:00:00Z');
const view = (id: string, name: string, url: string) =>
  newDocument('savedView', { name, url }, { author: 'Anna', now: NOW, id });

describe('a sequence of saved views as a file', () => {
  it('keeps the order, the names and the addresses', () => {
    const views = [
      view('savedView:a', 'Kungsholmen', '?p=y2024'),
      view('savedView:b', 'Fridhemsplan', '?o=ods:fridhemsplan-2021&m=kde'),
    ];
    const sequence = newDocument(
      'viewSequence',
      { name: 'EST 14 okt', viewIds: ['savedView:b', 'savedView:a', 'savedView:gone'] },
      { author: 'Anna', now: NOW },
    );
    expect(sequenceFromJson(sequenceToJson(sequence, views, NOW), 'est.json')).toEqual({
      name: 'EST 14 okt',
      views: [
        { name: 'Fridhemsplan', url: '?o=ods:fridhemsplan-2021&m=kde' },
        { name: 'Kungsholmen', url: '?p=y2024' },
      ],
    });
  });

  it('refuses a view whose address is not a query string, naming the file and the view', () => {
    const text = JSON.stringify({
      format: 'lageskartan-vysekvens',
      version: 1,
      name: 'x',
      views: [{ name: 'a', url: 'javascript:alert(1)' }],
    });
    expect(() => sequenceFromJson(text, 'x.json')).toThrow(/x\.json: vy 1 saknar en adress/);
  });
});
