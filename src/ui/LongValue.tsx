import { SHOWN_VALUE_LENGTH, shortenValue } from '../data/shortenValue';

/**
 * A value from a file, shown whole when short; a long one (a 100 000-character
 * cell) is cut so it cannot push the controls beside it out of view, and the
 * whole value is one click away, in a box that scrolls.
 */
export function LongValue({ value }: { value: string }) {
  if (value.length <= SHOWN_VALUE_LENGTH) return <>{value}</>;
  return (
    <details class="long-value">
      <summary>{shortenValue(value)}</summary>
      <div class="long-value-whole" data-testid="long-value-whole">
        {value}
      </div>
    </details>
  );
}
