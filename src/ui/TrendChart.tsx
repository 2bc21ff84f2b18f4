import { formatCount } from './format';

const W = 380;
const H = 90;

/** A plain SVG line per month: enough to see a trend, no chart library needed. */
export function TrendChart({ months, values }: { months: string[]; values: number[] }) {
  if (values.length < 2) return <p class="caption">För få månader för en trend.</p>;
  const max = Math.max(1, ...values);
  const x = (i: number) => (i / (values.length - 1)) * (W - 10) + 5;
  const y = (v: number) => H - 14 - (v / max) * (H - 24);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const years = months.map((m, i) => ({ m, i })).filter(({ m }) => m.endsWith('-01'));
  return (
    <svg
      class="trend"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Trend per månad, högst ${formatCount(max)}`}
    >
      {years.map(({ m, i }) => (
        <g key={m}>
          <line x1={x(i)} x2={x(i)} y1={4} y2={H - 14} stroke="#d5dbe0" />
          <text x={x(i) + 2} y={H - 2} font-size="10" fill="#5b6670">
            {m.slice(0, 4)}
          </text>
        </g>
      ))}
      <polyline points={points} fill="none" stroke="#1d3557" stroke-width="1.5" />
      <text x={W - 4} y={12} font-size="10" text-anchor="end" fill="#5b6670">
        max {formatCount(max)}/mån
      </text>
    </svg>
  );
}
