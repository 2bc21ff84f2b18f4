import { useState } from 'preact/hooks';
import { categoriesFromText, DEFAULT_CHECKLISTS } from '../../state/walk/checklists';
import type { WalkView } from '../../state/walk/walkView';

/** The checklists are data: one category per line, kept on this device. */
export function ChecklistEditor({ view }: { view: WalkView }) {
  const lists = view.checklists.value;
  const [texts, setTexts] = useState(() => lists.map((l) => l.categories.join('\n')));
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <details class="card" data-testid="walk-checklists">
      <summary>Redigera checklistor</summary>
      {lists.map((l, i) => (
        <label key={l.id} class="walk-field">
          <span>{l.name} (en kategori per rad)</span>
          <textarea
            rows={Math.max(4, l.categories.length + 1)}
            value={texts[i] ?? ''}
            onInput={(e) => {
              const value = e.currentTarget.value;
              setTexts(texts.map((t, k) => (k === i ? value : t)));
            }}
          />
        </label>
      ))}
      <div class="walk-row">
        <button
          type="button"
          class="walk-big primary"
          onClick={() => {
            const next = lists.map((l, i) => {
              const categories = categoriesFromText(texts[i] ?? '');
              return { ...l, categories: categories.length > 0 ? categories : ['Övrigt'] };
            });
            view.saveChecklists(next);
            setTexts(next.map((l) => l.categories.join('\n')));
            setSaved('Checklistorna sparades på den här enheten.');
          }}
        >
          Spara checklistor
        </button>
        <button
          type="button"
          class="walk-big"
          onClick={() => {
            view.saveChecklists(DEFAULT_CHECKLISTS);
            setTexts(DEFAULT_CHECKLISTS.map((l) => l.categories.join('\n')));
            setSaved('Standardlistorna är återställda.');
          }}
        >
          Återställ standardlistorna
        </button>
      </div>
      {saved && (
        <p class="walk-ok" role="status">
          {saved}
        </p>
      )}
    </details>
  );
}
