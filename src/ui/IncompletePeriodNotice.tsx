import type { Signal } from '@preact/signals';
import type { DayRange } from '../analysis/isoWeek';
import { incompletePeriod } from '../analysis/periodCoverage';
import { periodsOf, type PeriodChoice } from '../state/periodChoice';

interface Props {
  period: Signal<PeriodChoice>;
  /** First and last day of the offences in use. */
  data: DayRange;
}

/** Says when the period compared runs past the data, and offers the same dates a year earlier. */
export function IncompletePeriodNotice({ period, data }: Props) {
  const incomplete = incompletePeriod(periodsOf(period.value), data);
  if (!incomplete) return null;
  const offer = incomplete.sameDatesYearBefore;
  return (
    <div class="period-notice" role="status" data-testid="incomplete-period">
      <p>{incomplete.message}</p>
      {offer && (
        <button
          type="button"
          onClick={() => (period.value = { kind: 'custom', ...offer })}
          data-testid="same-dates-last-year"
        >
          Jämför samma datum i fjol
        </button>
      )}
    </div>
  );
}
