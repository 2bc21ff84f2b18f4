import type { Signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MapController } from '../../map/MapController';
import type { PolygonEditor } from '../../map/polygonEditor';
import type { CompareState } from '../../state/compare/compareState';
import { existingExtent, knownExtents, type KnownExtent } from '../../state/compare/existingExtent';
import { extentDocumentId, userSceneYearId } from '../../state/compare/userExtents';
import type { Comparison } from '../../worker/protocol';
import { startDrawing } from '../drawingOnMap';
import type { MapSlots } from '../mapSlots';
import { fromEditedPolygons, toEditablePolygons } from './editGeometry';
import { pairWithSaved } from './savedExtent';

/** Which extent is being edited: the scene's name in that year (its identity) and the year. */
export interface EditTarget {
  name: string;
  year: number;
  /** A brand-new extent, drawn from nothing with the polygon tool. */
  fresh?: boolean;
}

/**
 * The map while an extent is edited: its corners can be dragged with a finger,
 * a midpoint adds a corner; Spara keeps the result as the user's own extent
 * (a document; the file is never changed).
 */
function EditingOnMap({
  main,
  slots,
  target,
  geometry,
  onDone,
  onSaved,
  compare,
}: {
  main: MapController;
  slots: MapSlots;
  target: EditTarget;
  geometry: NonNullable<Comparison['sides']>['a'];
  onDone: () => void;
  onSaved: () => void;
  compare: CompareState;
}) {
  const draw = useRef<PolygonEditor | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!geometry && !target.fresh) return;
    const { editor, stop } = startDrawing(
      slots,
      main,
      target.fresh || !geometry ? [] : toEditablePolygons(geometry),
    );
    draw.current = editor;
    if (editor.problem) setMessage(editor.problem);
    return () => {
      stop();
      draw.current = null;
    };
  }, [main, slots, geometry, target.fresh]);

  const save = async () => {
    const editor = draw.current;
    const store = compare.extentStore.value;
    if (!editor || !store) return;
    const edited = fromEditedPolygons(editor.polygons());
    if (!edited) {
      setMessage(
        target.fresh
          ? 'Ingen sluten yta är ritad ännu: tryck ut minst tre hörn och tryck sedan på det första.'
          : 'Ingen yta är kvar att spara. Avbryt, eller ångra det du tog bort.',
      );
      return;
    }
    try {
      await store.save(target.name, target.year, edited, target.fresh ? 'ritad' : undefined);
      onSaved();
    } catch (e) {
      setMessage(
        `Utbredningen kunde inte sparas: ${e instanceof Error ? e.message : String(e)}. Försök igen.`,
      );
    }
  };

  return (
    <div class="card compare-editing" role="group" aria-label="Ändra utbredning">
      {target.fresh ? (
        <p>
          <strong>
            Ritar {target.name} {target.year}.
          </strong>{' '}
          Tryck ut hörnen ett i taget i kartan; tryck på det första hörnet för att stänga ytan.
          Utbredningen sparas i den här webbläsaren.
        </p>
      ) : (
        <p>
          <strong>
            Ändrar {target.name} {target.year}.
          </strong>{' '}
          Dra i hörnen för att flytta dem; tryck på en mittpunkt för att lägga till ett hörn. Filen
          ändras inte: ändringen sparas i den här webbläsaren.
        </p>
      )}
      {message && <p role="alert">{message}</p>}
      <div class="compare-row">
        <button type="button" onClick={() => void save()} data-testid="extent-save">
          {target.fresh ? 'Spara utbredningen' : 'Spara ändringen'}
        </button>
        <button type="button" onClick={onDone}>
          Avbryt
        </button>
      </div>
    </div>
  );
}

/**
 * "Rita ny utbredning": asks for the scene's name and mapping year, then lets
 * the user draw its polygon on the map; it is saved as the user's own extent.
 * A name that a scene of that year already has is asked about first, since
 * the drawing would replace that extent.
 */
