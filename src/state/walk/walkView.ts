import {
  computed,
  effect,
  signal,
  untracked,
  type ReadonlySignal,
  type Signal,
} from '@preact/signals';
import { spreadSuggestions, strongestAlongRoute } from '../../analysis/stopSuggestions';
import { duskTimes, type DuskTimes } from '../../analysis/sunTimes';
import { pointsNearPolyline, polylineLength, walkingMinutes } from '../../analysis/walkRoute';
import { projector } from '../../data/crs';
import type { ObservationDocument } from '../../persistence/documents';
import type { WalkSurroundingsResult } from '../../worker/protocol';
import type { AppState } from '../appState';
import { periodsOf } from '../periodChoice';
import type { ViewServices } from '../viewServices';
import { loadChecklists, saveChecklists, type Checklist } from './checklists';
import type { Fix } from './geolocation';
import {
  createWalkStore,
  DEFAULT_MINUTES_PER_STOP,
  DEFAULT_PACE_KMH,
  type WalkStore,
} from './walkStore';

import { missingWalkProblem, type WalkTab } from './walkUrl';

export type { WalkTab };
export type StopSuggestion = WalkSurroundingsResult['suggestions'][number];
/** A route through a busy district passes dozens of hot cells: the strongest few are listed first. */
export const SUGGESTIONS_SHOWN = 8;
/** What the next tap on the map places. */
export type MapTap = 'stop' | 'meeting' | 'observation' | null;

export interface RouteSummary {
  lengthMetres: number;
  minutes: number;
  dusk: DuskTimes | null;
}

export interface WalkView {
  store: WalkStore;
  tab: Signal<WalkTab>;
  /** Metres either side of the route for offences, observations and extents. */
  distance: Signal<number>;
  surroundings: Signal<WalkSurroundingsResult | null>;
  surroundingsError: Signal<string | null>;
  /** Stop suggestions, strongest first, none within 50 m of a stop of the walk or of each other. */
  suggestions: ReadonlySignal<StopSuggestion[]>;
  /** All suggestions are listed (and drawn), not only the strongest SUGGESTIONS_SHOWN. */
  allSuggestions: Signal<boolean>;
  /** The suggestions listed in the plan and drawn on the map: the strongest, in route order. */
  shownSuggestions: ReadonlySignal<StopSuggestion[]>;
  summary: ReadonlySignal<RouteSummary | null>;
  /** Observations from other walks within the distance of the current route. */
  earlierObservations: ReadonlySignal<ObservationDocument[]>;
  checklists: Signal<Checklist[]>;
  saveChecklists(lists: Checklist[]): void;
  fix: Signal<Fix | null>;
  locationError: Signal<string | null>;
  tap: Signal<MapTap>;
  /** The observation being written in the field. */
  openObservation: Signal<string | null>;
  /** The sheet the print stylesheet prints. */
  print: Signal<'card' | 'protocol' | null>;
}

const views = new WeakMap<object, WalkView>();
const CURRENT_KEY = 'lageskartan.walk.current';

/** One walk view per opened storage: switching views keeps what is under way. */
export function walkViewFor(state: AppState, services: ViewServices): WalkView {
  let view = views.get(services.docs);
  if (!view) {
    view = createWalkView(state, services, localStorage);
    views.set(services.docs, view);
  }
  return view;
}

