import { useState } from 'preact/hooks';
import { walkFromRouteFile } from '../../state/walk/walkFiles';
import type { WalkView } from '../../state/walk/walkView';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Which walk: choose one, start a new one, or read one from a route file or a colleague's export. */
export function WalkChooser({
  view,
  save,
}: {
  view: WalkView;
  save: (bytes: Uint8Array, type: string, name: string) => void;
}) {
  const { store } = view;
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const walks = store.walks.value;
  const current = store.current.value;
  const readRoute = async (file: File) => {
    try {
      const fields = walkFromRouteFile(file.name, new Uint8Array(await file.arrayBuffer()));
      await store.createWalk(fields);
      view.tab.value = 'plan';
      setStatus({
        ok: true,
        text: `Rutten i ${file.name} blev vandringen "${fields.name}" med ${fields.stops.length} stopp.`,
      });
    } catch (e) {
      setStatus({ ok: false, text: `${file.name} kunde inte läsas som rutt: ${message(e)}` });
    }
  };
  const readWalk = async (file: File) => {
    try {
      await store.importWalk(new Uint8Array(await file.arrayBuffer()), file.name);
      setStatus({ ok: true, text: `Vandringen i ${file.name} lästes in.` });
    } catch (e) {
      setStatus({ ok: false, text: `${file.name} kunde inte läsas in: ${message(e)}` });
    }
  };
  const exportWalk = async () => {
    if (!current) return;
    try {
      const { bytes, documents, photos } = await store.exportWalk(current._id);
      save(
        bytes,
        'application/zip',
        `vandring-${current.date || 'utan-datum'}-${slug(current.name)}.zip`,
      );
      setStatus({
        ok: true,
        text: `Vandringen sparades som en fil: ${documents} dokument och ${photos} foton.`,
      });
    } catch (e) {
      setStatus({ ok: false, text: `Vandringen kunde inte exporteras: ${message(e)}` });
    }
  };
  return (
    <section class="card walk-chooser" aria-label="Vandring">
      <div class="walk-row">
        <label class="walk-grow">
          Vandring
          <select
            data-testid="walk-select"
            value={store.currentId.value ?? ''}
            onChange={(e) => (store.currentId.value = e.currentTarget.value || null)}
          >
            <option value="">{walks.length ? 'Välj vandring…' : 'Inga vandringar än'}</option>
            {walks.map((w) => (
              <option key={w._id} value={w._id}>
                {w.date ? `${w.date} ` : ''}
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="walk-big primary"
          data-testid="walk-new"
          onClick={() => {
            void store.createWalk();
            view.tab.value = 'plan';
          }}
        >
          Ny vandring
        </button>
      </div>
      <div class="walk-row walk-files">
        <label class="walk-file-button">
          Läs in rutt (GPX, KML)
          <input
            type="file"
            accept=".gpx,.kml,.kmz,.geojson,.json"
            data-testid="walk-route-file"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void readRoute(f);
            }}
          />
        </label>
        <label class="walk-file-button">
          Läs in vandring (zip)
          <input
            type="file"
            accept=".zip"
            data-testid="walk-archive-file"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void readWalk(f);
            }}
          />
        </label>
        {current && (
          <button type="button" data-testid="walk-export" onClick={() => void exportWalk()}>
            Exportera hela vandringen
          </button>
        )}
      </div>
      {status && (
        <p class={status.ok ? 'walk-ok' : 'walk-error'} role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}

export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'vandring';
