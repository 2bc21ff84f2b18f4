import { useState } from 'preact/hooks';
import { CATEGORIES } from '../analysis/categories';
import { isMasked } from '../analysis/privacy';
import type { PatternResult } from '../worker/protocol';
import { formatPercent } from './format';
import { countText } from './privacyFormat';
import { TrendChart } from './TrendChart';

const WEEKDAYS = ['Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön'];

interface Props {
  scopeLabel: string;
  periodLabel: string;
  patterns: PatternResult;
  privacyThreshold: number;
}

function WeekdayHourTable({ matrix, threshold }: { matrix: Uint32Array; threshold: number }) {
  const max = Math.max(1, ...matrix);
  return (
    <table class="heat" data-testid="weekday-hour">
      <thead>
        <tr>
          <th />
          {Array.from({ length: 24 }, (_, h) => (
            <th key={h} scope="col">
              {h % 3 === 0 ? String(h).padStart(2, '0') : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((d, w) => (
          <tr key={d}>
            <th scope="row">{d}</th>
            {Array.from({ length: 24 }, (_, h) => {
              const n = matrix[w * 24 + h];
              const level = isMasked(n, threshold) ? 0 : n / max;
              return (
                <td
                  key={h}
                  style={{ background: `rgba(189, 0, 38, ${(0.06 + 0.94 * level).toFixed(2)})` }}
                  title={`${d} kl. ${String(h).padStart(2, '0')}: ${countText(n, threshold)}`}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** When and where, for the chosen area: what an EST meeting plans patrols and walks from. */
export function PatternsPanel({ scopeLabel, periodLabel, patterns, privacyThreshold }: Props) {
  const [category, setCategory] = useState(0);
  const streets = patterns.topStreets[category] ?? [];
  return (
    <details class="card patterns" open>
      <summary>Mönster: {scopeLabel}</summary>
      <h3>Veckodag och timme, {periodLabel}</h3>
      <WeekdayHourTable matrix={patterns.weekdayHour} threshold={privacyThreshold} />
      <p class="caption">
        {formatPercent(patterns.topCellShare * 100).replace('+', '')} av brotten sker i de 5 % av
        100-metersrutorna som har flest brott.
      </p>
      <label class="wide">
        Kategori för trend och gator
        <select
          value={String(category)}
          onChange={(e) => setCategory(Number(e.currentTarget.value))}
          data-testid="pattern-category"
        >
          {CATEGORIES.map((c, i) => (
            <option key={c} value={String(i)}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <h3>Per månad, hela perioden i datan</h3>
      <TrendChart
        months={patterns.trend.months}
        values={patterns.trend.byCategory[category] ?? []}
      />
      <h3>Gator med flest brott, {periodLabel}</h3>
      <table class="data" data-testid="top-streets">
        <tbody>
          {streets.map((s) => (
            <tr key={s.street}>
              <th scope="row">{s.street}</th>
              <td class="num">{countText(s.count, privacyThreshold)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
