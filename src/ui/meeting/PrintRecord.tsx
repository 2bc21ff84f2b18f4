import type { AppState } from '../../state/appState';
import type { MeetingState } from '../../state/meeting/meetingState';
import { OVERDUE_LABEL } from '../../state/meeting/overdue';
import { periodsOf } from '../../state/periodChoice';
import { actionPlaces } from './ActionsSection';
import { actionRecord } from './actionRecord';
import { ChangesTable } from './ChangesTable';

/**
 * The printed page after the map: the changes by place and the decisions with who, by when
 * and their status. For the EST group the paper is the record of what was decided.
 */
export function PrintRecord({ state, meeting }: { state: AppState; meeting: MeetingState }) {
  const agenda = meeting.agenda.value;
  const counts = meeting.counts.value;
  const period = periodsOf(state.period.value);
  const names = new Map(actionPlaces(meeting).map((p) => [p.key, p.name]));
  const rows = actionRecord(meeting.docs.lists.action.value, names, meeting.day.value);
  return (
    <div class="print-page print-record" data-testid="print-record">
      <h1>{meeting.series.value?.name ?? 'Lägesbild'}: platser och beslut</h1>
      <div class="print-tables">
        <ChangesTable
          title="Förändring per plats"
          what="Plats"
          caption={`Totalt exkl. skadegörelse, ${period.current.label} (nu) mot ${period.previous.label} (före). Platser som är punkter räknas inom sin radie.`}
          places={agenda.map((a) => ({ key: a.key, name: a.title, rows: counts.get(a.key) }))}
          threshold={state.privacyThreshold.value}
          testId="print-changes-by-place"
        />
      </div>
      <section class="print-actions">
        <h2>Beslut och åtgärder ({rows.length})</h2>
        {rows.length === 0 ? (
          <p>Inga beslut är sparade.</p>
        ) : (
          <table data-testid="print-actions">
            <thead>
              <tr>
                <th scope="col">Plats</th>
                <th scope="col">Åtgärd</th>
                <th scope="col">Vem</th>
                <th scope="col">Senast</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.place}</td>
                  <th scope="row">{r.title}</th>
                  <td>{r.responsible}</td>
                  <td class="nowrap">{r.deadline}</td>
                  <td>
                    {r.overdue && <strong class="print-overdue">{OVERDUE_LABEL} </strong>}
                    {r.status}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
