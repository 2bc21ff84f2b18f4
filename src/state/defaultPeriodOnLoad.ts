import type { OffenceOverview } from '../worker/protocol';
import type { AppState } from './appState';
import { DEFAULT_PERIOD, defaultPeriodChoice, type PeriodChoice } from './periodChoice';

const same = (a: PeriodChoice, b: PeriodChoice) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The period follows the offences until the user picks one: when the
 * offences change from the demo's to the user's own (or back), or the period
 * shown is still the default of the offences before, it becomes the default
 * of the new ones. At the first load, a period from the address (anything but
 * the app's start period) is the user's pick and stays. Call before
 * `state.offences` is replaced.
 */
export function defaultPeriodOnLoad(state: AppState, next: OffenceOverview | null): void {
  if (!next) return;
  const before = state.offences.value;
  const follows = before
    ? before.demo !== next.demo || same(state.period.value, defaultPeriodChoice(before))
    : same(state.period.value, DEFAULT_PERIOD);
  if (follows) state.period.value = defaultPeriodChoice(next);
}
