/**
 * Observation categories as data: the common Swedish checklist for trygghetsvandringar and
 * BoTryggt2030's nine areas. The user may edit both; edits are kept on this device.
 */
export interface Checklist {
  id: string;
  name: string;
  categories: string[];
}

export const DEFAULT_CHECKLISTS: Checklist[] = [
  {
    id: 'vandring',
    name: 'Trygghetsvandring (vanlig lista)',
    categories: [
      'Belysning',
      'Buskage/skymd sikt',
      'Nedskräpning',
      'Klotter/skadegörelse',
      'Gångvägar och framkomlighet',
      'Trafik',
      'Människor och aktivitet',
      'Övrigt',
    ],
  },
  {
    id: 'botryggt2030',
    name: 'BoTryggt2030 (nio områden)',
    categories: [
      'Gestaltning',
      'Mix av funktioner',
      'Mix av människor',
      'Tydlighet',
      'Social kontroll',
      'Belysning',
      'Skalskydd',
      'Förvaltning',
      'Information',
    ],
  },
];

const KEY = 'lageskartan.checklists.v1';

/** The user's checklists, or the defaults when none are kept or they cannot be read. */
export function loadChecklists(storage: Pick<Storage, 'getItem'>): Checklist[] {
  const raw = storage.getItem(KEY);
  if (!raw) return DEFAULT_CHECKLISTS;
  try {
    const parsed = JSON.parse(raw) as Checklist[];
    const valid =
      Array.isArray(parsed) &&
      parsed.every(
        (c) =>
          typeof c.id === 'string' &&
          typeof c.name === 'string' &&
          Array.isArray(c.categories) &&
          c.categories.every((k) => typeof k === 'string'),
      );
    if (valid && parsed.length > 0) return parsed;
  } catch (e) {
    console.warn('Sparade checklistor kunde inte läsas; standardlistorna används.', e);
    return DEFAULT_CHECKLISTS;
  }
  console.warn('Sparade checklistor har fel form; standardlistorna används.');
  return DEFAULT_CHECKLISTS;
}

export function saveChecklists(storage: Pick<Storage, 'setItem'>, lists: Checklist[]): void {
  storage.setItem(KEY, JSON.stringify(lists));
}

/** One category per line, blank lines and repeats dropped: how the editor's text becomes a list. */
export function categoriesFromText(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    ),
  ];
}
