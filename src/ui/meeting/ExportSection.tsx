import { useState } from 'preact/hooks';
import { comparisonTextTable } from '../../cli/comparisonTableOutput';
import { renderCsv } from '../../cli/renderCsv';
import { renderMarkdown } from '../../cli/renderMarkdown';
import type { TextTable } from '../../cli/tableModel';
import { basemapAttribution } from '../../map/basemaps';
import { ACTION_STATUS_COLORS } from '../../map/layers/meetingLayers';
import type { AppState } from '../../state/appState';
import { downloadBlob } from '../../state/download';
import { changesTable } from '../../state/meeting/meetingTables';
import type { MeetingState } from '../../state/meeting/meetingState';
import { periodsOf } from '../../state/periodChoice';
import type { MapSlots } from '../mapSlots';
import { EXPORT_SIZES, mapPng, type MapFrame } from './exportPng';
import { downloadText, fileDay } from './files';
import { readLegend } from './legendModel';
import { STATUS_LABELS, STATUSES } from './meetingFormat';
import { printImage } from './PrintSheet';

/** What the exported map says about itself: title, period, legend and where the data is from. */
export function mapFrame(state: AppState, meeting: MeetingState, withTitle = true): MapFrame {
  const period = periodsOf(state.period.value);
  const slide = meeting.current.value?.slide;
  const scope = state.result.value?.comparison.scopeLabel ?? '';
  const title =
    slide?.kind === 'agenda' ? slide.item.title : slide?.kind === 'view' ? slide.view.name : scope;
  const demo = state.demoRoles.value.includes('offences');
  return {
    title: withTitle ? `${meeting.series.value?.name ?? 'Lägesbild'}: ${title}` : '',
    period: `Period ${period.current.label} mot ${period.previous.label}`,
    source:
      `Källa: ${demo ? 'demodata (syntetiska brott, inte polisens statistik)' : 'anmälda brott ur egen fil'}. ` +
      `${basemapAttribution(state.basemap.value, state.demoRoles.value.includes('areas'))}. Lägeskartan ${fileDay()}.`,
    legend: readLegend(),
    extraLegend: meeting.docs.lists.action.value.length
      ? STATUSES.map((s) => ({
          shape: 'dot' as const,
          color: `rgb(${ACTION_STATUS_COLORS[s].slice(0, 3).join(',')})`,
          label: `Åtgärd: ${STATUS_LABELS[s]}`,
        }))
      : [],
  };
}

/** Prints the A4 landscape sheet: the map drawn as an image first, then the browser's print. */
export async function printPage(state: AppState, meeting: MeetingState, slots: MapSlots) {
  const controller = slots.controller.value;
  if (!controller)
    throw new Error('Kartan har inte laddats än. Vänta tills den syns och försök igen.');
  const blob = await mapPng(controller, 2400, 940, mapFrame(state, meeting, false));
  if (printImage.value) URL.revokeObjectURL(printImage.value);
  printImage.value = URL.createObjectURL(blob);
  // The image must be decoded before the page is laid out for print.
  await new Promise((r) => requestAnimationFrame(r));
  const img = document.querySelector<HTMLImageElement>('.print-sheet img');
  await img?.decode();
  document.body.dataset.printReady = 'true';
  window.print();
}