function NewExtentForm({
  defaultYear,
  editing,
  disabled,
  known,
}: {
  defaultYear: number;
  editing: Signal<EditTarget | null>;
  disabled: boolean;
  known: KnownExtent[];
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(defaultYear));
  const [message, setMessage] = useState<string | null>(null);
  const [replacing, setReplacing] = useState<KnownExtent | null>(null);
  if (!open) {
    return (
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          // B may have changed since the form was last open: a new extent is most often B's.
          setYear(String(defaultYear));
          setOpen(true);
        }}
        data-testid="extent-new"
      >
        Rita ny utbredning
      </button>
    );
  }
  const start = (e: Event) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setMessage('Skriv scenens namn, t.ex. Fridhemsplan.');
    if (!/^\d{4}$/.test(year.trim()))
      return setMessage(`Kartläggningsåret "${year}" är inte ett år: skriv t.ex. ${defaultYear}.`);
    setMessage(null);
    const existing = existingExtent(trimmed, Number(year.trim()), known);
    if (existing && !replacing) return setReplacing(existing);
    editing.value = { name: trimmed, year: Number(year.trim()), fresh: true };
  };
  const edit = (set: (v: string) => void) => (e: { currentTarget: HTMLInputElement }) => {
    set(e.currentTarget.value);
    setReplacing(null);
  };
  return (
    <form class="compare-new-extent" onSubmit={start} aria-label="Rita ny utbredning">
      <label>
        Scenens namn
        <input value={name} onInput={edit(setName)} data-testid="extent-new-name" />
      </label>
      <label>
        Kartläggningsår
        <input
          value={year}
          inputMode="numeric"
          onInput={edit(setYear)}
          data-testid="extent-new-year"
        />
      </label>
      {message && <p role="alert">{message}</p>}
      {replacing ? (
        <div class="compare-replace">
          <p role="alert" data-testid="extent-replace-text">
            Det finns redan en utbredning {replacing.name} {replacing.year} ({replacing.origin}). En
            ny ritning ersätter den i jämförelsen; filen ändras inte. Byt namn om det är en annan
            scen.
          </p>
          <div class="compare-row">
            <button type="submit" data-testid="extent-new-replace">
              Rita en ny som ersätter {replacing.name} {replacing.year}
            </button>
            <button type="button" onClick={() => setReplacing(null)}>
              Byt namn
            </button>
          </div>
        </div>
      ) : (
        <div class="compare-row">
          <button type="submit" data-testid="extent-new-start">
            Börja rita
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            Avbryt
          </button>
        </div>
      )}
    </form>
  );
}

/** Buttons to edit the scene's extent of A or B, to undo an edit, and the editor itself. */
export function ExtentEditor({
  comparison,
  compare,
  slots,
  editing,
}: {
  comparison: Comparison;
  compare: CompareState;
  slots: MapSlots;
  editing: Signal<EditTarget | null>;
}) {
  const main = slots.controller.value;
  const [saved, setSaved] = useState<EditTarget | null>(null);
  const scene = comparison.scenes.find((s) => s.id === comparison.scene);
  const store = compare.extentStore.value;
  if (!scene || !comparison.sides || !main) return null;
  const target = editing.value;
  if (target) {
    const geometry = target.year === comparison.yearA ? comparison.sides.a : comparison.sides.b;
    return (
      <EditingOnMap
        main={main}
        slots={slots}
        target={target}
        geometry={geometry}
        compare={compare}
        onDone={() => (editing.value = null)}
        onSaved={() => {
          editing.value = null;
          setSaved(target);
        }}
      />
    );
  }
  const pair = saved && pairWithSaved(comparison.yearA, comparison.yearB, saved.year);
  const compareWithSaved = (s: EditTarget, [a, b]: [number, number]) => {
    compare.yearA.value = a;
    compare.yearB.value = b;
    compare.scene.value = userSceneYearId(s.name, s.year);
    setSaved(null);
  };
  const sides = [
    { parts: scene.a, year: comparison.yearA },
    { parts: scene.b, year: comparison.yearB },
  ].filter((s) => s.parts.length === 1);
  const edited = [...scene.a, ...scene.b].filter((p) => p.edited);
  return (
    <section class="card compare-edit" aria-label="Rätta utbredningen">
      <div class="compare-row">
        {sides.map(({ parts, year }) => (
          <button
            key={year}
            type="button"
            disabled={!store}
            onClick={() => (editing.value = { name: parts[0].name, year })}
            data-testid={`extent-edit-${year}`}
          >
            Ändra utbredningen {year}
          </button>
        ))}
        <NewExtentForm
          defaultYear={comparison.yearB}
          editing={editing}
          disabled={!store}
          known={knownExtents(comparison, compare.userExtents.value)}
        />
        {edited.map((p) => (
          <button
            key={p.id}
            type="button"
            disabled={!store}
            onClick={() => void store?.remove(extentDocumentId(p.name, p.year))}
          >
            Ta bort ändringen {p.year}
          </button>
        ))}
      </div>
      {saved && (
        <div class="compare-saved">
          <p role="status" data-testid="extent-saved">
            Utbredningen {saved.name} {saved.year} är sparad.
          </p>
          {pair && (
            <button
              type="button"
              onClick={() => compareWithSaved(saved, pair)}
              data-testid="extent-saved-compare"
            >
              Jämför {pair[0]} → {pair[1]}
            </button>
          )}
        </div>
      )}
      {!store && (
        <p class="caption">
          Ändringar kan inte sparas i den här webbläsaren (se Data och filer), så de går inte att
          göra.
        </p>
      )}
    </section>
  );
}
