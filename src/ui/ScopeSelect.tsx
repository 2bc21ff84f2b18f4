import type { Signal } from '@preact/signals';
import { ALL_AREAS_LABEL, type Scope } from '../analysis/dashboard';
import type { AreaSummary } from '../data/areaLayers';

interface Props {
  scope: Signal<Scope>;
  stadsdelar: AreaSummary[];
  ods: AreaSummary[];
}

const encode = (s: Scope) =>
  s.kind === 'all' ? 'all:' : s.kind === 'district' ? `district:${s.name}` : `${s.kind}:${s.id}`;

function decode(value: string): Scope {
  const [kind, ...rest] = value.split(':');
  const key = rest.join(':');
  if (kind === 'all') return { kind: 'all' };
  if (kind === 'district') return { kind: 'district', name: key };
  return kind === 'ods' ? { kind: 'ods', id: key } : { kind: 'stadsdel', id: key };
}

/** Which area the period comparison describes. */
export function ScopeSelect({ scope, stadsdelar, ods }: Props) {
  const districts = [...new Set(stadsdelar.map((a) => a.district).filter(Boolean))];
  return (
    <label class="card scope">
      Jämförelsen gäller
      <select
        value={encode(scope.value)}
        onChange={(e) => (scope.value = decode(e.currentTarget.value))}
        data-testid="scope"
      >
        <option value="all:">{ALL_AREAS_LABEL}</option>
        {districts.length > 0 && (
          <optgroup label="Stadsdelsområden">
            {districts.map((d) => (
              <option key={d} value={`district:${d}`}>
                {d} stadsdelsområde
              </option>
            ))}
          </optgroup>
        )}
        {ods.length > 0 && (
          <optgroup label="Öppna drogscener (utbredning per kartläggningsår)">
            {ods.map((a) => (
              <option key={a.id} value={`ods:${a.id}`}>
                ÖDS {a.name} {a.year ?? ''}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="Stadsdelar">
          {stadsdelar.map((a) => (
            <option key={a.id} value={`stadsdel:${a.id}`}>
              {a.name}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
