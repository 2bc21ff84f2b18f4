import type { ViewPart } from '../viewUrl';

/** The walk panel's three steps: Planera, I fält, Efteråt. */
export type WalkTab = 'plan' | 'field' | 'after';
export const WALK_TABS: readonly WalkTab[] = ['plan', 'field', 'after'];

/** The walk in hand and its step; only the walk view has them, so other views write neither. */
export interface WalkAddress {
  id: string | null;
  mode: WalkTab;
}

export const DEFAULT_WALK_ADDRESS: WalkAddress = { id: null, mode: 'plan' };

/**
 * The walk view's keys of the address: `w` the walk document's id and `wm` the step, so a
 * reload or a link opens the same walk in the same step. Read only with `v=walk` (written
 * before them).
 */
export const WALK_PARTS: ViewPart[] = [
  {
    key: 'w',
    write: (v) => (v.appView === 'walk' ? (v.walk.id ?? '') : ''),
    read: (text, draft) => {
      if (draft.appView !== 'walk') return null;
      if (text === '') return 'väntade en vandrings id, t.ex. walk:…';
      draft.walk = { ...draft.walk, id: text };
      return null;
    },
  },
  {
    key: 'wm',
    write: (v) => (v.appView === 'walk' ? v.walk.mode : DEFAULT_WALK_ADDRESS.mode),
    read: (text, draft) => {
      if (draft.appView !== 'walk') return null;
      const mode = WALK_TABS.find((t) => t === text);
      if (!mode) return `inget känt steg (${WALK_TABS.join(', ')})`;
      draft.walk = { ...draft.walk, mode };
      return null;
    },
  },
];

/**
 * Walks live in the browser they were made in: a link to one opened elsewhere says so and how to
 * bring it over (the walk's own zip, or the whole backup).
 */
export function missingWalkProblem(id: string): string {
  return (
    `Vandringen ${id} finns inte på den här enheten (en vandring sparas i webbläsaren där den ` +
    'gjordes). Be om den som fil, ”Exportera hela vandringen”, och läs in den med ”Läs in ' +
    'vandring (zip)” – eller läs in en säkerhetskopia under Lägesbild › Data och filer.'
  );
}
