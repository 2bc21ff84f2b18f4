import { signal } from '@preact/signals';
import type { AppState } from '../../state/appState';
import type { MeetingState } from '../../state/meeting/meetingState';
import { periodsOf } from '../../state/periodChoice';
import { ChangesTable } from './ChangesTable';
import { PrintRecord } from './PrintRecord';
import { SlideTable } from './SlideTable';

/** The map as an image for the printed page (a WebGL canvas does not print reliably). */
export const printImage = signal<string | null>(null);

/**
 * Shown only in print. The first A4 landscape page: title and period, the map with its legend
 * and scale, the comparison table and the changes by area side by side. Then the record: the
 * changes by place and the decisions, on a page of their own (they do not fit under the map).
 */
export function PrintSheet({ state, meeting }: { state: AppState; meeting: MeetingState }) {
  const result = state.result.value;
  const period = periodsOf(state.period.value);
  const counts = meeting.counts.value;
  const record = meeting.agenda.value.length > 0 || meeting.docs.lists.action.value.length > 0;
  return (
    <div class="print-sheet" data-testid="print-sheet" aria-hidden="true">
      <div class="print-page" data-testid="print-first-page">
        <h1>
          {meeting.series.value?.name ?? 'Lägesbild'}: {result?.comparison.scopeLabel ?? ''}
        </h1>
        <p class="print-period">
          Period {period.current.label} mot {period.previous.label}. Utskriven{' '}
          {new Date().toLocaleDateString('sv-SE')} ur Lägeskartan.
        </p>
        {printImage.value ? (
          <img class="print-map" src={printImage.value} alt="" />
        ) : (
          // The browser's own print (Ctrl+P) cannot wait for the map to be drawn as an image.
          <p class="print-period" data-testid="print-map-missing">
            Kartan kommer med när sidan skrivs ut med knappen ”Skriv ut A4” i EST-mötet.
          </p>
        )}
        <div class="print-tables">
          {result && (
            <section class="card">
              <h2>Anmälda brott: {result.comparison.scopeLabel}</h2>
              <SlideTable rows={result.comparison.rows} threshold={state.privacyThreshold.value} />
            </section>
          )}
          <ChangesTable
            title="Förändring per område"
            what="Stadsdel"
            caption="Totalt exkl. skadegörelse."
            places={meeting.areas.value.map((a) => ({ ...a, rows: counts.get(a.key) }))}
            threshold={state.privacyThreshold.value}
            testId="print-changes-by-area"
          />
        </div>
      </div>
      {record && <PrintRecord state={state} meeting={meeting} />}
    </div>
  );
}
