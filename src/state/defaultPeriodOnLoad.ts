import type { OffenceOverview } from '../worker/protocol';
import type { AppState } from './appState';
import { DEFAULT_PERIOD, defaultPeriodChoice, type PeriodChoice } from './periodChoice';

const same = (a: PeriodChoice, b: PeriodChoice) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The period follows the offences until the user picks one: when the
 * offences change from the demo's to the user's own (or back), or the period
 * shown is still the default of the offences before, it becomes the default
 * of the new ones. At the first load only a period the address did not set
 * follows, so a shared link (a saved view) keeps its period. Call before
 * `state.offences` is replaced.
 */
export function defaultPeriodOnLoad(state: AppState, next: OffenceOverview | null): void {
  if (!next) return;
  const before = state.offences.value;
  const follows = !before
    ? same(state.period.value, DEFAULT_PERIOD)
    : before.demo !== next.demo || same(state.period.value, defaultPeriodChoice(before));
  if (follows) state.period.value = defaultPeriodChoice(next);
}
