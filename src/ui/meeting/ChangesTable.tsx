import type { ComparisonRow } from '../../analysis/comparison';
import { headlineOf } from '../../state/meeting/meetingTables';
import { countText } from '../privacyFormat';
import { changeText, TREND_ARROWS, trendOf } from './meetingFormat';

interface Props {
  title: string;
  what: string;
  caption: string;
  places: { key: string; name: string; rows: ComparisonRow[] | undefined }[];
  threshold: number;
  testId: string;
  onSelect?: (key: string) => void;
}

/** The headline total per place or area, now against before, with the change. */
export function ChangesTable({ title, what, caption, places, threshold, testId, onSelect }: Props) {
  return (
    <section class="card">
      <h2>{title}</h2>
      <p class="caption">{caption}</p>
      <table class="data changes" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{what}</th>
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
          {places.map(({ key, name, rows }) => {
            const r = headlineOf(rows);
            const trend = r ? trendOf(r, threshold) : 'same';
            return (
              <tr key={key} class={trend === 'rise' || trend === 'fall' ? trend : ''}>
                <th scope="row">
                  {onSelect ? (
                    <button type="button" class="row-select" onClick={() => onSelect(key)}>
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                </th>
                <td class="num">{r ? countText(r.current, threshold) : '…'}</td>
                <td class="num">{r ? countText(r.previous, threshold) : '…'}</td>
                <td class="num change">
                  {r && (
                    <>
                      <span aria-hidden="true">{TREND_ARROWS[trend]}</span>
                      {changeText(r, threshold)}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
