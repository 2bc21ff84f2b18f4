import { useState } from 'preact/hooks';
import { formatDay } from '../../analysis/isoWeek';
import type { AppState } from '../../state/appState';
import type { MeetingState } from '../../state/meeting/meetingState';
import { DAY_INPUT_RANGE } from '../../state/plausibleDay';
import { checkedDay } from '../checkedDay';
import { longDate, periodText } from './meetingFormat';

/** The group, its dates, and "sedan förra mötet": the period the meeting looks at. */
export function MeetingHeader({ state, meeting }: { state: AppState; meeting: MeetingState }) {
  const all = meeting.docs.lists.meetingSeries.value;
  const series = meeting.series.value;
  const period = meeting.period.value;
  const choice = meeting.periodChoice.value;
  const applied = choice !== null && JSON.stringify(choice) === JSON.stringify(state.period.value);
  const [newDate, setNewDate] = useState('');
  const [newGroup, setNewGroup] = useState('');

  const setDates = (dates: string[]) => {
    if (series) void meeting.docs.save({ ...series, dates: [...new Set(dates)].sort() });
  };

  return (
    <section class="card meeting-header" aria-labelledby="meeting-title">
      <h2 id="meeting-title">Möte</h2>
      {meeting.docs.available.value === false && (
        <p class="failed" role="alert">
          Webbläsaren låter inte Lägeskartan spara platser, åtgärder och mötesdatum (t.ex. i privat
          läge). Öppna Lägeskartan i ett vanligt fönster.
        </p>
      )}
      {all.length > 0 && (
        <label>
          Grupp
          <select
            data-testid="meeting-series"
            value={series?._id ?? ''}
            onChange={(e) => (meeting.seriesId.value = e.currentTarget.value)}
          >
            {all.map((s) => (
              <option key={s._id} value={s._id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {series && period ? (
        <>
          <p data-testid="meeting-period">
            <strong>Sedan förra mötet</strong> ({longDate(period.lastMeeting)}):{' '}
            {periodText(period.current)} mot {periodText(period.previous)}, lika många dagar före.
            {period.endsWithData && (
              <> Brotten i filen slutar {formatDay(period.current.last)}, så perioden slutar där.</>
            )}
          </p>
          <p>
            Nästa möte: <strong>{longDate(period.nextMeeting)}</strong>
          </p>
          <button
            type="button"
            data-testid="apply-meeting-period"
            aria-pressed={applied}
            disabled={applied || !state.offences.value}
            onClick={meeting.applyMeetingPeriod}
          >
            {applied ? 'Perioden sedan förra mötet visas' : 'Visa perioden sedan förra mötet'}
          </button>
          <details class="meeting-dates">
            <summary>Mötesdatum ({series.dates.length})</summary>
            <ul class="date-list">
              {series.dates.map((d) => (
                <li key={d}>
                  {longDate(d)}
                  <button
                    type="button"
                    class="link"
                    aria-label={`Ta bort mötet ${d}`}
                    onClick={() => setDates(series.dates.filter((x) => x !== d))}
                  >
                    Ta bort
                  </button>
                </li>
              ))}
            </ul>
            <form
              class="inline-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                const field = e.currentTarget.elements.namedItem('meeting-date');
                if (!(field instanceof HTMLInputElement)) return;
                const day = checkedDay(field);
                if (!day) return;
                setDates([...series.dates, day]);
                setNewDate('');
              }}
            >
              <label>
                Nytt mötesdatum
                <input
                  type="date"
                  name="meeting-date"
                  {...DAY_INPUT_RANGE}
                  value={newDate}
                  onInput={(e) => setNewDate(e.currentTarget.value)}
                />
              </label>
              <button type="submit">Lägg till</button>
            </form>
          </details>
        </>
      ) : meeting.docs.available.value === null || meeting.seeding.value ? (
        <p class="caption" data-testid="meeting-series-loading">
          Läser sparade mötesgrupper…
        </p>
      ) : (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!newGroup.trim()) return;
            void meeting.docs.create('meetingSeries', {
              name: newGroup.trim(),
              district: '',
              dates: [],
              agenda: [],
            });
            setNewGroup('');
          }}
        >
          <p class="caption">
            Ingen mötesgrupp sparad än. Skapa en, lägg in mötesdatumen och platserna ni går igenom.
          </p>
          <label>
            Gruppens namn
            <input value={newGroup} onInput={(e) => setNewGroup(e.currentTarget.value)} />
          </label>
          <button type="submit">Skapa grupp</button>
        </form>
      )}
      {meeting.docs.error.value && (
        <p class="failed" role="alert" data-testid="meeting-error">
          {meeting.docs.error.value}
        </p>
      )}
    </section>
  );
}
