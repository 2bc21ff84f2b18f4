import {
  batch,
  computed,
  effect,
  signal,
  untracked,
  type ReadonlySignal,
  type Signal,
} from '@preact/signals';
import type { ComparisonRow } from '../../analysis/comparison';
import { dayNumber, formatDay, parseIsoDate } from '../../analysis/isoWeek';
import { meetingPeriod, type MeetingPeriod } from '../../analysis/meetingPeriod';
import type { DocStore } from '../../persistence/docStore';
import type {
  MeetingSeriesDocument,
  SavedViewDocument,
  ViewSequenceDocument,
} from '../../persistence/documents';
import type { WorkerClient } from '../../worker/client';
import type { PlaceTarget } from '../../worker/protocol';
import type { AppState } from '../appState';
import { defaultPeriodChoice, periodsOf, type PeriodChoice } from '../periodChoice';
import { readView } from '../viewHistory';
import { decodeView, encodeView } from '../viewUrl';
import { agendaItems, type AgendaItem } from './agenda';
import { seedDemoPlaces } from './demoPlaces';
import { createMeetingDocs, type MeetingDocs } from './meetingDocs';

/** What the meeting needs of `window` to show a saved view: the address and its history. */
export interface MeetingWindow {
  location: { pathname: string; search: string; hash: string };
  history: { pushState(data: unknown, unused: string, url: string): void };
  /** The view-history binding listens for 'popstate' and applies the address. */
  dispatchEvent(event: Event): boolean;
}

export type Slide =
  | { kind: 'agenda'; key: string; item: AgendaItem }
  | {
      kind: 'view';
      key: string;
      view: SavedViewDocument;
      sequence: ViewSequenceDocument;
      index: number;
    };

export interface MeetingState {
  docs: MeetingDocs;
  /** The group whose meeting this is; null is the first stored group. */
  seriesId: Signal<string | null>;
  series: ReadonlySignal<MeetingSeriesDocument | null>;
  period: ReadonlySignal<MeetingPeriod | null>;
  /** "Sedan förra mötet" as a period choice of the app. */
  periodChoice: ReadonlySignal<PeriodChoice | null>;
  agenda: ReadonlySignal<AgendaItem[]>;
  /** The stadsdelar of the group's stadsdelsområde (all when it has none), for the changes by area. */
  areas: ReadonlySignal<{ key: string; name: string }[]>;
  /** The comparison table of each agenda place and area for the app's period, by key. */
  counts: ReadonlySignal<Map<string, ComparisonRow[]>>;
  countsError: ReadonlySignal<string | null>;
  /** The demo's places are being written: "no group yet" would be said too early. */
  seeding: ReadonlySignal<boolean>;
  slides: ReadonlySignal<Slide[]>;
  current: ReadonlySignal<{ slide: Slide; index: number } | null>;
  today: () => number;
  /**
   * The day actions are late against: the calendar's today, not the data's last day. An export
   * that ended weeks ago must not hide a deadline that has passed since.
   */
  day: ReadonlySignal<number>;
  applyMeetingPeriod(): void;
  /** Starts (or moves) the presentation of the agenda at `key`, or at its first place. */
  present(key?: string): void;
  presentSequence(sequenceId: string, index?: number): void;
  /** The next (1) or previous (−1) slide; stays at either end. */
  go(delta: number): void;
  exit(): void;
  /** Saves the current view (its address) under `name`. */
  saveCurrentView(name: string): Promise<SavedViewDocument | null>;
}

const samePeriod = (a: PeriodChoice, b: PeriodChoice) => JSON.stringify(a) === JSON.stringify(b);

