import type { Scope } from '../analysis/dashboard';
import { NO_SELECTION, type Selection } from './selection';
import { DEFAULT_VIEW, writeScope, type ViewState } from './viewUrl';

/** The ids of what is loaded, to check a link's scope and selection against. */
export interface LoadedIds {
  stadsdelar: { id: string; district: string }[];
  ods: { id: string }[];
  sites: { id: string }[];
  walks: { id: string }[];
}

function scopeExists(scope: Scope, data: LoadedIds): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'district':
      return data.stadsdelar.some((a) => a.district === scope.name);
    case 'stadsdel':
      return data.stadsdelar.some((a) => a.id === scope.id);
    case 'ods':
      return data.ods.some((a) => a.id === scope.id);
  }
}

/** Observations and actions live in the user's own documents, which a link cannot check. */
function selectionExists(selection: Selection, data: LoadedIds): boolean {
  const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
  switch (selection.kind) {
    case 'stadsdel':
      return has(data.stadsdelar, selection.id);
    case 'ods':
      return has(data.ods, selection.id);
    case 'site':
      return has(data.sites, selection.id);
    case 'walk':
      return has(data.walks, selection.id);
    default:
      return true;
  }
}

const SCOPE_WORDS: Record<Exclude<Scope['kind'], 'all'>, string> = {
  district: 'stadsdelsområde',
  stadsdel: 'område',
  ods: 'ÖDS-område',
};

const SELECTION_WORDS: Record<Exclude<Selection['kind'], 'none'>, string> = {
  stadsdel: 'området',
  ods: 'ÖDS-området',
  site: 'platsen',
  walk: 'vandringen',
  observation: 'observationen',
  action: 'åtgärden',
};

const scopeName = (s: Scope) =>
  s.kind === 'all' ? 'hela staden' : s.kind === 'district' ? s.name : s.id;

/** The default scope when loaded, else the first stadsdelsområde, else the whole city (as `validScope`). */
function fallbackScope(data: LoadedIds): Scope {
  if (scopeExists(DEFAULT_VIEW.scope, data)) return DEFAULT_VIEW.scope;
  const district = data.stadsdelar.find((a) => a.district)?.district;
  return district ? { kind: 'district', name: district } : { kind: 'all' };
}

/**
 * A link made with other files can name an area that is not loaded here: the
 * scope falls back to the default and the selection is dropped, each with a
 * sentence saying so, instead of an empty table.
 */
export function dropUnknownIds(
  view: ViewState,
  data: LoadedIds,
): { view: ViewState; problems: string[] } {
  const problems: string[] = [];
  let { scope, selection } = view;
  // The default scope is not the link's doing (the user's own areas may lack Kungsholmen).
  if (writeScope(scope) !== writeScope(DEFAULT_VIEW.scope) && !scopeExists(scope, data)) {
    const instead = fallbackScope(data);
    if (scope.kind !== 'all')
      problems.push(
        `Länken hade ett okänt ${SCOPE_WORDS[scope.kind]} "${scopeName(scope)}" – tabellerna visar ${scopeName(instead)} i stället.`,
      );
    scope = instead;
  }
  if (selection.kind !== 'none' && !selectionExists(selection, data)) {
    problems.push(
      `Länken markerade ${SELECTION_WORDS[selection.kind]} "${selection.id}", som inte finns i de laddade filerna – inget är markerat.`,
    );
    selection = NO_SELECTION;
  }
  return { view: problems.length > 0 ? { ...view, scope, selection } : view, problems };
}
