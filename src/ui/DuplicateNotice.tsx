import type { DuplicateReport } from '../data/parseOffencesCsv';
import { formatCount } from './format';

/** Rows pasted twice (same ärendenummer, same values) are counted twice until the user drops them. */
export function DuplicateNotice({
  duplicates,
  onDrop,
}: {
  duplicates: DuplicateReport;
  onDrop: (drop: boolean) => void;
}) {
  const { count, dropped, example } = duplicates;
  const where = example
    ? `, t.ex. rad ${example.line} (ärende ${example.id}) som upprepar rad ${example.firstLine}`
    : '';
  return (
    <div class="warning" data-testid="duplicates">
      {dropped
        ? `${formatCount(count)} dubbletter (samma ärendenummer och samma innehåll som en tidigare rad) är borttagna${where}. `
        : `${formatCount(count)} rader är dubbletter (samma ärendenummer och samma innehåll som en tidigare rad)${where} och räknas två gånger. `}
      <button type="button" class="link" onClick={() => onDrop(!dropped)}>
        {dropped ? 'Ta med dubbletterna igen' : 'Ta bort dubbletterna'}
      </button>
    </div>
  );
}