export function createWalkView(
  state: AppState,
  services: ViewServices,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
): WalkView {
  const store = createWalkStore(services.docs);
  const exists = (id: string | null) => id !== null && store.walks.peek().some((w) => w._id === id);
  // The walk in hand is reopened after a reload or a killed tab: the address's walk (a link,
  // a reload), else the one last open in this browser.
  const remembered = storage.getItem(CURRENT_KEY);
  let loaded = false;
  void store.reload().then(() => {
    loaded = true;
    if (store.currentId.peek()) return;
    const linked = state.walkId.peek();
    if (exists(linked)) store.currentId.value = linked;
    else {
      if (linked !== null)
        state.linkProblems.value = [...state.linkProblems.peek(), missingWalkProblem(linked)];
      if (exists(remembered)) store.currentId.value = remembered;
    }
  });
  effect(() => {
    const id = store.currentId.value;
    if (id) storage.setItem(CURRENT_KEY, id);
    // Not before the walks are read: the address's walk must not be cleared while they load.
    if (loaded || id) state.walkId.value = id;
  });
  // Back and Forward (or a saved view) name another walk.
  effect(() => {
    const id = state.walkId.value;
    if (id !== untracked(() => store.currentId.value) && exists(id)) store.currentId.value = id;
  });
  const distance = signal(100);
  const surroundings = signal<WalkSurroundingsResult | null>(null);
  const surroundingsError = signal<string | null>(null);
  const checklists = signal(loadChecklists(storage));
  const toTm = projector('EPSG:4326', 'EPSG:3006');

  const summary = computed((): RouteSummary | null => {
    const walk = store.current.value;
    if (!walk) return null;
    const lengthMetres = polylineLength(walk.route.map((p) => toTm.forward(p)));
    return {
      lengthMetres,
      minutes: walkingMinutes(
        lengthMetres,
        walk.paceKmh ?? DEFAULT_PACE_KMH,
        walk.stops.length,
        walk.minutesPerStop ?? DEFAULT_MINUTES_PER_STOP,
      ),
      dusk: duskTimes(walk.date),
    };
  });

  const suggestions = computed(() => {
    const found = surroundings.value?.suggestions ?? [];
    const stops = (store.current.value?.stops ?? []).map((s) => toTm.forward(s.position));
    const planar = found.map((s) => ({ s, position: toTm.forward(s.position), weight: s.weight }));
    return spreadSuggestions(planar, stops).map((p) => p.s);
  });

  const allSuggestions = signal(false);
  const shownSuggestions = computed(() =>
    strongestAlongRoute(
      suggestions.value,
      allSuggestions.value ? suggestions.value.length : SUGGESTIONS_SHOWN,
    ),
  );

  const earlierObservations = computed(() => {
    const walk = store.current.value;
    if (!walk || walk.route.length === 0) return [];
    const others = store.observations.value.filter(
      (o) => o.walkId !== walk._id && o.position && !o.draft,
    );
    const planar = others.map((o) => toTm.forward(o.position as [number, number]));
    const near = pointsNearPolyline(
      planar.map((p) => p[0]),
      planar.map((p) => p[1]),
      planar.length,
      walk.route.map((p) => toTm.forward(p)),
      distance.value,
    );
    return near.map((i) => others[i]);
  });

  // What lies along the route, asked of the worker a moment after the route or choices settle.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asked = 0;
  effect(() => {
    const route = store.current.value?.route ?? [];
    const query = {
      route,
      distance: distance.value,
      period: periodsOf(state.period.value).current,
      filter: state.filter.value,
      privacyThreshold: state.privacyThreshold.value,
    };
    void state.datasets.value; // new files: ask again
    if (timer) clearTimeout(timer);
    if (route.length < 2) {
      surroundings.value = null;
      return;
    }
    const mine = ++asked;
    timer = setTimeout(() => {
      services.analysis.walkSurroundings(query).then(
        (outcome) => {
          if (mine !== asked) return;
          if (outcome.ok) {
            surroundings.value = outcome.value;
            surroundingsError.value = null;
          } else surroundingsError.value = `Omgivningen kunde inte beräknas: ${outcome.message}`;
        },
        (e: unknown) => {
          console.error(e);
          surroundingsError.value = `Omgivningen kunde inte beräknas: ${String(e)}`;
        },
      );
    }, 250);
  });

  return {
    store,
    tab: state.walkMode,
    distance,
    surroundings,
    surroundingsError,
    suggestions,
    allSuggestions,
    shownSuggestions,
    summary,
    earlierObservations,
    checklists,
    saveChecklists(lists) {
      checklists.value = lists;
      saveChecklists(storage, lists);
    },
    fix: signal(null),
    locationError: signal(null),
    tap: signal(null),
    openObservation: signal(null),
    print: signal(null),
  };
}
