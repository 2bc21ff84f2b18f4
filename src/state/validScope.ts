import type { Scope } from '../analysis/dashboard';
import type { AreaSummary } from '../data/areaLayers';

/**
 * The scope still names something loaded, else the first stadsdelsområde,
 * else all areas: after one's own stadsdelar replace the demo's, "Kungsholmen"
 * may not exist, and a comparison of nothing reads "okänt område" and "< 3".
 */
export function validScope(scope: Scope, stadsdelar: AreaSummary[], ods: AreaSummary[]): Scope {
  const exists =
    scope.kind === 'all' ||
    (scope.kind === 'district' && stadsdelar.some((a) => a.district === scope.name)) ||
    (scope.kind === 'stadsdel' && stadsdelar.some((a) => a.id === scope.id)) ||
    (scope.kind === 'ods' && ods.some((a) => a.id === scope.id));
  if (exists) return scope;
  const district = stadsdelar.find((a) => a.district)?.district;
  return district ? { kind: 'district', name: district } : { kind: 'all' };
}
