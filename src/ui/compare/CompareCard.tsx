import type { ComponentChildren } from 'preact';
import {
  headlineCertainty,
  headlineOf,
  headlineSubject,
  type HeadlineCategory,
} from '../../analysis/extentHeadline';
import { LINEAGE_LABELS, sceneStateText } from '../../cli/extentsReport';
import {
  SCENES_IN_VIEW,
  type CardView,
  type Comparison,
  type ComparisonView,
} from '../../worker/protocol';
import { formatPercent } from '../format';
import { areaRows, categoryRows, hectaresText, offenceRows, type CardRow } from './cardRows';

/** The scene's state in words, naming a year without a mapping ("ej kartlagd 2025"). */
function stateOf(comparison: Comparison, card: CardView): string {
  const scene = comparison.scenes.find((s) => s.id === card.sceneId);
  return scene
    ? sceneStateText(scene, comparison.yearA, comparison.yearB)
    : LINEAGE_LABELS[card.kind];
}

function RowsTable({
  rows,
  comparison,
  caption,
  testId,
}: {
  rows: CardRow[];
  comparison: Comparison;
  caption: string;
  testId?: string;
}) {
  return (
    <table class="data compare-table" data-testid={testId}>
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Mått</th>
          <th scope="col" class="num">
            {comparison.yearA}
            <small>brott {comparison.periods.a.label}</small>
          </th>
          <th scope="col" class="num">
            {comparison.yearB}
            <small>brott {comparison.periods.b.label}</small>
          </th>
          <th scope="col" class="num">
            Förändring
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td class="num">{r.a}</td>
            <td class="num">{r.b}</td>
            <td class="num">{r.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The document's question as one number and one sentence, large. */
function Headline({ view, category }: { view: ComparisonView; category: HeadlineCategory }) {
  const h = headlineOf(view, category);
  if (!h.sentence) return null;
  const certainty = headlineCertainty(view, category);
  return (
    <div class="compare-headline" data-testid="compare-headline">
      {h.perHectareChangePercent !== null && (
        <p class="headline-number">{formatPercent(h.perHectareChangePercent)}</p>
      )}
      <p class="headline-sentence">{h.sentence.charAt(0).toUpperCase() + h.sentence.slice(1)}</p>
      {certainty && (
        <p class="headline-certainty" data-testid="headline-certainty">
          {certainty}
        </p>
      )}
    </div>
  );
}

function SceneCard({
  card,
  comparison,
  category,
  threshold,
  ringWidth,
  links,
}: {
  card: CardView;
  comparison: Comparison;
  category: HeadlineCategory;
  threshold: number;
  ringWidth: number;
  links: ComponentChildren;
}) {
  const scene = comparison.scenes.find((s) => s.id === card.sceneId);
  const parts = (list: NonNullable<typeof scene>['a'], year: number) =>
    list.map((p) => `${p.name}${p.edited ? ' (ändrad)' : ''}`).join(', ') ||
    (comparison.partialYears.includes(year) ? LINEAGE_LABELS.unmapped : '–');
  return (
    <>
      <h2 data-testid="compare-scene-state">
        {card.name}: {stateOf(comparison, card)}
      </h2>
      {scene && (
        <p class="caption">
          {comparison.yearA}: {parts(scene.a, comparison.yearA)}. {comparison.yearB}:{' '}
          {parts(scene.b, comparison.yearB)}.
        </p>
      )}
      <Headline view={card.extent} category={category} />
      <RowsTable
        rows={[...areaRows(card.extent), ...offenceRows(card.extent, category, threshold)]}
        comparison={comparison}
        caption={`${card.name}, utbredningen`}
        testId="compare-numbers"
      />
      {card.ring && (
        <>
          <h3>Zonen {ringWidth} m runt</h3>
          <RowsTable
            rows={[areaRows(card.ring)[0], ...offenceRows(card.ring, category, threshold)]}
            comparison={comparison}
            caption={`${card.name}, zonen ${ringWidth} m runt`}
          />
        </>
      )}
      {links}
      <details>
        <summary>Alla brottskategorier</summary>
        <RowsTable
          rows={categoryRows(card.extent, threshold)}
          comparison={comparison}
          caption={`${card.name}, per brottskategori`}
        />
      </details>
    </>
  );
}

function SeveralScenes({
  comparison,
  category,
}: {
  comparison: Comparison;
  category: HeadlineCategory;
}) {
  const shown = new Set(comparison.shown);
  const cards = comparison.cards.filter((card) => shown.has(card.sceneId));
  const inView = comparison.scene === SCENES_IN_VIEW;
  if (inView && cards.length === 0) {
    return (
      <>
        <h2>Scener i kartbilden</h2>
        <p data-testid="compare-none-in-view">
          Ingen scen har någon yta i kartbilden {comparison.yearA} eller {comparison.yearB}. Flytta
          eller zooma ut kartan, eller välj en scen.
        </p>
      </>
    );
  }
  return (
    <>
      <h2>{inView ? `Scener i kartbilden (${cards.length})` : 'Alla scener'}</h2>
      <table class="data compare-table" data-testid="compare-all">
        <thead>
          <tr>
            <th scope="col">Scen</th>
            <th scope="col" class="num">
              {comparison.yearA}
            </th>
            <th scope="col" class="num">
              {comparison.yearB}
            </th>
            <th scope="col" class="num">
              Per hektar
            </th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.sceneId}>
              <th scope="row">
                {card.name}
                <small>{stateOf(comparison, card)}</small>
              </th>
              <td class="num">{hectaresText(card.extent.a?.hectares)}</td>
              <td class="num">{hectaresText(card.extent.b?.hectares)}</td>
              <td class="num">
                {formatPercent(headlineOf(card.extent, category).perHectareChangePercent)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="caption">
        Per hektar: förändringen av {headlineSubject(category)} per hektar, från A:s utbredning
        under period A till B:s under period B.
      </p>
    </>
  );
}

/** The numbers card of the scene shown, or a line per scene for all scenes or those in view. */
export function CompareCard({
  comparison,
  category,
  threshold,
  ringWidth,
  links,
}: {
  comparison: Comparison;
  category: HeadlineCategory;
  threshold: number;
  ringWidth: number;
  /** The scene's links between the years, to correct. */
  links: ComponentChildren;
}) {
  const card = comparison.cards.find((k) => k.sceneId === comparison.scene);
  return (
    <section class="card compare-card" data-testid="compare-card" aria-label="Siffror">
      {card ? (
        <SceneCard
          card={card}
          comparison={comparison}
          category={category}
          threshold={threshold}
          ringWidth={ringWidth}
          links={links}
        />
      ) : (
        <SeveralScenes comparison={comparison} category={category} />
      )}
    </section>
  );
}
