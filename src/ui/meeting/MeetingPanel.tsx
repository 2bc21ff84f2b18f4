import { createPortal } from 'preact/compat';
import { useEffect } from 'preact/hooks';
import type { AppState } from '../../state/appState';
import type { MeetingState } from '../../state/meeting/meetingState';
import { ComparisonTable } from '../ComparisonTable';
import type { MapSlots } from '../mapSlots';
import type { ViewPanelProps } from '../views';
import { ActionsSection } from './ActionsSection';
import { AgendaSection } from './AgendaSection';
import { ExportSection } from './ExportSection';
import { bindMeetingLayers } from './meetingLayers';
import { MeetingHeader } from './MeetingHeader';
import { PlacesSection } from './PlacesSection';
import { Presentation } from './Presentation';
import { PrintSheet } from './PrintSheet';
import { SavedViewsSection } from './SavedViewsSection';
import './meeting.css';

function Meeting({
  state,
  meeting,
  slots,
}: {
  state: AppState;
  meeting: MeetingState;
  slots: MapSlots;
}) {
  useEffect(() => bindMeetingLayers(state, meeting, slots), [state, meeting, slots]);
  const result = state.result.value;
  return (
    <>
      <MeetingHeader state={state} meeting={meeting} />
      {/* The meeting's first action comes first, for the keyboard too; the exports follow. */}
      <AgendaSection state={state} meeting={meeting} />
      <ExportSection state={state} meeting={meeting} slots={slots} />
      {result && (
        <ComparisonTable {...result.comparison} privacyThreshold={state.privacyThreshold.value} />
      )}
      <ActionsSection meeting={meeting} />
      <PlacesSection meeting={meeting} slots={slots} />
      <SavedViewsSection meeting={meeting} />
      {state.meetingSlide.value !== null &&
        createPortal(<Presentation state={state} meeting={meeting} slots={slots} />, document.body)}
      {createPortal(<PrintSheet state={state} meeting={meeting} />, document.body)}
    </>
  );
}

/** The EST meeting: since the last meeting, the agenda of places, actions, plans, saved views, exports. */
export function MeetingPanel({ state, slots, meeting }: ViewPanelProps) {
  if (!meeting) {
    return (
      <p class="failed" role="alert">
        Mötesvyn kunde inte startas. Ladda om sidan.
      </p>
    );
  }
  return <Meeting state={state} meeting={meeting} slots={slots} />;
}
