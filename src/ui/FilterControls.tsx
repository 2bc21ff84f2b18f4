import type { Signal } from '@preact/signals';
import { CATEGORIES } from '../analysis/categories';
import { UNMAPPED_SLOT } from '../analysis/countCategories';
import { isAllDay, type OffenceFilter } from '../analysis/filter';

const WEEKDAYS = ['Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön'];
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const pad = (h: number) => String(h).padStart(2, '0');

function summary(f: OffenceFilter): string {
  const cats = f.categorySlots.slice(0, CATEGORIES.length).filter(Boolean).length;
  const parts = [
    cats === CATEGORIES.length ? 'alla kategorier' : `${cats} av ${CATEGORIES.length} kategorier`,
  ];
  const days = f.weekdays.filter(Boolean).length;
  if (days < 7) parts.push(WEEKDAYS.filter((_, i) => f.weekdays[i]).join(', '));
  if (!isAllDay(f)) parts.push(`kl. ${pad(f.hourFrom)}–${pad((f.hourTo + 1) % 24)}`);
  return parts.join('; ');
}

/** Categories colour the map and area tables; weekdays and hours apply to every count. */
export function FilterControls({ filter }: { filter: Signal<OffenceFilter> }) {
  const f = filter.value;
  const setSlot = (slot: number, on: boolean) =>
    (filter.value = { ...f, categorySlots: f.categorySlots.map((v, s) => (s === slot ? on : v)) });
  const setAll = (on: boolean) =>
    (filter.value = {
      ...f,
      // "Alla" and "Inga" mean every slot, the unmapped rows ("Ej mappad") included.
      categorySlots: f.categorySlots.map(() => on),
    });
  return (
    <details class="card filters">
      <summary>Filter: {summary(f)}</summary>
      <fieldset>
        <legend>Brottskategorier (karta och tabeller per område)</legend>
        <div class="row-buttons">
          <button type="button" onClick={() => setAll(true)}>
            Alla
          </button>
          <button type="button" onClick={() => setAll(false)}>
            Inga
          </button>
        </div>
        {CATEGORIES.map((name, slot) => (
          <label key={name} class="check">
            <input
              type="checkbox"
              checked={f.categorySlots[slot]}
              onChange={(e) => setSlot(slot, e.currentTarget.checked)}
            />
            {name}
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            checked={f.categorySlots[UNMAPPED_SLOT]}
            onChange={(e) => setSlot(UNMAPPED_SLOT, e.currentTarget.checked)}
          />
          Ej mappad (okänd kategori)
        </label>
      </fieldset>
      <fieldset>
        <legend>Veckodagar</legend>
        <div class="toggles">
          {WEEKDAYS.map((d, i) => (
            <label key={d} class="toggle">
              <input
                type="checkbox"
                checked={f.weekdays[i]}
                onChange={(e) =>
                  (filter.value = {
                    ...f,
                    weekdays: f.weekdays.map((v, k) => (k === i ? e.currentTarget.checked : v)),
                  })
                }
              />
              {d}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Tid på dygnet</legend>
        <label>
          Från kl.
          <select
            value={String(f.hourFrom)}
            onChange={(e) => (filter.value = { ...f, hourFrom: Number(e.currentTarget.value) })}
          >
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {pad(h)}:00
              </option>
            ))}
          </select>
        </label>
        <label>
          Till kl.
          <select
            value={String(f.hourTo)}
            onChange={(e) => (filter.value = { ...f, hourTo: Number(e.currentTarget.value) })}
          >
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {pad(h)}:59
              </option>
            ))}
          </select>
        </label>
        <p class="caption">Brott utan klockslag räknas bara när hela dygnet är valt.</p>
      </fieldset>
    </details>
  );
}
