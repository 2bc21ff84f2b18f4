import type { Signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { headlineOf } from '../../analysis/extentHeadline';
import type { MapController } from '../../map/MapController';
import type { AppState } from '../../state/appState';
import { downloadBlob } from '../../state/download';
import { ALL_SCENES, SCENES_IN_VIEW, type Comparison } from '../../worker/protocol';
import { demoLabel } from '../demoLabel';
import { composeComparePng } from './comparePng';
import { legendItems } from './legendItems';

/** A file name from the scene and the years, without characters a file system refuses. */
export function exportFileName(comparison: Comparison, ext: string): string {
  const scene =
    comparison.scene === ALL_SCENES
      ? 'alla-scener'
      : comparison.scene === SCENES_IN_VIEW
        ? 'scener-i-kartbilden'
        : (comparison.cards.find((c) => c.sceneId === comparison.scene)?.name ?? 'scen');
  const safe = scene
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `ods-${safe}-${comparison.yearA}-${comparison.yearB}.${ext}`;
}

async function mapPng(
  state: AppState,
  comparison: Comparison,
  main: MapController,
  second: MapController | null,
): Promise<Blob> {
  const c = state.compare;
  const mode = c.mode.value;
  const maps = [await main.snapshot()];
  if (mode === 'side' && second) maps.push(await second.snapshot());
  const card = comparison.cards.find((k) => k.sceneId === comparison.scene);
  const sentence = card ? headlineOf(card.extent, c.category.value).sentence : null;
  const several = comparison.scene === SCENES_IN_VIEW ? 'Scener i kartbilden' : 'Alla scener';
  const title = `${card?.name ?? several}: ${comparison.yearA} mot ${comparison.yearB}`;
  const demo = demoLabel(state.demoRoles.value);
  return composeComparePng(
    maps,
    {
      title,
      subtitle: sentence
        ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} (brott ${comparison.periods.a.label} mot ${comparison.periods.b.label})`
        : `Brott ${comparison.periods.a.label} mot ${comparison.periods.b.label}`,
      legend: legendItems(mode, comparison, state.ods.value),
      note: `Lägeskartan${demo ? ` – ${demo}, inte verklig statistik` : ''}. Yta i verkliga hektar (SWEREF 99 TM).`,
      mapLabels: mode === 'side' ? [`A ${comparison.yearA}`, `B ${comparison.yearB}`] : [],
      ...(mode === 'swipe'
        ? {
            divider: {
              fraction: c.divider.value,
              left: `A ${comparison.yearA}`,
              right: `B ${comparison.yearB}`,
            },
          }
        : {}),
    },
    maps[0].width / main.map.getContainer().clientWidth,
  );
}

/** The card as CSV (for Excel) and Markdown, and the map as PNG with legend, title and years. */
export function CompareExports({
  state,
  comparison,
  main,
  second,
}: {
  state: AppState;
  comparison: Comparison;
  main: MapController | null;
  second: Signal<MapController | null>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const save = (text: string, type: string, ext: string) =>
    downloadBlob(new Blob([text], { type }), exportFileName(comparison, ext));
  const savePng = async () => {
    if (!main) return;
    setMessage('Bilden ritas …');
    try {
      downloadBlob(
        await mapPng(state, comparison, main, second.value),
        exportFileName(comparison, 'png'),
      );
      setMessage(null);
    } catch (e) {
      console.error(e);
      setMessage(
        `Kartbilden kunde inte sparas: ${e instanceof Error ? e.message : String(e)}. Försök igen.`,
      );
    }
  };
  return (
    <section class="card compare-exports" aria-label="Spara">
      <div class="compare-row">
        <button
          type="button"
          onClick={() => save(comparison.csv, 'text/csv;charset=utf-8', 'csv')}
          data-testid="compare-csv"
        >
          Siffror som CSV
        </button>
        <button
          type="button"
          onClick={() => save(comparison.markdown, 'text/markdown;charset=utf-8', 'md')}
          data-testid="compare-md"
        >
          Siffror som Markdown
        </button>
        <button
          type="button"
          onClick={() => void savePng()}
          disabled={!main}
          data-testid="compare-png"
        >
          Kartan som PNG
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
