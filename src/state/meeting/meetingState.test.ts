import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { effect } from '@preact/signals';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayNumber } from '../../analysis/isoWeek';
import { openMemoryDocStore } from '../../persistence/memoryDocStore';
import { demoRequests } from '../../worker/demoRequests';
import { inProcessClient } from '../../worker/inProcessClient';
import { createLib } from '../../worker/lib';
import type { WorkspaceSummary } from '../../worker/protocol';
import { createAppState, type AppState } from '../appState';
import { bindViewToAddress, readView, type AddressBar } from '../viewHistory';
import { createMeeting, type MeetingState, type MeetingWindow } from './meetingState';

const DEMO = join(import.meta.dirname, '../../../data/demo');
const read = (name: string) => ({ name, text: readFileSync(join(DEMO, name), 'utf8') });
const TODAY = dayNumber(2026, 11, 29);

let summary: WorkspaceSummary;
const lib = createLib();
beforeAll(async () => {
  summary = await lib.addFiles(
    demoRequests({
      areas: read('stadsdelar.geojson'),
      ods: read('ods.geojson'),
      offences: read('offences.csv'),
      sites: read('platser.geojson'),
    }),
  );
});

/** The browser's address and history as the view binding and the meeting use them. */
function fakeWindow(): AddressBar & MeetingWindow {
  const listeners = new Set<() => void>();
  const searchOf = (url: string) => new URL(url, 'http://localhost').search;
  const win = {
    location: { pathname: '/', search: '', hash: '' },
    history: {
      pushState: (_d: unknown, _u: string, url: string) => (win.location.search = searchOf(url)),
      replaceState: (_d: unknown, _u: string, url: string) => (win.location.search = searchOf(url)),
    },
    addEventListener: (_t: 'popstate', l: () => void) => listeners.add(l),
    removeEventListener: (_t: 'popstate', l: () => void) => listeners.delete(l),
    dispatchEvent: (e: Event) => {
      if (e.type === 'popstate') listeners.forEach((l) => l());
      return true;
    },
  };
  return win;
}

/** Resolves when `get` gives a value that passes `done`. */
function until<T>(get: () => T, done: (v: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const stop = effect(() => {
      const v = get();
      if (done(v)) {
        queueMicrotask(() => stop());
        resolve(v);
      }
    });
  });
}

let dbCount = 0;
async function started(): Promise<{
  state: AppState;
  meeting: MeetingState;
  win: ReturnType<typeof fakeWindow>;
}> {
  const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
  const win = fakeWindow();
  bindViewToAddress(state, win);
  const meeting = createMeeting(state, {
    docs: Promise.resolve(openMemoryDocStore(`meeting-state-${++dbCount}`)),
    client: inProcessClient(lib),
    win,
    today: () => TODAY,
  });
  state.demoRoles.value = summary.demoRoles;
  state.ods.value = summary.ods;
  state.offences.value = summary.offences;
  state.datasets.value = summary.datasets;
  state.sites.value = summary.sites;
  state.status.value = { phase: 'ready', step: '', progress: 1 };
  await until(
    () => meeting.agenda.value.length,
    (n) => n > 0,
  );
  return { state, meeting, win };
}

