interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  testId?: string;
}

/** A labelled whole-number input; what the user types is rounded and kept within [min, max]. */
export function NumberField({ label, value, min, max, step = 1, onChange, testId }: Props) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) =>
          onChange(Math.min(max, Math.max(min, Math.round(Number(e.currentTarget.value)) || min)))
        }
        data-testid={testId}
      />
    </label>
  );
}

/** A labelled select of years, newest first. */
export function YearSelect({
  value,
  years,
  onChange,
  testId,
}: {
  value: number;
  years: number[];
  onChange: (year: number) => void;
  testId?: string;
}) {
  return (
    <label>
      År
      <select
        value={String(value)}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
        data-testid={testId}
      >
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
