import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionStatusName } from '../../map/layers/meetingLayers';
import type { MeetingState } from '../../state/meeting/meetingState';
import { DAY_INPUT_RANGE, dayProblem } from '../../state/plausibleDay';
import { STATUS_LABELS, STATUSES } from './meetingFormat';

interface Props {
  meeting: MeetingState;
  /** The places to choose from, as key and name. */
  places: { key: string; name: string }[];
  /** Chosen at first, e.g. the place on the slide. */
  placeKey?: string;
  onSaved?: () => void;
  /** Esc in the form: closed without saving (on a slide), focus back on what opened it. */
  onCancel?: () => void;
  /** Closed but kept, with what was typed, until it is opened again. */
  hidden?: boolean;
  testId?: string;
  /** Opened by a button (on a slide): typing starts at once, the keyboard user is not sent back to the page's start. */
  focusFirst?: boolean;
}

/** A decision made in the meeting: what, at which place, who and by when, recorded on the spot. */
export function ActionForm({
  meeting,
  places,
  placeKey,
  onSaved,
  onCancel,
  hidden = false,
  testId = 'action-form',
  focusFirst = false,
}: Props) {
  const titleField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusFirst && !hidden) titleField.current?.focus();
  }, [focusFirst, hidden]);
  const [place, setPlace] = useState(placeKey ?? places[0]?.key ?? '');
  const [title, setTitle] = useState('');
  const [responsible, setResponsible] = useState('');
  const [deadline, setDeadline] = useState('');
  const [status, setStatus] = useState<ActionStatusName>('planerad');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      class="action-form"
      data-testid={testId}
      hidden={hidden}
      onKeyDown={(e) => {
        // A closed form may keep the focus for a moment: a second Esc then ends the presentation.
        if (e.key === 'Escape' && onCancel && !hidden) {
          e.preventDefault();
          onCancel();
        }
      }}
      // The app words every problem itself, in Swedish, naming the field.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim() || !place) {
          setProblem('Skriv vad som ska göras och välj plats.');
          return;
        }
        const badDeadline = dayProblem(deadline);
        if (badDeadline) {
          setProblem(badDeadline);
          return;
        }
        setProblem(null);
        void meeting.docs
          .create('action', {
            placeId: place,
            observationId: null,
            title: title.trim(),
            responsible: responsible.trim(),
            deadline: deadline || null,
            status,
            reason: '',
          })
          .then((saved) => {
            if (!saved) return;
            setTitle('');
            setResponsible('');
            setDeadline('');
            onSaved?.();
          });
      }}
    >
      <label>
        Plats
        <select
          name="place"
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          disabled={Boolean(placeKey)}
        >
          {places.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label class="wide">
        Åtgärd
        <input
          ref={titleField}
          name="title"
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </label>
      <label>
        Vem
        <input
          name="responsible"
          value={responsible}
          onInput={(e) => setResponsible(e.currentTarget.value)}
        />
      </label>
      <label>
        Senast
        <input
          name="deadline"
          type="date"
          {...DAY_INPUT_RANGE}
          value={deadline}
          onInput={(e) => setDeadline(e.currentTarget.value)}
        />
      </label>
      <label>
        Status
        <select
          name="status"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as ActionStatusName)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="primary">
        Spara beslut
      </button>
      {problem && (
        <p class="failed" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
