import type { MultiPolygon, Polygon } from 'geojson';
import type { AreaSummary } from '../../data/areaLayers';
import type { WalkDocument } from '../../state/walk/walkStore';
import { ObservationSymbol, type ObservationMark } from './ObservationSymbol';

type LonLat = [number, number];

/**
 * A printable map of the walk in SVG: the district outlines and ÖDS extents as background,
 * the route, numbered stops and meeting point on top, then the observations (`observations`
 * on the overview, `highlight` centred on its own small map), problem and positive apart. Vector, so it prints sharp on A4 and
 * needs neither tiles nor WebGL.
 */
export function RouteSvg({
  walk,
  areas,
  ods,
  highlight,
  observations = [],
  width,
  height,
  marginMetres = 120,
}: {
  walk: WalkDocument;
  areas: AreaSummary[];
  ods: AreaSummary[];
  highlight?: ObservationMark | null;
  observations?: ObservationMark[];
  width: number;
  height: number;
  marginMetres?: number;
}) {
  const points: LonLat[] = [
    ...walk.route,
    ...walk.stops.map((s) => s.position),
    ...(walk.meetingPoint.position ? [walk.meetingPoint.position] : []),
    ...observations.map((o) => o.position),
    ...(highlight ? [highlight.position] : []),
  ];
  if (points.length === 0) return null;
  const lat0 = points.reduce((s, p) => s + p[1], 0) / points.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const metresPerDegree = 111_320;
  const xs = points.map((p) => p[0] * k * metresPerDegree);
  const ys = points.map((p) => -p[1] * metresPerDegree);
  // A single observation's map is centred on it, the route card on the whole route.
  const cx = highlight
    ? highlight.position[0] * k * metresPerDegree
    : (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = highlight
    ? -highlight.position[1] * metresPerDegree
    : (Math.min(...ys) + Math.max(...ys)) / 2;
  const spanX = highlight ? 2 * marginMetres : Math.max(...xs) - Math.min(...xs) + 2 * marginMetres;
  const spanY = highlight ? 2 * marginMetres : Math.max(...ys) - Math.min(...ys) + 2 * marginMetres;
  const scale = Math.min(width / spanX, height / spanY);
  const project = ([lon, lat]: LonLat | number[]): [number, number] => [
    width / 2 + (lon * k * metresPerDegree - cx) * scale,
    height / 2 + (-lat * metresPerDegree - cy) * scale,
  ];
  const path = (ring: number[][]) =>
    ring
      .map(
        (p, i) =>
          `${i === 0 ? 'M' : 'L'}${project(p)
            .map((v) => v.toFixed(1))
            .join(' ')}`,
      )
      .join('') + 'Z';
  const polygonPath = (g: Polygon | MultiPolygon) =>
    (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .flatMap((poly) => poly.map(path))
      .join('');
  const route = walk.route
    .map((p) =>
      project(p)
        .map((v) => v.toFixed(1))
        .join(','),
    )
    .join(' ');
  const stopRadius = Math.max(8, Math.min(width, height) / 40);
  const meeting = walk.meetingPoint.position ? project(walk.meetingPoint.position) : null;
  // 100 m scale bar in the corner.
  const bar = 100 * scale;
  return (
    <svg
      class="walk-svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={`Karta över ${walk.name}`}
    >
      <rect width={width} height={height} fill="#eef2f4" />
      {areas.map((a) => (
        <path
          key={a.id}
          d={polygonPath(a.geometry)}
          fill="#fbfaf6"
          stroke="#9aa5ad"
          stroke-width="1"
        />
      ))}
      {ods.map((a) => (
        <path
          key={a.id}
          d={polygonPath(a.geometry)}
          fill="rgba(200,30,30,0.10)"
          stroke="#c81e1e"
          stroke-width="1.5"
          stroke-dasharray="4 3"
        />
      ))}
      {walk.route.length > 1 && (
        <>
          <polyline
            points={route}
            fill="none"
            stroke="#fff"
            stroke-width="9"
            stroke-linejoin="round"
            stroke-linecap="round"
          />
          <polyline
            points={route}
            fill="none"
            stroke="#54278f"
            stroke-width="5"
            stroke-linejoin="round"
            stroke-linecap="round"
          />
        </>
      )}
      {meeting && (
        <g>
          <circle cx={meeting[0]} cy={meeting[1]} r={stopRadius} fill="#54278f" />
          <text
            x={meeting[0]}
            y={meeting[1]}
            dy="0.35em"
            text-anchor="middle"
            fill="#fff"
            font-size={stopRadius * 1.1}
            font-weight="700"
          >
            M
          </text>
        </g>
      )}
      {walk.stops.map((s, i) => {
        const [x, y] = project(s.position);
        return (
          <g key={i}>
            <circle cx={x} cy={y} r={stopRadius} fill="#fff" stroke="#54278f" stroke-width="3" />
            <text
              x={x}
              y={y}
              dy="0.35em"
              text-anchor="middle"
              fill="#54278f"
              font-size={stopRadius * 1.1}
              font-weight="700"
            >
              {i + 1}
            </text>
          </g>
        );
      })}
      {/* Above the stops: one made at a stop would hide under its number. */}
      {observations.map((o, i) => {
        const [x, y] = project(o.position);
        return <ObservationSymbol key={i} x={x} y={y} r={stopRadius * 0.7} positive={o.positive} />;
      })}
      {highlight && (
        <ObservationSymbol
          x={project(highlight.position)[0]}
          y={project(highlight.position)[1]}
          r={stopRadius * 0.7}
          positive={highlight.positive}
        />
      )}
      <g transform={`translate(${12}, ${height - 14})`}>
        <rect x="-4" y="-16" width={bar + 8} height="22" fill="rgba(255,255,255,0.85)" />
        <line x1="0" y1="0" x2={bar} y2="0" stroke="#1b1f24" stroke-width="3" />
        <text x={bar / 2} y="-5" text-anchor="middle" font-size="11" fill="#1b1f24">
          100 m
        </text>
      </g>
    </svg>
  );
}
