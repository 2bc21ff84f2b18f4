import { describe, expect, it } from 'vitest';
import { dropUnknownIds, type LoadedIds } from './viewIds';
import { DEFAULT_VIEW } from './viewUrl';

const DATA: LoadedIds = {
  stadsdelar: [
    { id: 'Fredhäll#3', district: 'Kungsholmen' },
    { id: 'Norrmalm#7', district: 'Norra innerstaden' },
  ],
  ods: [{ id: 'fridhemsplan-2021' }],
  sites: [{ id: 'plats-0' }],
  walks: [],
};

describe('a link checked against the loaded data', () => {
  it('keeps a scope and selection that exist', () => {
    const view = {
      ...DEFAULT_VIEW,
      scope: { kind: 'ods' as const, id: 'fridhemsplan-2021' },
      selection: { kind: 'stadsdel' as const, id: 'Fredhäll#3' },
    };
    expect(dropUnknownIds(view, DATA)).toEqual({ view, problems: [] });
  });

  it('drops what is not loaded, saying what and what is used instead', () => {
    const { view, problems } = dropUnknownIds(
      {
        ...DEFAULT_VIEW,
        scope: { kind: 'district', name: 'Rinkeby-Kista' },
        selection: { kind: 'walk', id: 'vandring-9' },
      },
      DATA,
    );
    expect(view).toEqual(DEFAULT_VIEW);
    expect(problems).toEqual([
      'Länken hade ett okänt stadsdelsområde "Rinkeby-Kista" – tabellerna visar Kungsholmen i stället.',
      'Länken markerade vandringen "vandring-9", som inte finns i de laddade filerna – inget är markerat.',
    ]);
  });

  it('does not blame a link for the default scope', () => {
    const none = { ...DATA, stadsdelar: [] };
    expect(dropUnknownIds(DEFAULT_VIEW, none).problems).toEqual([]);
  });
});
