import type { Signal } from '@preact/signals';
import type { AreaSummary } from '../data/areaLayers';
import type { RGBA } from '../map/layers/colorScale';
import {
  availableOdsYears,
  drawnOdsStyles,
  odsYearColors,
  ODS_YEAR_COLORS,
} from '../map/layers/odsYears';

interface Props {
  ods: AreaSummary[];
  /** The chosen years; the map and the legend draw what drawnOdsYears makes of them. */
  odsYears: Signal<number[]>;
}

const css = (c: RGBA) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

/** One checkbox per mapping year in the data, each with the colour it is drawn in. */
export function OdsYearChooser({ ods, odsYears }: Props) {
  const available = availableOdsYears(ods);
  if (available.length === 0) return null;
  const drawn = drawnOdsStyles(ods, odsYears.value);
  const colors = odsYearColors(available);
  const toggle = (year: number, on: boolean) => {
    const years = drawn.map((s) => s.year).filter((y) => y !== year);
    odsYears.value = (on ? [...years, year] : years).sort((a, b) => a - b);
  };
  return (
    <fieldset class="card ods-years" data-testid="ods-years">
      <legend>ÖDS-kartläggningar på kartan</legend>
      <div class="toggles">
        {available.map((year) => (
          <label key={year} class="toggle">
            <input
              type="checkbox"
              checked={drawn.some((s) => s.year === year)}
              onChange={(e) => toggle(year, e.currentTarget.checked)}
            />
            <span
              class="year-line"
              style={{ borderColor: css(colors.get(year) ?? ODS_YEAR_COLORS[0]) }}
            />
            {year}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
