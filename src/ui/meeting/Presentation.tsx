import { signal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ACTION_STATUS_COLORS } from '../../map/layers/meetingLayers';
import type { AppState } from '../../state/appState';
import { slideDetails, type AgendaItem } from '../../state/meeting/agenda';
import type { MeetingState, Slide } from '../../state/meeting/meetingState';
import { periodsOf } from '../../state/periodChoice';
import type { MapSlots } from '../mapSlots';
import { ActionForm } from './ActionForm';
import { actionPlaces } from './ActionsSection';
import { moveFocusWithin } from './focusWithin';
import { leaveFullscreen } from './fullscreen';
import { isOverdue } from '../../state/meeting/overdue';
import { longDate, STATUS_LABELS, STATUSES } from './meetingFormat';
import { OverdueTag } from './OverdueTag';
import { slidePadding } from './slideFit';
import { SlideTable } from './SlideTable';

/** Stronger contrast for a washed-out projector; kept from slide to slide and between meetings. */
const HIGH_CONTRAST_KEY = 'lageskartan-hog-kontrast';
const highContrast = signal(localStorage.getItem(HIGH_CONTRAST_KEY) !== '0');

/** Width of the slide's card; the map keeps the place clear of it. */
export const CARD_WIDTH_PX = 900;
/** Map names at 13 px × 2 = 26 px: at least the slide's body text (24 px) on a 1920×1080 projector. */
const PROJECTOR_LABEL_SCALE = 2;

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function AgendaSlide({
  item,
  state,
  meeting,
}: {
  item: AgendaItem;
  state: AppState;
  meeting: MeetingState;
}) {
  const [adding, setAdding] = useState(false);
  // Once opened, the form stays (hidden when closed): what was typed is there when it is reopened,
  // as in the panel's form, which keeps its text until it is saved.
  const [opened, setOpened] = useState(false);
  // After a decision is saved (or the form closed with Esc), the keyboard continues from "+ Nytt beslut".
  const addButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  useEffect(() => {
    if (wasAdding.current && !adding) addButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const threshold = state.privacyThreshold.value;
  const rows = meeting.counts.value.get(item.key);
  const details = slideDetails(item, {
    actions: meeting.docs.lists.action.value,
    observations: meeting.docs.lists.observation.value,
    walks: state.walks.value,
    walkDocs: meeting.docs.lists.walk.value,
    today: meeting.today(),
    lastMeeting: meeting.period.value?.lastMeeting ?? null,
  });
  const fresh = new Set(details.newActions.map((a) => a._id));
  return (
    <>
      <p class="slide-kind">
        {item.kindLabel}
        {item.district && ` · ${item.district}`}
      </p>
      <h2 id="slide-title">{item.title}</h2>
      <p class="count-label" data-testid="count-label">
        {item.countLabel}
      </p>
      {rows ? <SlideTable rows={rows} threshold={threshold} /> : <p>Räknar brotten …</p>}
      <h3>Öppna åtgärder ({details.openActions.length})</h3>
      {details.openActions.length === 0 ? (
        <p>Inga öppna åtgärder.</p>
      ) : (
        <ul class="slide-actions">
          {details.openActions.map((a) => (
            <li key={a._id}>
              <span
                class="status-dot"
                style={{
                  background: `rgb(${ACTION_STATUS_COLORS[a.status].slice(0, 3).join(',')})`,
                }}
              />
              <span>
                {fresh.has(a._id) && <strong class="new-tag">Nytt</strong>}
                {isOverdue(a, meeting.day.value) && <OverdueTag />} {a.title}
                <small>
                  {STATUS_LABELS[a.status]}
                  {a.responsible && ` · ${a.responsible}`}
                  {a.deadline && ` · senast ${longDate(a.deadline)}`}
                </small>
              </span>
            </li>
          ))}
        </ul>
      )}
      {opened && (
        <ActionForm
          meeting={meeting}
          places={actionPlaces(meeting)}
          placeKey={item.key}
          onSaved={() => setAdding(false)}
          onCancel={() => setAdding(false)}
          hidden={!adding}
          testId="slide-action-form"
          focusFirst
        />
      )}
      {!adding && (
        <button
          ref={addButton}
          type="button"
          class="slide-button"
          onClick={() => {
            setOpened(true);
            setAdding(true);
          }}
        >
          + Nytt beslut för {item.title}
        </button>
      )}
      <h3>Från trygghetsvandringar</h3>
      {details.observations.length === 0 ? (
        <p>Inga observationer i närheten det senaste halvåret.</p>
      ) : (
        <ul class="slide-observations">
          {details.observations.map((o) => (
            <li key={o._id}>
              {o.positive ? 'Bra: ' : ''}
              {o.text} <small>({longDate(o.time.slice(0, 10))})</small>
            </li>
          ))}
        </ul>
      )}
      <p class="slide-next">
        Nästa möte: <strong>{longDate(meeting.period.value?.nextMeeting ?? null)}</strong>
        <br />
        Nästa vandring här:{' '}
        <strong>
          {details.nextWalk
            ? `${longDate(details.nextWalk.date)} (${details.nextWalk.name})`
            : 'ingen planerad'}
        </strong>
      </p>
    </>
  );
}

function ViewSlide({ slide, state }: { slide: Extract<Slide, { kind: 'view' }>; state: AppState }) {
  const comparison = state.result.value?.comparison;
  return (
    <>
      <p class="slide-kind">Bildspel: {slide.sequence.name}</p>
      <h2 id="slide-title">{slide.view.name}</h2>
      {comparison && (
        <>
          <p class="count-label">Anmälda brott: {comparison.scopeLabel}</p>
          <SlideTable rows={comparison.rows} threshold={state.privacyThreshold.value} />
        </>
      )}
    </>
  );
}

/**
 * The meeting on the projector: the map fills the screen with a card of the
 * slide's numbers, actions and dates; the period and the legend stay in view.
 */
export function Presentation({
  state,
  meeting,
  slots,
}: {
  state: AppState;
  meeting: MeetingState;
  slots: MapSlots;
}) {
  const root = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLElement>(null);
  const current = meeting.current.value;
  const slides = meeting.slides.value;
  const period = periodsOf(state.period.value);
  const series = meeting.series.value;

  // A layout effect: the panels disappear in the same frame the first slide appears, never after it.
  useLayoutEffect(() => {
    // Whatever started the presentation gets the focus back after it, as a dialog would.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.classList.add('presenting');
    // Names on the map twice as large: read from the back of the room, like the slide's text.
    slots.labelScale.value = PROJECTOR_LABEL_SCALE;
    return () => {
      document.body.classList.remove('presenting', 'high-contrast');
      slots.labelScale.value = 1;
      if (opener?.isConnected) opener.focus();
    };
  }, [slots]);
  useEffect(() => {
    document.body.classList.toggle('high-contrast', highContrast.value);
    localStorage.setItem(HIGH_CONTRAST_KEY, highContrast.value ? '1' : '0');
  }, [highContrast.value]);

  const exit = () => {
    leaveFullscreen();
    meeting.exit();
  };

  // Listening from the same frame the slide shows: a clicker press right after it is never lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A modal: Tab never leaves for the map, the legend or a notice behind the slide.
      if (e.key === 'Tab' && root.current) {
        e.preventDefault();
        moveFocusWithin(root.current, e.shiftKey);
        return;
      }
      // The slide's decision form keeps its keys: typing, and Esc closes it (not the presentation).
      const inForm =
        e.target instanceof Element && e.target.closest('.slide-card form:not([hidden])');
      if (inForm || isTyping(e.target)) return;
      let handled = true;
      if (NEXT.has(e.key) || (e.key === ' ' && !e.shiftKey)) meeting.go(1);
      else if (PREVIOUS.has(e.key) || (e.key === ' ' && e.shiftKey)) meeting.go(-1);
      else if (e.key === 'Home') meeting.go(-Infinity);
      else if (e.key === 'End') meeting.go(Infinity);
      else if (e.key === 'Escape') exit();
      else handled = false;
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    // Leaving full screen with the browser's own Esc ends the presentation too.
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onFullscreen = () => {
      if (wasFullscreen && !document.fullscreenElement) meeting.exit();
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [meeting]);

  // Each place is framed clear of the card and the period banner.
  const key = current?.slide.key;
  useEffect(() => {
    const controller = slots.controller.value;
    if (!current || current.slide.kind !== 'agenda' || !controller) return;
    const [w, s, e, n] = current.slide.item.bounds;
    // After the panel has gone (the map is resized first): clear of the legend, the card and
    // the banner, where nothing covers the place. Measured against the map.
    const frame = requestAnimationFrame(() => {
      const map = controller.map;
      map.resize();
      const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      const padding = slidePadding(map.getContainer().getBoundingClientRect(), {
        banner: rect('.slide-banner') ?? null,
        legend: rect('[data-testid="legend"]') ?? null,
        cardLeft: window.innerWidth - CARD_WIDTH_PX,
      });
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding, duration: 0 },
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [key, slots.controller.value]);

  // Every slide (a place or a saved view) takes the focus, so the clicker's and the arrow keys'
  // presses go to the presentation and never to a control left focused in the hidden panel.
  useEffect(() => {
    card.current?.focus();
  }, [key]);

  return (
    <div class="presentation" ref={root} data-testid="presentation">
      <header class="slide-banner" data-testid="slide-banner">
        <p>
          <strong>{series?.name ?? 'Lägesbild'}</strong> · Period {period.current.label} (nu) mot{' '}
          {period.previous.label} (före)
        </p>
        <ul class="status-legend" aria-label="Åtgärdernas status på kartan">
          {STATUSES.map((s) => (
            <li key={s}>
              <span
                class="status-dot"
                style={{ background: `rgb(${ACTION_STATUS_COLORS[s].slice(0, 3).join(',')})` }}
              />
              {STATUS_LABELS[s]}
            </li>
          ))}
        </ul>
      </header>
      <section
        class="slide-card"
        ref={card}
        tabIndex={-1}
        aria-labelledby="slide-title"
        aria-live="polite"
        data-testid="slide"
        data-slide={key ?? ''}
      >
        {!current ? (
          <h2 id="slide-title">Bilden finns inte (längre)</h2>
        ) : current.slide.kind === 'agenda' ? (
          <AgendaSlide
            key={current.slide.key}
            item={current.slide.item}
            state={state}
            meeting={meeting}
          />
        ) : (
          <ViewSlide slide={current.slide} state={state} />
        )}
      </section>
      <nav class="slide-nav" aria-label="Presentationen">
        <button
          type="button"
          onClick={() => meeting.go(-1)}
          disabled={!current || current.index === 0}
        >
          ◀ Förra
        </button>
        <span data-testid="slide-position">
          {current ? current.index + 1 : '–'} / {slides.length}
        </span>
        <button
          type="button"
          onClick={() => meeting.go(1)}
          disabled={!current || current.index === slides.length - 1}
        >
          Nästa ▶
        </button>
        <button
          type="button"
          aria-pressed={highContrast.value}
          onClick={() => (highContrast.value = !highContrast.value)}
        >
          Hög kontrast
        </button>
        <button
          type="button"
          data-testid="exit-presentation"
          aria-keyshortcuts="Escape"
          onClick={exit}
        >
          Avsluta
        </button>
      </nav>
    </div>
  );
}
