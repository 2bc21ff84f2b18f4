import type { Signal } from '@preact/signals';
import type { WeekSelection } from '../state/appState';

interface Props {
  weeks: Signal<WeekSelection>;
  years: number[];
}

const clampWeek = (v: number) => Math.min(53, Math.max(1, Math.round(v) || 1));

/** "Vecka från–till, år mot samma veckor året före", the period form of the lägesbild tables. */
export function PeriodControls({ weeks, years }: Props) {
  const w = weeks.value;
  const update = (patch: Partial<WeekSelection>) => {
    const next = { ...w, ...patch };
    if (next.fromWeek > next.toWeek) next.toWeek = next.fromWeek;
    weeks.value = next;
  };
  return (
    <fieldset class="card period">
      <legend>Period</legend>
      <label>
        År
        <select
          value={String(w.year)}
          onChange={(e) => update({ year: Number(e.currentTarget.value) })}
          data-testid="year"
        >
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        Vecka från
        <input
          type="number"
          min={1}
          max={53}
          value={w.fromWeek}
          onChange={(e) => update({ fromWeek: clampWeek(Number(e.currentTarget.value)) })}
        />
      </label>
      <label>
        till
        <input
          type="number"
          min={1}
          max={53}
          value={w.toWeek}
          onChange={(e) => update({ toWeek: clampWeek(Number(e.currentTarget.value)) })}
          data-testid="to-week"
        />
      </label>
      <p class="caption">Jämförs med samma veckor {w.year - 1} (ISO-veckor).</p>
    </fieldset>
  );
}