describe('the EST meeting', () => {
  it('preloads the demo sites with their plans and the group meeting dates', async () => {
    const { meeting } = await started();
    const places = meeting.docs.lists.place.value;
    expect(places.map((p) => p.name)).toContain('Fridhemsplan');
    expect(places).toHaveLength(10);
    expect(places.find((p) => p._id === 'place:fridhemsplan')?.plan.length).toBeGreaterThan(0);
    expect(meeting.series.value?.name).toBe('EST Kungsholmen');
    expect(meeting.agenda.value.map((a) => a.key)).toEqual([
      'place:fridhemsplan',
      'ods:fridhemsplan-stadshagen-2024',
      'place:stadshagen',
      'place:kristinebergs-hornsbergs-strand',
      'place:sankt-goransparken',
      'place:john-bergs-plan',
    ]);
  });

  it('says it is still writing the demo places until the group is there to show', async () => {
    const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
    const meeting = createMeeting(state, {
      docs: Promise.resolve(openMemoryDocStore(`meeting-state-${++dbCount}`)),
      client: inProcessClient(lib),
      win: fakeWindow(),
      today: () => TODAY,
    });
    state.demoRoles.value = summary.demoRoles;
    state.sites.value = summary.sites;
    expect(meeting.seeding.value).toBe(true);
    await until(
      () => meeting.seeding.value,
      (busy) => !busy,
    );
    expect(meeting.docs.lists.meetingSeries.value.map((s) => s.name)).toContain('EST Kungsholmen');
  });

  it('counts deadlines against the calendar, not against the data that ended a year ago', async () => {
    const { meeting } = await started();
    // The period ends with the data (2025-10-26); a deadline passed since then is still late.
    expect(meeting.day.value).toBe(TODAY);
  });

  it('opens on the period since the last meeting, ending with the data', async () => {
    const { state, meeting } = await started();
    state.appView.value = 'meeting';
    // The demo's offences end 2025-10-26; the EST met every other Tuesday, last on 2025-10-14.
    expect(state.period.value).toEqual({
      kind: 'custom',
      current: { first: dayNumber(2025, 10, 14), last: dayNumber(2025, 10, 26) },
      previous: { first: dayNumber(2025, 10, 1), last: dayNumber(2025, 10, 13) },
    });
    expect(meeting.period.value?.endsWithData).toBe(true);
    const counts = await until(
      () => meeting.counts.value,
      (c) => c.size === 6,
    );
    expect(counts.get('place:fridhemsplan')?.[0].label).toBe('Totalt (exkl. skadegörelse)');
  });

  it('steps through the agenda, and stays at either end', async () => {
    const { state, meeting, win } = await started();
    meeting.present();
    expect(state.meetingSlide.value).toBe('place:fridhemsplan');
    meeting.go(-1);
    expect(state.meetingSlide.value).toBe('place:fridhemsplan');
    meeting.go(1);
    expect(meeting.current.value?.index).toBe(1);
    for (let i = 0; i < 10; i++) meeting.go(1);
    expect(state.meetingSlide.value).toBe('place:john-bergs-plan');
    await Promise.resolve();
    expect(win.location.search).toContain('slide=place:john-bergs-plan');
  });

  it('presents saved views in order, each applied as its address says', async () => {
    const { state, meeting, win } = await started();
    state.period.value = { kind: 'year', year: 2023 };
    const a = await meeting.saveCurrentView('År 2023');
    state.mapMode.value = 'hexagon';
    state.scope.value = { kind: 'ods', id: 'fridhemsplan-2021' };
    const b = await meeting.saveCurrentView('Fridhemsplan hexagoner');
    state.period.value = { kind: 'weeks', year: 2024, fromWeek: 1, toWeek: 43 };
    state.mapMode.value = 'areas';
    const seq = await meeting.docs.create('viewSequence', {
      name: 'EST',
      viewIds: [a!._id, b!._id],
    });
    meeting.presentSequence(seq!._id);
    expect(readView(state)).toMatchObject({
      appView: 'meeting',
      period: { kind: 'year', year: 2023 },
      mapMode: 'areas',
      meetingSlide: `seq:${seq!._id}:0`,
    });
    meeting.go(1);
    expect(readView(state)).toMatchObject({
      period: { kind: 'year', year: 2023 },
      mapMode: 'hexagon',
      scope: { kind: 'ods', id: 'fridhemsplan-2021' },
    });
    expect(win.location.search).toContain(`slide=seq:${seq!._id}:1`);
    meeting.exit();
    expect(state.meetingSlide.value).toBeNull();
  });

  it('records an action decided in the meeting on its place', async () => {
    const { meeting } = await started();
    await meeting.docs.create('action', {
      placeId: 'place:stadshagen',
      observationId: null,
      title: 'Klipp buskarna vid Stadshagsplan',
      responsible: 'Parkenheten',
      deadline: '2025-11-20',
      status: 'planerad',
      reason: '',
    });
    expect(
      meeting.docs.lists.action.value
        .filter((a) => a.placeId === 'place:stadshagen')
        .map((a) => a.title),
    ).toContain('Klipp buskarna vid Stadshagsplan');
  });
});
