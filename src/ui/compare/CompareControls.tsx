import { batch } from '@preact/signals';
import { CATEGORIES } from '../../analysis/categories';
import { formatDay, parseIsoDate, type DayRange } from '../../analysis/isoWeek';
import type { Period } from '../../analysis/periods';
import { LINEAGE_LABELS } from '../../cli/extentsReport';
import type { CompareMode } from '../../state/compare/compareState';
import type { CompareState } from '../../state/compare/compareState';
import { ALL_SCENES, SCENES_IN_VIEW, type Comparison } from '../../worker/protocol';

const MODES: { id: CompareMode; label: string }[] = [
  { id: 'difference', label: 'Skillnad' },
  { id: 'swipe', label: 'Svep' },
  { id: 'side', label: 'Sida vid sida' },
];

function YearSelect({
  label,
  value,
  years,
  onChange,
  testId,
}: {
  label: string;
  value: number;
  years: number[];
  onChange: (year: number) => void;
  testId: string;
}) {
  return (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
        data-testid={testId}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

function PeriodFields({
  side,
  period,
  onChange,
}: {
  side: 'A' | 'B';
  period: Period;
  onChange: (range: DayRange) => void;
}) {
  const set = (end: 'first' | 'last', text: string) => {
    const day = parseIsoDate(text);
    if (day === null) return;
    const next = { first: period.first, last: period.last, [end]: day };
    if (next.first <= next.last) onChange(next);
  };
  return (
    <div class="compare-period">
      <span>Brott {side}</span>
      <input
        type="date"
        aria-label={`Period ${side}, första dag`}
        value={formatDay(period.first)}
        onChange={(e) => set('first', e.currentTarget.value)}
      />
      <span aria-hidden="true">–</span>
      <input
        type="date"
        aria-label={`Period ${side}, sista dag`}
        value={formatDay(period.last)}
        onChange={(e) => set('last', e.currentTarget.value)}
      />
    </div>
  );
}

/** Scene, the two years, the map's way of comparing, the headline's offences and the periods. */
export function CompareControls({
  compare,
  years,
  comparison,
}: {
  compare: CompareState;
  years: number[];
  comparison: Comparison;
}) {
  const setYears = (a: number, b: number) =>
    batch(() => {
      compare.yearA.value = Math.min(a, b);
      compare.yearB.value = Math.max(a, b);
      // The default periods follow the years; a period the user set is for the old years.
      compare.periods.value = { a: null, b: null };
    });
  const category = compare.category.value;
  const customPeriods = compare.periods.value.a !== null || compare.periods.value.b !== null;
  return (
    <section class="card compare-controls" aria-label="Vad som jämförs">
      <div class="compare-row">
        <YearSelect
          label="År A"
          value={comparison.yearA}
          years={years.filter((y) => y !== comparison.yearB)}
          onChange={(y) => setYears(y, comparison.yearB)}
          testId="compare-year-a"
        />
        <YearSelect
          label="År B"
          value={comparison.yearB}
          years={years.filter((y) => y !== comparison.yearA)}
          onChange={(y) => setYears(comparison.yearA, y)}
          testId="compare-year-b"
        />
        <label class="compare-scene">
          Scen
          <select
            value={comparison.scene}
            onChange={(e) => (compare.scene.value = e.currentTarget.value)}
            data-testid="compare-scene"
          >
            {comparison.scenes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({LINEAGE_LABELS[s.kind]})
              </option>
            ))}
            <option value={ALL_SCENES}>Alla scener</option>
            <option value={SCENES_IN_VIEW}>Scener i kartbilden</option>
          </select>
        </label>
      </div>
      <div class="compare-modes" role="group" aria-label="Kartan visar">
        {MODES.map((m) => (
          <button
            key={m.id}
            type="button"
            aria-pressed={compare.mode.value === m.id}
            data-testid={`compare-mode-${m.id}`}
            onClick={() => (compare.mode.value = m.id)}
          >
            {m.label}
          </button>
        ))}
      </div>
      <label class="compare-category">
        Slutsatsen gäller
        <select
          value={String(category)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            compare.category.value = v === 'all' ? 'all' : Number(v);
          }}
          data-testid="compare-category"
        >
          {CATEGORIES.map((c, i) => (
            <option key={c} value={String(i)}>
              {c}
            </option>
          ))}
          <option value="all">Alla brott</option>
        </select>
      </label>
      <details class="compare-periods">
        <summary>
          Perioder: {comparison.periods.a.label} mot {comparison.periods.b.label}
        </summary>
        <p class="caption">
          Brotten i A:s utbredning under period A mot brotten i B:s utbredning under period B.
          Standard: året före kartläggningen och kartläggningsåret, som i lägesbilden.
        </p>
        <PeriodFields
          side="A"
          period={comparison.periods.a}
          onChange={(a) => (compare.periods.value = { ...compare.periods.value, a })}
        />
        <PeriodFields
          side="B"
          period={comparison.periods.b}
          onChange={(b) => (compare.periods.value = { ...compare.periods.value, b })}
        />
        {customPeriods && (
          <button type="button" onClick={() => (compare.periods.value = { a: null, b: null })}>
            Standardperioder
          </button>
        )}
      </details>
    </section>
  );
}
