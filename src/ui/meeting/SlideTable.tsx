import type { ComparisonRow } from '../../analysis/comparison';
import { isMasked } from '../../analysis/privacy';
import { countText } from '../privacyFormat';
import { changeText, TREND_ARROWS, trendOf } from './meetingFormat';

/**
 * The numbers of a slide: the totals and every category that is above the
 * privacy threshold in either period; the others are named in one line, so
 * the table fits the screen. Rise and fall carry an arrow besides the colour.
 */
export function SlideTable({ rows, threshold }: { rows: ComparisonRow[]; threshold: number }) {
  const few = (r: ComparisonRow) =>
    r.kind !== 'total' && isMasked(r.current, threshold) && isMasked(r.previous, threshold);
  const shown = rows.filter((r) => !few(r));
  const hidden = rows.filter(few).length;
  return (
    <>
      <table class="slide-table" data-testid="slide-table">
        <thead>
          <tr>
            <th scope="col">Brottskategori</th>
            <th scope="col" class="num">
              Nu
            </th>
            <th scope="col" class="num">
              Före
            </th>
            <th scope="col" class="num">
              Förändring
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => {
            const trend = trendOf(r, threshold);
            return (
              <tr key={r.label} class={`${r.kind} ${trend}`}>
                <th scope="row">{r.label}</th>
                <td class="num">{countText(r.current, threshold)}</td>
                <td class="num">{countText(r.previous, threshold)}</td>
                <td class="num change">
                  <span aria-hidden="true">{TREND_ARROWS[trend]}</span>
                  {changeText(r, threshold)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hidden > 0 && (
        <p class="slide-note">
          {hidden} {hidden === 1 ? 'kategori' : 'kategorier'} med färre än {threshold} brott i båda
          perioderna visas inte.
        </p>
      )}
    </>
  );
}
