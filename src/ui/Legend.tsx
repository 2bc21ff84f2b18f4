import type { ColorClasses, RGBA } from '../map/layers/colorScale';
import { ODS_NEWER_COLOR, ODS_OLDER_COLOR } from '../map/layers/odsLayers';
import { SITE_COLOR, TEMPORARY_SITE_COLOR, WALK_COLOR } from '../map/layers/overlayLayers';
import type { WalkLegendItem } from './walkLegend';
import { CATEGORIES } from '../analysis/categories';
import { CATEGORY_COLORS } from '../map/layers/rawPointsLayer';
import { formatCount, formatRate } from './format';

const css = (c: RGBA) => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(2)})`;

interface Props {
  title: string;
  /** Categorical entries (hot/cold spots) instead of value classes. */
  items?: { color: RGBA; label: string }[];
  /** Counts (hexagons) are whole numbers; rates and densities get decimals. */
  wholeNumbers: boolean;
  classes: ColorClasses;
  periodLabel: string;
  odsYears: number[];
  /** Show the category colours of raw points. */
  showCategories: boolean;
  /** One line per walk status present (`walkLegendItems`). */
  walks: WalkLegendItem[];
  /** Some walk has numbered stops. */
  walkStops: boolean;
}

export function Legend({
  title,
  items,
  wholeNumbers,
  classes,
  periodLabel,
  odsYears,
  showCategories,
  walks,
  walkStops,
}: Props) {
  const bounds = [0, ...classes.breaks];
  const fmt = wholeNumbers ? formatCount : formatRate;
  return (
    <div class="legend" data-testid="legend">
      <h3>{title}</h3>
      <p class="caption">{periodLabel}</p>
      {items ? (
        <ul>
          {items.map((it) => (
            <li key={it.label}>
              <span class="swatch" style={{ background: css(it.color) }} />
              {it.label}
            </li>
          ))}
        </ul>
      ) : (
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
      )}
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
      <ul class="symbols">
        <li>
          <span class="line" style={{ borderColor: css(ODS_OLDER_COLOR) }} />
          ÖDS {odsYears[0]}
        </li>
        <li>
          <span class="line" style={{ borderColor: css(ODS_NEWER_COLOR) }} />
          ÖDS {odsYears[1]}
        </li>
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
            <span class="line thick" style={{ borderColor: css(w.color) }} />
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
    </div>
  );
}
