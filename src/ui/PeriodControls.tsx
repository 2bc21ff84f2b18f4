import type { Signal } from '@preact/signals';
import {
  dayNumber,
  formatDay,
  isoWeeksInYear,
  parseIsoDate,
  type DayRange,
} from '../analysis/isoWeek';
import { weeksChoice, type PeriodChoice, type WeeksChoice } from '../state/periodChoice';
import { NumberField, YearSelect } from './NumberField';

interface Props {
  period: Signal<PeriodChoice>;
  years: number[];
  lastDay: number;
  /** The period the data opens on (`defaultPeriodChoice`), also used when "vecka 1–N" is chosen. */
  dataDefault: WeeksChoice;
}

const KIND_LABELS: Record<PeriodChoice['kind'], string> = {
  weeks: 'Vecka 1–N i år mot samma veckor i fjol',
  fortnight: 'Senaste 14 dagarna mot de 14 före (EST)',
  year: 'Helt år mot året före',
  custom: 'Egna datum',
};

function defaultFor(
  kind: PeriodChoice['kind'],
  years: number[],
  lastDay: number,
  dataDefault: WeeksChoice,
): PeriodChoice {
  const year = years[0] ?? 2024;
  switch (kind) {
    case 'weeks':
      return dataDefault;
    case 'fortnight':
      return { kind, lastDay };
    case 'year':
      return { kind, year: years.find((y) => dayNumber(y, 12, 31) <= lastDay) ?? year };
    case 'custom':
      return {
        kind,
        current: { first: lastDay - 29, last: lastDay },
        previous: { first: lastDay - 29 - 365, last: lastDay - 365 },
      };
  }
}

function DateRangeInput({
  label,
  range,
  onChange,
}: {
  label: string;
  range: DayRange;
  onChange: (r: DayRange) => void;
}) {
  const set = (key: keyof DayRange, text: string) => {
    const day = parseIsoDate(text);
    if (day !== null) onChange({ ...range, [key]: day });
  };
  return (
    <div class="date-range">
      <span>{label}</span>
      <input
        type="date"
        value={formatDay(range.first)}
        onChange={(e) => set('first', e.currentTarget.value)}
      />
      –
      <input
        type="date"
        value={formatDay(range.last)}
        onChange={(e) => set('last', e.currentTarget.value)}
      />
    </div>
  );
}

/** The presets the lägesbild and the EST meeting use, plus free dates. */
export function PeriodControls({ period, years, lastDay, dataDefault }: Props) {
  const p = period.value;
  return (
    <fieldset class="card period">
      <legend>Period</legend>
      <label class="wide">
        Jämförelse
        <select
          value={p.kind}
          onChange={(e) =>
            (period.value = defaultFor(
              e.currentTarget.value as PeriodChoice['kind'],
              years,
              lastDay,
              dataDefault,
            ))
          }
          data-testid="period-kind"
        >
          {Object.entries(KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {p.kind === 'weeks' && (
        <>
          <YearSelect
            value={p.year}
            years={years}
            onChange={(year) => (period.value = weeksChoice(year, p.fromWeek, p.toWeek))}
            testId="year"
          />
          <NumberField
            label="Vecka från"
            value={p.fromWeek}
            min={1}
            max={isoWeeksInYear(p.year)}
            onChange={(fromWeek) =>
              (period.value = weeksChoice(p.year, fromWeek, Math.max(fromWeek, p.toWeek)))
            }
          />
          <NumberField
            label="till"
            value={p.toWeek}
            min={1}
            max={isoWeeksInYear(p.year)}
            onChange={(toWeek) =>
              (period.value = weeksChoice(p.year, Math.min(toWeek, p.fromWeek), toWeek))
            }
            testId="to-week"
          />
          <p class="caption">ISO-veckor, jämförs med samma veckor {p.year - 1}.</p>
        </>
      )}
      {p.kind === 'fortnight' && (
        <label>
          Till och med
          <input
            type="date"
            value={formatDay(p.lastDay)}
            onChange={(e) => {
              const day = parseIsoDate(e.currentTarget.value);
              if (day !== null) period.value = { kind: 'fortnight', lastDay: day };
            }}
          />
        </label>
      )}
      {p.kind === 'year' && (
        <YearSelect
          value={p.year}
          years={years}
          onChange={(year) => (period.value = { kind: 'year', year })}
          testId="year"
        />
      )}
      {p.kind === 'custom' && (
        <>
          <DateRangeInput
            label="Period"
            range={p.current}
            onChange={(current) => (period.value = { ...p, current })}
          />
          <DateRangeInput
            label="Jämfört med"
            range={p.previous}
            onChange={(previous) => (period.value = { ...p, previous })}
          />
        </>
      )}
    </fieldset>
  );
}
