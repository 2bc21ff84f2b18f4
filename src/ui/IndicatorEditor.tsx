import type { IndicatorView } from '../worker/protocol';
import type { DatasetSummary } from '../worker/protocol';

interface Props {
  d: DatasetSummary;
  view: IndicatorView | null;
  onShow: (id: string, nameColumn?: number, valueColumn?: number) => void;
}

/** An indicator table (e.g. survey results per stadsdel) joined by name, with a report of what did not match. */
export function IndicatorEditor({ d, view, onShow }: Props) {
  const mine = view?.datasetId === d.id ? view : null;
  if (!mine) {
    return (
      <button type="button" class="link" onClick={() => onShow(d.id)} data-testid="show-indicator">
        Visa på kartan per område
      </button>
    );
  }
  const column = (label: string, value: number, set: (c: number) => void) => (
    <label>
      {label}
      <select value={String(value)} onChange={(e) => set(Number(e.currentTarget.value))}>
        {mine.header.map((h, i) => (
          <option key={i} value={String(i)}>
            {h || `Kolumn ${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="indicator" data-testid="indicator">
      <div class="dataset-options">
        {column('Områdesnamn i kolumn', mine.nameColumn, (c) => onShow(d.id, c, mine.valueColumn))}
        {column('Värde i kolumn', mine.valueColumn, (c) => onShow(d.id, mine.nameColumn, c))}
      </div>
      <p class="caption">
        {mine.values.length} områden fick ett värde.
        {mine.unmatchedRows.length > 0 &&
          ` Rader utan matchande område: ${mine.unmatchedRows.join(', ')}.`}
        {mine.unmatchedAreas.length > 0 &&
          ` ${mine.unmatchedAreas.length} områden utan rad${
            mine.unmatchedAreas.length <= 10
              ? `: ${mine.unmatchedAreas.join(', ')}`
              : `, t.ex. ${mine.unmatchedAreas.slice(0, 5).join(', ')}`
          }.`}
      </p>
    </div>
  );
}
