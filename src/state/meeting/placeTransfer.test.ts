import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../analysis/isoWeek';
import type { SiteFeature } from '../../data/parseOverlays';
import type { ActionDocument, PlaceDocument } from '../../persistence/documents';
import { demoActionDocuments, demoPlaceDocuments } from './demoPlaces';
import {
  actionsFromCsv,
  actionsToCsv,
  placesFromCsv,
  placesFromJson,
  placesToCsv,
  placesToJson,
} from './placeTransfer';

const NOW = new Date('2025-10-20T08:00:00Z');
const TODAY = dayNumber(2025, 10, 20);
const site = (id: string, position: [number, number]): SiteFeature => ({
  id,
  name: id,
  district: 'Kungsholmen',
  cadence: '4 gånger per år',
  responsible: 'SDF och LPO',
  kind: 'permanent',
  since: '2021',
  description: '',
  position,
});

/** The demo places, one with text that a spreadsheet would read as a formula or split. */
function places(): PlaceDocument[] {
  const list = demoPlaceDocuments(
    [site('fridhemsplan', [18.0297, 59.3325]), site('stadshagen', [18.0178, 59.3372])],
    NOW,
  );
  list[0].plan[0] = {
    ...list[0].plan[0],
    problem: '=HYPERLINK("http://x";"klicka")',
    cause: 'Flöden; "mörker"\noch buskage',
    goal: '-30 % våld',
    followUp: '@uppföljning',
  };
  list[1].geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [18.01, 59.33],
        [18.02, 59.33],
        [18.02, 59.34],
        [18.01, 59.33],
      ],
    ],
  };
  list[1].radius = 150;
  return list;
}

/** What a file carries: the store's bookkeeping (times, author, revision) is new on import. */
const contentOf = (p: PlaceDocument | ActionDocument) =>
  Object.fromEntries(
    Object.entries(p).filter(([k]) => !['createdAt', 'updatedAt', 'author', '_rev'].includes(k)),
  );

describe('places and their åtgärdsplaner as files', () => {
  it('come back from CSV with every field, formulas defused on the way', () => {
    const csv = placesToCsv(places(), TODAY);
    expect(csv.startsWith('\uFEFFplats_id;plats;')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`;'-30 % våld;`);
    expect(csv.split('\r\n')[1].split(';')[4]).toBe('18,029700');
    const back = placesFromCsv(csv, 'platser.csv', 'Anna', NOW);
    expect(back.map(contentOf)).toEqual(places().map(contentOf));
  });

  it('come back from JSON with the actions', () => {
    const actions = demoActionDocuments();
    const back = placesFromJson(placesToJson(places(), actions, NOW), 'platser.json');
    expect(back.places).toEqual(places());
    expect(back.actions).toEqual(actions);
  });

  it('refuses, naming the file and row, a status it does not know', () => {
    const csv = placesToCsv(places(), TODAY).replace(';pågår;\r\n', ';kanske;\r\n');
    expect(() => placesFromCsv(csv, 'platser.csv', 'Anna', NOW)).toThrow(
      /platser\.csv rad 2: okänd status "kanske"/,
    );
  });

  it('refuses a JSON file that is not ours, saying which file', () => {
    expect(() => placesFromJson('{"type":"FeatureCollection"}', 'karta.json')).toThrow(
      /karta\.json är ingen fil med platser/,
    );
  });

  it('round-trips the actions through CSV', () => {
    const actions = demoActionDocuments();
    const back = actionsFromCsv(
      actionsToCsv(actions, places(), TODAY),
      'åtgärder.csv',
      'Demodata',
      NOW,
    );
    expect(back.map(contentOf)).toEqual(actions.map(contentOf));
  });

  it('say "Försenad" for an action or plan row that is late, and read back without it', () => {
    const [late, ...rest] = demoActionDocuments();
    const actions = [{ ...late, deadline: '2025-10-01', status: 'pågår' as const }, ...rest];
    const lines = actionsToCsv(actions, places(), TODAY).split('\r\n');
    const column = lines[0].split(';').indexOf('läge');
    expect(lines.slice(1, -1).map((l) => l.split(';')[column])).toEqual([
      'Försenad',
      '',
      '',
      '',
      '',
    ]);
    const back = actionsFromCsv(lines.join('\r\n'), 'åtgärder.csv', 'Demodata', NOW);
    expect(back.map(contentOf)).toEqual(actions.map(contentOf));

    const list = places();
    list[0].plan[1] = { ...list[0].plan[1], when: '2025-09-30', status: 'planerad' };
    // `läge` is the last column; the first row's quoted cells hold semicolons of their own.
    const rows = placesToCsv(list, TODAY).split('\r\n');
    expect(rows[0].split(';').at(-1)).toBe('läge');
    expect(rows.slice(1, -1).map((r) => r.split(';').at(-1))).toEqual(['', 'Försenad', '', '']);
  });
});
