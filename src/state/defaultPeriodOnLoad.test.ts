import { describe, expect, it } from 'vitest';
import { dayNumber } from '../analysis/isoWeek';
import type { OffenceOverview } from '../worker/protocol';
import { createAppState } from './appState';
import { defaultPeriodOnLoad } from './defaultPeriodOnLoad';
import { DEFAULT_PERIOD } from './periodChoice';

const overview = (lastDay: number, demo: boolean): OffenceOverview => ({
  files: [demo ? 'offences.csv' : 'brott.csv'],
  rows: 100,
  firstDay: dayNumber(2024, 1, 1),
  lastDay,
  demo,
});
const DEMO = overview(dayNumber(2025, 10, 26), true);
/** Own offences up to Wednesday 12 March 2025: the latest full week is week 10. */
const OWN = overview(dayNumber(2025, 3, 12), false);

function loaded(first: OffenceOverview) {
  const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
  defaultPeriodOnLoad(state, first);
  state.offences.value = first;
  return state;
}

describe('the period when offences load', () => {
  it('opens the demo on the lägesbild weeks', () => {
    expect(loaded(DEMO).period.value).toEqual(DEFAULT_PERIOD);
  });

  it("moves to week 1 – the latest full week when the user's own offences replace the demo's", () => {
    const state = loaded(DEMO);
    defaultPeriodOnLoad(state, OWN);
    expect(state.period.value).toEqual({ kind: 'weeks', year: 2025, fromWeek: 1, toWeek: 10 });
  });

  it('keeps a period the user chose when more of their own offences arrive', () => {
    const state = loaded(OWN);
    state.period.value = { kind: 'year', year: 2024 };
    defaultPeriodOnLoad(state, overview(dayNumber(2025, 4, 30), false));
    expect(state.period.value).toEqual({ kind: 'year', year: 2024 });
  });

  it('keeps the period of the address (a shared link) when the offences first load', () => {
    const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
    state.period.value = { kind: 'year', year: 2023 };
    defaultPeriodOnLoad(state, OWN);
    expect(state.period.value).toEqual({ kind: 'year', year: 2023 });
  });

  it("opens the user's own offences on their default when the address sets no period", () => {
    expect(loaded(OWN).period.value).toEqual({
      kind: 'weeks',
      year: 2025,
      fromWeek: 1,
      toWeek: 10,
    });
  });

  it('follows new offences while the period is still the default', () => {
    const state = loaded(OWN);
    defaultPeriodOnLoad(state, overview(dayNumber(2025, 4, 30), false));
    expect(state.period.value).toEqual({ kind: 'weeks', year: 2025, fromWeek: 1, toWeek: 17 });
  });
});

describe('the period at the first load', () => {
  it('keeps a period from the address', () => {
    const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
    state.period.value = { kind: 'year', year: 2023 };
    defaultPeriodOnLoad(state, OWN);
    expect(state.period.value).toEqual({ kind: 'year', year: 2023 });
  });
});
