import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../analysis/categories';
import type { ColorClasses, RGBA } from '../map/layers/colorScale';
import type { OdsYearStyle } from '../map/layers/odsYears';
import { SITE_COLOR, TEMPORARY_SITE_COLOR, WALK_COLOR } from '../map/layers/overlayLayers';
import { CATEGORY_COLORS } from '../map/layers/rawPointsLayer';
import { formatCount, formatRate } from './format';
import type { LegendSymbol } from '../map/layers/walkPlanLegend';
import type { WalkLegendItem } from './walkLegend';

const css = (c: RGBA) => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(2)})`;

interface Props {
  title: string;
  /** Categorical entries (clusters) instead of value classes. */
  items?: { color: RGBA; label: string }[];
  /** Shown instead of the classes when nothing on the map is coloured, saying why. */
  emptyMessage: string | null;
  /** Counts (hexagons) are whole numbers; rates and densities get decimals. */
  wholeNumbers: boolean;
  classes: ColorClasses;
  periodLabel: string;
  /** Exactly the ÖDS mapping years drawn, with their colours. */
  odsYears: OdsYearStyle[];
  /** Show the category colours of raw points. */
  showCategories: boolean;
  /** One line per walk status present (`walkLegendItems`). */
  walks: WalkLegendItem[];
  /** Some walk has numbered stops. */
  walkStops: boolean;
  /** The shown view's own layers (the walk being planned), listed first; under no heading when `title` is ''. */
  view?: { title: string; items: LegendSymbol[] } | null;
  /** Starts (and, when switched on, goes) folded on a touch or narrow screen. */
  foldOnSmallScreens?: boolean;
}

function ViewSymbol({ item }: { item: LegendSymbol }) {
  const color = css(item.color);
  switch (item.shape) {
    case 'line':
      return <span class="line" style={{ borderColor: color }} />;
    case 'stop':
      return <span class="dot stop" style={{ borderColor: color }} />;
    case 'ring':
      return <span class="dot ring" style={{ borderColor: color }} />;
    case 'dot':
      return (
        <span
          class="dot"
          style={{ background: color, borderColor: item.ring ? css(item.ring) : undefined }}
        />
      );
  }
}

function ClassList({ classes, wholeNumbers }: Pick<Props, 'classes' | 'wholeNumbers'>) {
  const bounds = [0, ...classes.breaks];
  const fmt = wholeNumbers ? formatCount : formatRate;
  return (
    <ul>
      {classes.colors.map((c, i) => (
        <li key={i}>
          <span class="swatch" style={{ background: css(c) }} />
          {i < bounds.length - 1
            ? `${fmt(bounds[i])} – ${fmt(bounds[i + 1])}`
            : `≥ ${fmt(bounds[i])}`}
        </li>
      ))}
    </ul>
  );
}

/**
 * Walking with a tablet, the legend would cover a third of the map the route is on: in the walk
 * view it starts folded on a touch or narrow screen, one tap from open.
 */
const startsFolded = () =>
  typeof matchMedia === 'function' && matchMedia('(pointer: coarse), (max-width: 900px)').matches;

/** The map's key; it folds away so it never hides the part of the map being talked about. */
export function Legend({
  title,
  items,
  emptyMessage,
  wholeNumbers,
  classes,
  periodLabel,
  odsYears,
  showCategories,
  walks,
  walkStops,
  view,
  foldOnSmallScreens = false,
}: Props) {
  const [open, setOpen] = useState(() => !(foldOnSmallScreens && startsFolded()));
  useEffect(() => {
    if (foldOnSmallScreens && startsFolded()) setOpen(false);
  }, [foldOnSmallScreens]);
  return (
    <section class={open ? 'legend' : 'legend collapsed'} data-testid="legend">
      <button
        type="button"
        class="legend-toggle"
        aria-expanded={open}
        aria-controls="legend-body"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Dölj teckenförklaring' : 'Visa teckenförklaring'}
      </button>
      {open && (
        <div id="legend-body">
          {view && (
            <>
              {view.title && <h3>{view.title}</h3>}
              <ul class="symbols view-symbols" data-testid="legend-view">
                {view.items.map((it) => (
                  <li key={it.label}>
                    <ViewSymbol item={it} />
                    {it.label}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{title}</h3>
          <p class="caption">{periodLabel}</p>
          {emptyMessage ? (
            <p class="legend-empty" data-testid="legend-empty">
              {emptyMessage}
            </p>
          ) : items ? (
            <ul>
              {items.map((it) => (
                <li key={it.label}>
                  <span class="swatch" style={{ background: css(it.color) }} />
                  {it.label}
                </li>
              ))}
            </ul>
          ) : (
            <ClassList classes={classes} wholeNumbers={wholeNumbers} />
          )}
          <ul class="symbols">
            {odsYears.map(({ year, color }) => (
              <li key={year} data-testid="legend-ods-year">
                <span class="line" style={{ borderColor: css(color) }} />
                ÖDS {year}
              </li>
            ))}
            <li>
              <span class="dot" style={{ background: css(SITE_COLOR) }} />
              Platssamverkan
            </li>
            <li>
              <span class="dot" style={{ background: css(TEMPORARY_SITE_COLOR) }} />
              Platssamverkan (tillfällig)
            </li>
            {walks.map((w) => (
              <li key={w.label}>
                <span class="line dashed" style={{ borderColor: css(w.color) }} />
                {w.label}
              </li>
            ))}
            {walkStops && (
              <li>
                <span class="dot stop" style={{ borderColor: css(WALK_COLOR) }} />
                Stopp på vandringen
              </li>
            )}
          </ul>
          {/* Last: the longest list, the one to scroll when the map is short. */}
          {showCategories && (
            <ul class="symbols categories">
              {CATEGORIES.map((c, i) => (
                <li key={c}>
                  <span class="dot" style={{ background: css(CATEGORY_COLORS[i]) }} />
                  {c}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
