import { describe, expect, it } from 'vitest';
import { meetingPlaceText, observationKind, protocolLine, routeCardLine } from './protocol';

describe('an observation in the protocol', () => {
  it('gives a problem its priority', () => {
    expect(observationKind({ positive: false, priority: 'hög' })).toBe('Brist, prioritet hög');
  });

  it('gives a positive observation none', () => {
    expect(observationKind({ positive: true, priority: 'medel' })).toBe('Bra');
  });
});

describe('the meeting point on the printed sheets', () => {
  const tapped = { name: '', position: [18.02954, 59.33221] as [number, number] };
  const walk = {
    date: '2024-10-15',
    startTime: '18:30',
    meetingPoint: tapped,
    organisers: [] as string[],
  };

  it('says where on the map a meeting point without a name was set', () => {
    expect(meetingPlaceText(tapped)).toBe('markerad på kartan (59,3322 N, 18,0295 E)');
  });

  it('gives the name when there is one', () => {
    expect(meetingPlaceText({ ...tapped, name: ' Fridhemsplans tunnelbana ' })).toBe(
      'Fridhemsplans tunnelbana',
    );
  });

  it('is missing when neither a name nor a place is set', () => {
    expect(meetingPlaceText({ name: ' ', position: null })).toBeNull();
  });

  it('puts the place set on the map on the route card', () => {
    expect(routeCardLine(walk)).toBe(
      '2024-10-15 kl. 18:30 · Samling: markerad på kartan (59,3322 N, 18,0295 E)',
    );
  });

  it('tells the route card reader that no meeting point is set yet', () => {
    expect(routeCardLine({ ...walk, meetingPoint: { name: '', position: null } })).toBe(
      '2024-10-15 kl. 18:30 · Samling: ej satt',
    );
  });

  it('heads the protocol with the meeting point and no empty part when no organiser is named', () => {
    expect(protocolLine(walk, 3)).toBe(
      '2024-10-15 kl. 18:30 · Samling: markerad på kartan (59,3322 N, 18,0295 E) · 3 observationer',
    );
  });

  it('leaves out what is not set from the protocol’s head', () => {
    const bare = {
      date: '',
      startTime: '',
      meetingPoint: { name: '', position: null },
      organisers: [],
    };
    expect(protocolLine(bare, 1)).toBe('Datum ej satt · 1 observation');
    expect(protocolLine({ ...bare, organisers: ['Kungsholmens SDF', 'Polisen'] }, 0)).toBe(
      'Datum ej satt · Kungsholmens SDF, Polisen · 0 observationer',
    );
  });
});
