import { useEffect, useRef, useState } from 'preact/hooks';
import type { PolygonEditor } from '../../map/polygonEditor';
import type { MeetingState } from '../../state/meeting/meetingState';
import { fromEditedPolygons } from '../compare/editGeometry';
import { startDrawing } from '../drawingOnMap';
import type { MapSlots } from '../mapSlots';

/**
 * "Rita ett område": a place that is an area (a square, a park, a block),
 * drawn corner by corner on the map with the tool Jämför ÖDS draws extents
 * with, and saved as a place document of the kind "Sparat område".
 */
export function DrawPlace({ meeting, slots }: { meeting: MeetingState; slots: MapSlots }) {
  const [name, setName] = useState('');
  const [drawing, setDrawing] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const editor = useRef<PolygonEditor | null>(null);
  const controller = slots.controller.value;

  useEffect(() => {
    if (!drawing || !controller) return;
    const d = startDrawing(slots, controller);
    editor.current = d.editor;
    return () => {
      d.stop();
      editor.current = null;
    };
  }, [drawing, controller, slots]);

  const save = async () => {
    const geometry = editor.current && fromEditedPolygons(editor.current.polygons());
    if (!geometry) {
      setMessage({
        ok: false,
        text: 'Ingen sluten yta är ritad ännu: tryck ut minst tre hörn och tryck sedan på det första.',
      });
      return;
    }
    const saved = await meeting.docs.create('place', {
      name: name.trim(),
      kind: 'annat',
      geometry,
      members: [],
      cadence: '',
      responsible: '',
      plan: [],
    });
    if (!saved) return; // The store's own error is shown under the meeting's header.
    setDrawing(false);
    setName('');
    setMessage({
      ok: true,
      text: `${saved.name} sparades som område. Lägg till det i dagordningen för att se dess siffror.`,
    });
  };

  if (drawing) {
    return (
      <div class="draw-place" role="group" aria-label="Rita ett område" data-testid="draw-place">
        <p>
          <strong>Ritar {name.trim()}.</strong> Tryck ut hörnen ett i taget i kartan; tryck på det
          första hörnet för att stänga ytan.
        </p>
        {message && !message.ok && <p role="alert">{message.text}</p>}
        <div class="draw-place-buttons">
          <button type="button" class="primary" onClick={() => void save()}>
            Spara området
          </button>
          <button type="button" onClick={() => setDrawing(false)}>
            Avbryt
          </button>
        </div>
      </div>
    );
  }
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim() || !controller) return;
        setMessage(null);
        setDrawing(true);
      }}
    >
      <label>
        Nytt område att rita
        <input
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          data-testid="draw-place-name"
        />
      </label>
      <button type="submit" disabled={!name.trim() || !controller} data-testid="draw-place-start">
        Rita området
      </button>
      {message && (
        <p class={message.ok ? 'caption' : 'failed'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