function localToday(now = new Date()): number {
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `seq:<id>:<n>` → the sequence id and the view's number; ids may contain colons. */
export function parseSequenceSlide(key: string): { id: string; index: number } | null {
  const m = /^seq:(.+):(\d+)$/s.exec(key);
  return m ? { id: m[1], index: Number(m[2]) } : null;
}

export interface MeetingOptions {
  docs: Promise<DocStore | null>;
  client: Pick<WorkerClient, 'placeCounts'>;
  win: MeetingWindow;
  author?: string;
  today?: () => number;
  now?: () => Date;
}

/**
 * The EST meeting: its group and dates, the period since the last meeting,
 * the agenda of places with their numbers, and the presentation, whose slide
 * is in the address (`state.meetingSlide`).
 */
export function createMeeting(state: AppState, options: MeetingOptions): MeetingState {
  const today = options.today ?? (() => localToday());
  const docs = createMeetingDocs(options.docs, options.author ?? 'EST-mötet', options.now);
  const { lists } = docs;
  const seriesId = signal<string | null>(null);

  const series = computed(() => {
    const all = lists.meetingSeries.value;
    return all.find((s) => s._id === seriesId.value) ?? all[0] ?? null;
  });

  const period = computed(() => {
    const s = series.value;
    if (!s) return null;
    const dates = s.dates.map((d) => parseIsoDate(d)).filter((d): d is number => d !== null);
    return meetingPeriod(dates, today(), state.offences.value?.lastDay ?? null);
  });

  const day = signal(today());

  const periodChoice = computed<PeriodChoice | null>(() => {
    const p = period.value;
    return p ? { kind: 'custom', current: p.current, previous: p.previous } : null;
  });

  const agenda = computed(() =>
    agendaItems(series.value?.agenda ?? [], lists.place.value, state.ods.value),
  );

  const areas = computed(() => {
    const district = series.value?.district ?? '';
    const all = state.stadsdelar.value;
    const mine = all.filter((a) => a.district === district);
    return (mine.length > 0 ? mine : all).map((a) => ({
      key: `stadsdel:${a.id}`,
      id: a.id,
      name: a.name,
    }));
  });

  const sequenceSlides = (sequenceId: string): Slide[] => {
    const sequence = lists.viewSequence.value.find((s) => s._id === sequenceId);
    if (!sequence) return [];
    const views = new Map(lists.savedView.value.map((v) => [v._id, v]));
    return sequence.viewIds.flatMap((id, index) => {
      const view = views.get(id);
      return view
        ? [{ kind: 'view' as const, key: `seq:${sequence._id}:${index}`, view, sequence, index }]
        : [];
    });
  };

  const slides = computed<Slide[]>(() => {
    const key = state.meetingSlide.value;
    const seq = key ? parseSequenceSlide(key) : null;
    if (seq) return sequenceSlides(seq.id);
    return agenda.value.map((item) => ({ kind: 'agenda' as const, key: item.key, item }));
  });

  const current = computed(() => {
    const key = state.meetingSlide.value;
    if (!key) return null;
    const index = slides.value.findIndex((s) => s.key === key);
    return index >= 0 ? { slide: slides.value[index], index } : null;
  });

  /** A saved view is applied the way Back applies an address: through the view-history binding. */
  const showSequenceSlide = (sequenceId: string, index: number) => {
    const slide = sequenceSlides(sequenceId)[index];
    if (!slide || slide.kind !== 'view') return;
    const { view } = decodeView(slide.view.url);
    const search = encodeView(
      { ...view, appView: 'meeting', meetingSlide: slide.key },
      options.win.location.search,
    );
    const { pathname, hash } = options.win.location;
    options.win.history.pushState(null, '', `${pathname}${search}${hash}`);
    options.win.dispatchEvent(new Event('popstate'));
  };

  const counts = signal(new Map<string, ComparisonRow[]>());
  const countsError = signal<string | null>(null);
  let generation = 0;
  effect(() => {
    if (state.appView.value !== 'meeting' || !state.offences.value) return;
    const targets: PlaceTarget[] = [
      ...agenda.value.map((a) => a.target),
      ...areas.value.map((a) => ({ key: a.key, kind: 'stadsdel' as const, areaId: a.id })),
    ];
    if (targets.length === 0) return;
    const mine = ++generation;
    options.client
      .placeCounts({ targets, periods: periodsOf(state.period.value), filter: state.filter.value })
      .then(
        (outcome) => {
          if (mine !== generation) return;
          if (outcome.ok) {
            counts.value = new Map(outcome.value.map((c) => [c.key, c.rows]));
            countsError.value = null;
          } else countsError.value = `Brotten per plats kunde inte räknas: ${outcome.message}`;
        },
        (e: unknown) => {
          countsError.value = `Brotten per plats kunde inte räknas: ${e instanceof Error ? e.message : String(e)}. Ladda om sidan.`;
        },
      );
  });

  // The demo's places and plans, once, when the demo's sites are the ones in use.
  let seeded = false;
  const seeding = signal(false);
  effect(() => {
    const sites = state.sites.value;
    if (seeded || sites.length === 0 || !state.demoRoles.value.includes('sites')) return;
    seeded = true;
    seeding.value = true;
    void docs.ready.then(async (store) => {
      try {
        if (store) await seedDemoPlaces(store, sites, options.now?.() ?? new Date());
        await docs.refresh();
      } catch (e) {
        console.error(e);
        docs.error.value = `Demoplatserna kunde inte läggas in: ${e instanceof Error ? e.message : String(e)}`;
      } finally {
        seeding.value = false;
      }
    });
  });

  const applyMeetingPeriod = () => {
    const p = periodChoice.peek();
    if (p) state.period.value = p;
  };

  // Opening the meeting view on the lägesbild's default period shows "since the last meeting" instead.
  let opened = false;
  effect(() => {
    if (state.appView.value !== 'meeting') {
      opened = false;
      return;
    }
    const p = periodChoice.value;
    const offences = state.offences.value;
    if (opened || !p || !offences) return;
    opened = true;
    if (
      samePeriod(
        untracked(() => state.period.value),
        defaultPeriodChoice(offences),
      )
    ) {
      state.period.value = p;
    }
  });

  return {
    docs,
    seriesId,
    series,
    period,
    periodChoice,
    agenda,
    areas,
    counts,
    countsError,
    seeding,
    slides,
    current,
    today,
    day,
    applyMeetingPeriod,
    present(key) {
      const first = key ?? agenda.peek()[0]?.key;
      if (!first) return;
      batch(() => {
        state.appView.value = 'meeting';
        state.meetingSlide.value = first;
      });
    },
    presentSequence(sequenceId, index = 0) {
      showSequenceSlide(sequenceId, index);
    },
    go(delta) {
      const now = current.peek();
      const list = slides.peek();
      if (!now || list.length === 0) return;
      const next = list[Math.min(list.length - 1, Math.max(0, now.index + delta))];
      if (next.key === now.slide.key) return;
      if (next.kind === 'view') showSequenceSlide(next.sequence._id, next.index);
      else state.meetingSlide.value = next.key;
    },
    exit() {
      state.meetingSlide.value = null;
    },
    saveCurrentView(name) {
      const url = encodeView({ ...untracked(() => readView(state)), meetingSlide: null });
      return docs.create('savedView', { name: name.trim() || `Vy ${formatDay(today())}`, url });
    },
  };
}