/** Maps, the printed page and the tables, as the written lägesbild needs them. */
export function ExportSection({
  state,
  meeting,
  slots,
}: {
  state: AppState;
  meeting: MeetingState;
  slots: MapSlots;
}) {
  const [size, setSize] = useState<string>(EXPORT_SIZES[0].id);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const periods = periodsOf(state.period.value);
  const threshold = state.privacyThreshold.value;
  const result = state.result.value;
  const counts = meeting.counts.value;

  const run = (what: string, job: () => Promise<string>) => {
    setBusy(true);
    job()
      .then(
        (text) => setMessage({ ok: true, text }),
        (e: unknown) => {
          console.error(e);
          setMessage({ ok: false, text: `${what}: ${e instanceof Error ? e.message : String(e)}` });
        },
      )
      .finally(() => setBusy(false));
  };

  // File names are Swedish like every other download (`platser-…`, `karta-…`).
  const tables: { id: string; file: string; label: string; table: () => TextTable | null }[] = [
    {
      id: 'comparison',
      file: 'jamforelsetabell',
      label: 'Jämförelsetabellen',
      table: () =>
        result &&
        comparisonTextTable({
          scopeLabel: result.comparison.scopeLabel,
          periods,
          rows: result.comparison.rows,
          threshold,
        }),
    },
    {
      id: 'areas',
      file: 'forandring-per-omrade',
      label: 'Förändring per område',
      table: () =>
        changesTable(
          'Förändring per område',
          'Stadsdel',
          meeting.areas.value.map((a) => ({ name: a.name, rows: counts.get(a.key) })),
          periods,
          threshold,
        ),
    },
    {
      id: 'places',
      file: 'forandring-per-plats',
      label: 'Förändring per plats',
      table: () =>
        changesTable(
          'Förändring per plats',
          'Plats',
          meeting.agenda.value.map((a) => ({ name: a.title, rows: counts.get(a.key) })),
          periods,
          threshold,
        ),
    },
  ];

  // Never collapsed: the map and the tables for the written lägesbild are one click away.
  return (
    <section class="card exports" data-testid="exports" aria-labelledby="exports-title">
      <h2 id="exports-title">Exportera till lägesbilden</h2>
      <div class="export-row">
        <select
          aria-label="Kartans storlek"
          value={size}
          onChange={(e) => setSize(e.currentTarget.value)}
          data-testid="png-size"
        >
          {EXPORT_SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="export-png"
          disabled={busy || !slots.controller.value}
          onClick={() =>
            run('Kartan kunde inte sparas', async () => {
              const controller = slots.controller.value;
              const s = EXPORT_SIZES.find((x) => x.id === size) ?? EXPORT_SIZES[0];
              if (!controller) throw new Error('Kartan har inte laddats än.');
              const blob = await mapPng(controller, s.width, s.height, mapFrame(state, meeting));
              downloadBlob(blob, `karta-${fileDay()}-${s.width}x${s.height}.png`);
              return `Kartan sparades som PNG, ${s.width} × ${s.height} bildpunkter.`;
            })
          }
        >
          Kartan som PNG
        </button>
        <button
          type="button"
          data-testid="print-page"
          disabled={busy}
          onClick={() =>
            run('Utskriften kunde inte förberedas', async () => {
              await printPage(state, meeting, slots);
              return 'Sidan skickades till utskrift (A4 liggande: kartan och tabellerna, sedan platser och beslut).';
            })
          }
        >
          Skriv ut A4
        </button>
      </div>
      <ul class="table-exports" aria-label="Tabeller">
        {tables.map((t) => (
          <li key={t.id}>
            {t.label}
            <span class="table-export-buttons">
              <button
                type="button"
                class="link"
                data-testid={`csv-${t.id}`}
                aria-label={`${t.label} som CSV (Excel)`}
                onClick={() => {
                  const table = t.table();
                  if (table)
                    downloadText(renderCsv(table), `${t.file}-${fileDay()}.csv`, 'text/csv');
                }}
              >
                CSV (Excel)
              </button>
              <button
                type="button"
                class="link"
                data-testid={`md-${t.id}`}
                aria-label={`Kopiera ${t.label} som Markdown`}
                onClick={() => {
                  const table = t.table();
                  if (!table) return;
                  const md = renderMarkdown(table);
                  navigator.clipboard.writeText(md).then(
                    () => setMessage({ ok: true, text: `${t.label} kopierades som Markdown.` }),
                    () => {
                      downloadText(md, `${t.file}-${fileDay()}.md`, 'text/markdown');
                      setMessage({
                        ok: true,
                        text: `Urklipp gick inte att nå; ${t.label} sparades som Markdown-fil i stället.`,
                      });
                    },
                  );
                }}
              >
                Markdown
              </button>
            </span>
          </li>
        ))}
      </ul>
      {message && (
        <p
          class={message.ok ? 'caption' : 'failed'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="export-status"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
