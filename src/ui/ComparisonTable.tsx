import type { ComparisonRow } from '../analysis/comparison';
import { formatChange, formatCount, formatPercent } from './format';

interface Props {
  scopeLabel: string;
  currentLabel: string;
  previousLabel: string;
  rows: ComparisonRow[];
}

/** "v. 1–43 2024" → "v. 1–43" over "2024", so narrow columns stay readable. */
const twoLines = (label: string) => label.replace(/ (\d{4})$/, '\n$1');

function trendClass(change: number): string {
  return change > 0 ? 'rise' : change < 0 ? 'fall' : 'same';
}

/** The lägesbild period table: red for a rise, green for a fall, with arrows so colour is not the only cue. */
export function ComparisonTable({ scopeLabel, currentLabel, previousLabel, rows }: Props) {
  return (
    <section class="card" aria-labelledby="comparison-title">
      <h2 id="comparison-title">Anmälda brott: {scopeLabel}</h2>
      <table class="data comparison" data-testid="comparison-table">
        <thead>
          <tr>
            <th scope="col">Brottskategori</th>
            <th scope="col" class="num period-label">
              {twoLines(currentLabel)}
            </th>
            <th scope="col" class="num period-label">
              {twoLines(previousLabel)}
            </th>
            <th scope="col" class="num">
              Förändring
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} class={`${r.kind} ${trendClass(r.change)}`}>
              <th scope="row">{r.label}</th>
              <td class="num">{formatCount(r.current)}</td>
              <td class="num">{formatCount(r.previous)}</td>
              <td class="num change">
                <span aria-hidden="true">{r.change > 0 ? '▲ ' : r.change < 0 ? '▼ ' : ''}</span>
                {formatChange(r.change)}
                <small>{formatPercent(r.changePercent)}</small>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
