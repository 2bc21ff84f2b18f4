import type { AreaRow } from '../analysis/areaTable';
import { UNMAPPED_SLOT } from '../analysis/countCategories';
import { formatHectares } from './format';
import { countText, rateText } from './privacyFormat';

interface Props {
  title: string;
  caption: string;
  rows: AreaRow[];
  totals?: AreaRow[];
  selectedId: string | null;
  onSelect?: (id: string) => void;
  testId: string;
  privacyThreshold: number;
}

/** Per-area counts with the rate per true hectare (planar SWEREF 99 TM area). */
export function AreaTable({
  title,
  caption,
  rows,
  totals = [],
  selectedId,
  onSelect,
  testId,
  privacyThreshold,
}: Props) {
  return (
    <section class="card">
      <h2>{title}</h2>
      <p class="caption">{caption}</p>
      <table class="data" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">Område</th>
            <th scope="col" class="num">
              Hektar
            </th>
            <th scope="col" class="num">
              Antal
            </th>
            <th scope="col" class="num">
              Per hektar
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              class={r.id === selectedId ? 'selected' : ''}
              onClick={onSelect ? () => onSelect(r.id) : undefined}
            >
              <th scope="row">
                {onSelect ? (
                  // A real button: reachable by Tab, chosen with Enter or Space, read out as pressed.
                  <button type="button" class="row-select" aria-pressed={r.id === selectedId}>
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
              </th>
              <td class="num">{formatHectares(r.hectares)}</td>
              <td class="num">
                {countText(r.count, privacyThreshold)}
                <UnmappedFlag row={r} threshold={privacyThreshold} />
              </td>
              <td class="num">{rateText(r, privacyThreshold)}</td>
            </tr>
          ))}
        </tbody>
        {totals.length > 0 && (
          <tfoot>
            {/* A stadsdelsområde may share its name with a stadsdel (Kungsholmen): say which is which. */}
            <tr class="totals-head">
              <th scope="colgroup" colSpan={4}>
                Stadsdelsområden, totalt
              </th>
            </tr>
            {totals.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td class="num">{formatHectares(r.hectares)}</td>
                <td class="num">{countText(r.count, privacyThreshold)}</td>
                <td class="num">{rateText(r, privacyThreshold)}</td>
              </tr>
            ))}
          </tfoot>
        )}
      </table>
    </section>
  );
}

/** Offences whose category maps to none are counted, and flagged where they are, so they are not missed. */
function UnmappedFlag({ row, threshold }: { row: AreaRow; threshold: number }) {
  const n = row.byCategory[UNMAPPED_SLOT] ?? 0;
  if (n === 0) return null;
  return (
    <span class="unmapped-flag" data-testid="unmapped-flag">
      {' '}
      varav {countText(n, threshold)} ej mappade
    </span>
  );
}
