import { batch, effect, untracked, type Signal } from '@preact/signals';
import type { Scope } from '../analysis/dashboard';
import type { AppState } from './appState';
import { readCompareView } from './compare/compareState';
import { dropUnknownIds } from './viewIds';
import { DEFAULT_WALK_ADDRESS } from './walk/walkUrl';
import { changedKeys, decodeView, encodeView, type ViewState } from './viewUrl';

/** What the binding needs of `window`; tests pass a small fake. */
export interface AddressBar {
  location: { pathname: string; search: string; hash: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** A pan is written once the map has rested this long, not on every frame. */
export const CAMERA_WRITE_DELAY_MS = 300;

export function readView(state: AppState): ViewState {
  const mode = state.mapMode.value;
  return {
    appView: state.appView.value,
    camera: state.camera.value,
    period: state.period.value,
    filter: state.filter.value,
    scope: state.scope.value,
    mapMode: mode === 'indicator' ? 'areas' : mode,
    densityParams: state.densityParams.value,
    ringWidth: state.ringWidth.value,
    odsYears: state.odsYears.value,
    layers: state.layers.value,
    showRawPoints: state.showRawPoints.value,
    selection: state.selection.value,
    compare: readCompareView(state.compare),
    meetingSlide: state.meetingSlide.value,
    walk:
      state.appView.value === 'walk'
        ? { id: state.walkId.value, mode: state.walkMode.value }
        : DEFAULT_WALK_ADDRESS,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Only signals whose value differs are set, in one batch, so each query runs once. */
function applyView(state: AppState, view: ViewState): void {
  const set = <T>(s: Signal<T>, value: T) => {
    if (!sameValue(s.peek(), value)) s.value = value;
  };
  batch(() => {
    set(state.appView, view.appView);
    set(state.camera, view.camera);
    set(state.period, view.period);
    set(state.filter, view.filter);
    set(state.scope, view.scope);
    // The indicator mode reads as 'areas' in the address; the same address keeps it on.
    const mode = state.mapMode.peek();
    if ((mode === 'indicator' ? 'areas' : mode) !== view.mapMode)
      state.mapMode.value = view.mapMode;
    set(state.densityParams, view.densityParams);
    set(state.ringWidth, view.ringWidth);
    set(state.odsYears, view.odsYears);
    set(state.layers, view.layers);
    set(state.showRawPoints, view.showRawPoints);
    set(state.selection, view.selection);
    set(state.compare.yearA, view.compare.yearA);
    set(state.compare.yearB, view.compare.yearB);
    set(state.compare.scene, view.compare.scene);
    set(state.compare.mode, view.compare.mode);
    set(state.compare.category, view.compare.category);
    // Only the compare view's address has its periods: another view's keeps them for later.
    if (view.appView === 'compare') set(state.compare.periods, view.compare.periods);
    set(state.meetingSlide, view.meetingSlide);
    // Another view's address says nothing of the walk: the walk view keeps its walk for later.
    if (view.appView === 'walk') {
      set(state.walkId, view.walk.id);
      set(state.walkMode, view.walk.mode);
    }
  });
}

/** For whoever debugs in the console, and for the user in a notice (`linkProblems`). */
function report(state: AppState, problems: string[]): void {
  problems.forEach((p) => console.warn(p));
  if (problems.length > 0) state.linkProblems.value = [...state.linkProblems.peek(), ...problems];
}

/**
 * Keeps the view in the address. Call before the first query is sent: the
 * address is read once here, so the first computation already uses it.
 * Deliberate changes get their own history entry (Back undoes them); pans and
 * zooms only replace the current one. Returns a function that unbinds.
 */
export function bindViewToAddress(
  state: AppState,
  bar: AddressBar,
  cameraDelayMs = CAMERA_WRITE_DELAY_MS,
): () => void {
  const { location, history } = bar;
  const url = (search: string) => `${location.pathname}${search}${location.hash}`;
  /** What the current history entry says, as we wrote it. */
  let shown = '';
  let shownView: ViewState;
  let pendingCamera: ReturnType<typeof setTimeout> | undefined;
  /** Corrections (unknown ids, a canonical form) replace the entry instead of adding one. */
  let correcting = false;
  /**
   * True until the current task ends after a push: one click that sets two
   * signals (a row sets selection and scope) makes one history entry.
   */
  let pushedThisTask = false;

  const cancelCamera = () => {
    clearTimeout(pendingCamera);
    pendingCamera = undefined;
  };
  const write = (how: 'push' | 'replace', search: string, view: ViewState) => {
    if (how === 'push') history.pushState(null, '', url(search));
    else history.replaceState(null, '', url(search));
    shown = search;
    shownView = view;
  };

  /**
   * Sets the signals and rewrites the current entry, never adding one. Inside
   * an effect the write effect runs only afterwards, so the entry is written
   * here too; `correcting` covers the case where it runs at once.
   */
  const applyInPlace = (view: ViewState) => {
    correcting = true;
    try {
      applyView(state, view);
    } finally {
      correcting = false;
    }
    const now = untracked(() => readView(state));
    const search = encodeView(now, location.search);
    if (search !== shown) write('replace', search, now);
    else shownView = now;
  };

  /**
   * The scope the address asked for, until checked against the data: loading the files
   * already replaces a scope they lack (`validScope`), which must not hide that the link
   * named it.
   */
  let linkedScope: Scope | null = null;

  const dropUnknown = () => {
    const current = untracked(() => readView(state));
    const asLinked = linkedScope ? { ...current, scope: linkedScope } : current;
    linkedScope = null;
    const { view, problems } = dropUnknownIds(asLinked, {
      stadsdelar: state.stadsdelar.peek(),
      ods: state.ods.peek(),
      sites: state.sites.peek(),
      walks: state.walks.peek(),
    });
    report(state, problems);
    if (problems.length > 0) applyInPlace(view);
  };

  /** Sets the signals from the address (at start, Back, Forward) and writes it canonically. */
  const restore = () => {
    cancelCamera();
    shown = location.search;
    const { view, problems } = decodeView(location.search);
    linkedScope = view.scope;
    report(state, problems);
    applyInPlace(view);
    if (state.status.peek().phase === 'ready') dropUnknown();
  };

  restore();

  const stopWriting = effect(() => {
    const view = readView(state);
    const next = encodeView(view, location.search);
    cancelCamera();
    if (next === shown) return;
    if (correcting) {
      write('replace', next, view);
    } else if (changedKeys(next, shown).every((k) => k === 'c')) {
      pendingCamera = setTimeout(() => write('replace', next, view), cameraDelayMs);
    } else if (pushedThisTask) {
      write('replace', next, view);
    } else {
      // The entry being left keeps the camera the user had panned to.
      const left = encodeView({ ...shownView, camera: view.camera }, location.search);
      if (left !== shown) write('replace', left, { ...shownView, camera: view.camera });
      write('push', next, view);
      pushedThisTask = true;
      queueMicrotask(() => (pushedThisTask = false));
    }
  });

  /** Scope and selection are checked against the data once it has loaded. */
  let checked = false;
  const stopChecking = effect(() => {
    if (checked || state.status.value.phase !== 'ready') return;
    checked = true;
    dropUnknown();
  });

  bar.addEventListener('popstate', restore);
  return () => {
    cancelCamera();
    stopWriting();
    stopChecking();
    bar.removeEventListener('popstate', restore);
  };
}
