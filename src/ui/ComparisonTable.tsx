import type { ComponentChildren } from 'preact';
import type { ComparisonRow } from '../analysis/comparison';
import { isMasked } from '../analysis/privacy';
import { formatChange, formatPercent } from './format';
import { countText } from './privacyFormat';

interface Props {
  scopeLabel: string;
  currentLabel: string;
  previousLabel: string;
  rows: ComparisonRow[];
  privacyThreshold: number;
  /** Shown above the table, e.g. that the period runs past the data. */
  notice?: ComponentChildren;
}

const ISO_DATE = /(\d{4}-\d{2}-\d{2})/;

/**
 * A period label on two lines, so narrow columns stay readable: "v. 1–43" over
 * "2024", or "2025-09-30 –" over "2025-10-13". A date never breaks inside.
 */
function PeriodLabel({ label }: { label: string }) {
  const lines = label.replace(/ – /, ' –\n').replace(/^(v\. [^ ]+) (\d{4})$/, '$1\n$2');
  return (
    <>
      {lines.split(ISO_DATE).map((part, i) =>
        ISO_DATE.test(part) ? (
          <span key={i} class="nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * Red for a rise, green for a fall, as in the lägesbild documents, but only
 * when the change is more than chance; small counts otherwise mislead.
 */
function trendClass(r: ComparisonRow): string {
  if (!r.notable) return 'uncertain';
  return r.change > 0 ? 'rise' : r.change < 0 ? 'fall' : 'same';
}

function ChangeCell({ r, threshold }: { r: ComparisonRow; threshold: number }) {
  if (isMasked(r.current, threshold) || isMasked(r.previous, threshold)) {
    return <td class="num change">–</td>;
  }
  return (
    <td class="num change">
      {r.notable && (
        <span aria-hidden="true">{r.change > 0 ? '▲ ' : r.change < 0 ? '▼ ' : ''}</span>
      )}
      {formatChange(r.change)}
      <small>{r.notable ? formatPercent(r.changePercent) : 'ej säkerställd'}</small>
    </td>
  );
}

export function ComparisonTable({
  scopeLabel,
  currentLabel,
  previousLabel,
  rows,
  privacyThreshold,
  notice,
}: Props) {
  return (
    <section class="card" aria-labelledby="comparison-title">
      <h2 id="comparison-title">Anmälda brott: {scopeLabel}</h2>
      {notice}
      <table class="data comparison" data-testid="comparison-table">
        <thead>
          <tr>
            <th scope="col">Brottskategori</th>
            <th scope="col" class="num period-label">
              <PeriodLabel label={currentLabel} />
            </th>
            <th scope="col" class="num period-label">
              <PeriodLabel label={previousLabel} />
            </th>
            <th scope="col" class="num">
              Förändring
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.label}
              class={`${r.kind} ${trendClass(r)}`}
              title={`p = ${r.pValue.toFixed(3)}`}
            >
              <th scope="row">{r.label}</th>
              <td class="num">{countText(r.current, privacyThreshold)}</td>
              <td class="num">{countText(r.previous, privacyThreshold)}</td>
              <ChangeCell r={r} threshold={privacyThreshold} />
            </tr>
          ))}
        </tbody>
      </table>
      <p class="caption">
        Röd = ökning, grön = minskning, när förändringen är statistiskt säkerställd (p &lt; 0,05,
        Poissontest). Antal under {privacyThreshold} visas som "&lt; {privacyThreshold}".
      </p>
    </section>
  );
}
