import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayNumber } from '../analysis/isoWeek';
import type { AreaSummary } from '../data/areaLayers';
import { createAppState, type AppState } from './appState';
import { bindViewToAddress, CAMERA_WRITE_DELAY_MS, readView, type AddressBar } from './viewHistory';
import { validScope } from './validScope';
import { DEFAULT_VIEW } from './viewUrl';

/** A browser's address bar and session history, as far as the binding uses them. */
function fakeBrowser(initialSearch = '') {
  const entries = [initialSearch];
  let index = 0;
  const listeners = new Set<() => void>();
  const searchOf = (url: string) => new URL(url, 'http://localhost').search;
  const bar: AddressBar = {
    location: { pathname: '/app/', search: initialSearch, hash: '' },
    history: {
      pushState: (_data, _unused, url) => {
        entries.splice(index + 1, entries.length, searchOf(url));
        index++;
        bar.location.search = entries[index];
      },
      replaceState: (_data, _unused, url) => {
        entries[index] = searchOf(url);
        bar.location.search = entries[index];
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const go = (delta: number) => {
    index += delta;
    bar.location.search = entries[index];
    listeners.forEach((l) => l());
  };
  return {
    bar,
    length: () => entries.length,
    back: () => go(-1),
    forward: () => go(1),
  };
}

/** Separate user actions come in separate tasks; one task's changes make one entry. */
const nextTask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

const newState = () => createAppState({ basemap: 'offline', lantmaterietKey: '' });

function area(id: string, district: string): AreaSummary {
  return {
    id,
    name: id.split('#')[0],
    district,
    hectares: 1,
    geometry: { type: 'Polygon', coordinates: [] },
    labelPosition: [18, 59.3],
  };
}

/** What the workspace does when the files have loaded. */
function loadAreas(state: AppState, ids: string[]): void {
  state.stadsdelar.value = ids.map((id) => area(id, 'Kungsholmen'));
  state.status.value = { phase: 'ready', step: 'Klart', progress: 1 };
}

describe('binding the view to the address', () => {
  let unbind: (() => void) | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unbind?.();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('starts from the same view as the codec default, so the start address is clean', () => {
    expect(readView(newState())).toEqual(DEFAULT_VIEW);
  });

  it('sets the signals from the address before anything else runs', () => {
    const { bar } = fakeBrowser('?p=y2023&m=hexagon&s=stadsdel:Fredh%C3%A4ll%233');
    const state = newState();
    unbind = bindViewToAddress(state, bar);
    expect(state.period.value).toEqual({ kind: 'year', year: 2023 });
    expect(state.mapMode.value).toBe('hexagon');
    expect(state.selection.value).toEqual({ kind: 'stadsdel', id: 'Fredhäll#3' });
  });

  it('rewrites a garbled address in place, with a warning, without a new entry', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const browser = fakeBrowser('?m=satellite&r=250');
    unbind = bindViewToAddress(newState(), browser.bar);
    expect(browser.bar.location.search).toBe('?r=250');
    expect(browser.length()).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Adressens m=satellite/));
  });

  it('adds a history entry for a deliberate change', () => {
    const browser = fakeBrowser();
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    state.period.value = { kind: 'year', year: 2023 };
    expect(browser.bar.location.search).toBe('?p=y2023');
    expect(browser.length()).toBe(2);
  });

  it('makes one entry for one click that sets two signals', async () => {
    const browser = fakeBrowser();
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    state.selection.value = { kind: 'stadsdel', id: 'Fredhäll#3' };
    state.scope.value = { kind: 'stadsdel', id: 'Fredhäll#3' };
    await nextTask();
    state.period.value = { kind: 'year', year: 2023 };
    expect(browser.length()).toBe(3);
    browser.back();
    expect(state.selection.value).toEqual({ kind: 'stadsdel', id: 'Fredhäll#3' });
    expect(state.scope.value).toEqual({ kind: 'stadsdel', id: 'Fredhäll#3' });
  });

  it('replaces the entry for a pan, once the map has rested', () => {
    const browser = fakeBrowser();
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    for (let k = 0; k < 5; k++) {
      state.camera.value = { lon: 18 + k / 100, lat: 59.33, zoom: 13 };
      vi.advanceTimersByTime(CAMERA_WRITE_DELAY_MS / 2);
    }
    expect(browser.bar.location.search).toBe('');
    vi.advanceTimersByTime(CAMERA_WRITE_DELAY_MS);
    expect(browser.bar.location.search).toBe('?c=18.04,59.33,13');
    expect(browser.length()).toBe(1);
  });

  it('goes back and forward between deliberate changes', async () => {
    const browser = fakeBrowser();
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    state.period.value = { kind: 'year', year: 2023 };
    await nextTask();
    state.mapMode.value = 'kde';
    browser.back();
    expect(state.period.value).toEqual({ kind: 'year', year: 2023 });
    expect(state.mapMode.value).toBe('areas');
    browser.back();
    expect(state.period.value).toEqual(DEFAULT_VIEW.period);
    browser.forward();
    expect(state.period.value).toEqual({ kind: 'year', year: 2023 });
    expect(browser.length()).toBe(3);
  });

  it('after Back, a new change leaves the entry it came from as it was', async () => {
    const browser = fakeBrowser();
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    state.period.value = { kind: 'year', year: 2023 };
    await nextTask();
    browser.back();
    state.mapMode.value = 'kde';
    expect(browser.bar.location.search).toBe('?m=kde');
    browser.back();
    expect(browser.bar.location.search).toBe('');
    expect(state.period.value).toEqual(DEFAULT_VIEW.period);
  });

  it('keeps the panned camera in the entry that a deliberate change leaves', () => {
    const browser = fakeBrowser();
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    state.camera.value = { lon: 18.01, lat: 59.33, zoom: 14 };
    state.period.value = { kind: 'year', year: 2023 };
    expect(browser.bar.location.search).toBe('?c=18.01,59.33,14&p=y2023');
    browser.back();
    expect(browser.bar.location.search).toBe('?c=18.01,59.33,14');
    expect(state.period.value).toEqual(DEFAULT_VIEW.period);
  });

  it('keeps a linked area that is in the data, selected', () => {
    const browser = fakeBrowser('?s=stadsdel:Fredh%C3%A4ll%233');
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    loadAreas(state, ['Kungsholmen#0', 'Fredhäll#3']);
    expect(state.selection.value).toEqual({ kind: 'stadsdel', id: 'Fredhäll#3' });
  });

  it('drops a linked area that the loaded data lacks, with a warning and no new entry', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const browser = fakeBrowser('?p=y2023&s=stadsdel:Atlantis&o=stadsdel:Atlantis');
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    loadAreas(state, ['Kungsholmen#0', 'Fredhäll#3']);
    expect(state.selection.value).toEqual({ kind: 'none' });
    expect(state.scope.value).toEqual(DEFAULT_VIEW.scope);
    expect(browser.bar.location.search).toBe('?p=y2023');
    expect(browser.length()).toBe(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"Atlantis"'));
  });

  it('tells the user what a link asked for that could not be shown, not only the console', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const browser = fakeBrowser('?m=satellite&o=district:Atlantis');
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    expect(state.linkProblems.value).toEqual([expect.stringMatching(/^Adressens m=satellite/)]);
    // As the workspace does: loading the files replaces a scope they lack, before "ready".
    state.stadsdelar.value = [area('Kungsholmen#0', 'Kungsholmen')];
    state.scope.value = validScope(state.scope.value, state.stadsdelar.value, []);
    loadAreas(state, ['Kungsholmen#0', 'Fredhäll#3']);
    expect(state.linkProblems.value[1]).toBe(
      'Länken hade ett okänt stadsdelsområde "Atlantis" – tabellerna visar Kungsholmen i stället.',
    );
  });

  it('sets the compare periods from the address', () => {
    const browser = fakeBrowser('?v=compare&pb=2022-03-01..2023-02-28');
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    expect(state.compare.periods.value).toEqual({
      a: null,
      b: { first: dayNumber(2022, 3, 1), last: dayNumber(2023, 2, 28) },
    });
  });

  it('keeps the compare periods through Back to another view, and writes them again on return', async () => {
    const browser = fakeBrowser('?v=compare&pa=2020-03-01..2021-02-28');
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    const periods = state.compare.periods.value;
    state.appView.value = 'dashboard';
    expect(browser.bar.location.search).toBe('');
    await nextTask();
    state.appView.value = 'walk';
    browser.back();
    expect(state.compare.periods.value).toBe(periods);
    state.appView.value = 'compare';
    expect(browser.bar.location.search).toBe('?v=compare&pa=2020-03-01..2021-02-28');
  });

  it('leaves the indicator mode on when the address says areas', () => {
    const browser = fakeBrowser();
    const state = newState();
    unbind = bindViewToAddress(state, browser.bar);
    state.period.value = { kind: 'year', year: 2023 };
    state.mapMode.value = 'indicator';
    expect(browser.length()).toBe(2);
    browser.back();
    browser.forward();
    expect(state.mapMode.value).toBe('indicator');
  });
});
