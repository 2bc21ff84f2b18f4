import type { AnalysisArea, Scope } from '../analysis/dashboard';
import { normalizeName } from '../data/normalizeName';
import { UsageError } from './cliErrors';

const same = (a: string, b: string) => normalizeName(a) === normalizeName(b);

function choices(stadsdelar: AnalysisArea[], ods: AnalysisArea[]): string {
  const districts = [...new Set(stadsdelar.map((a) => a.district).filter(Boolean))];
  const parts = [
    districts.length > 0 ? `stadsdelsområden: ${districts.join(', ')}` : '',
    `områden: ${stadsdelar.map((a) => a.name).join(', ')}`,
    ods.length > 0 ? `ÖDS: ${ods.map((a) => `ods:${a.id}`).join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

/**
 * `--scope` names what the comparison counts. A stadsdelsområde wins over a
 * stadsdel of the same name (Kungsholmen is both), as in the lägesbild;
 * "stadsdel:Kungsholmen" picks the stadsdel. Without --scope: the first
 * stadsdelsområde, else the first area.
 */
export function resolveScope(
  text: string | undefined,
  stadsdelar: AnalysisArea[],
  ods: AnalysisArea[],
): Scope {
  if (text === undefined) {
    const first = stadsdelar.find((a) => a.district) ?? stadsdelar[0];
    return first.district
      ? { kind: 'district', name: first.district }
      : { kind: 'stadsdel', id: first.id };
  }
  const m = /^(ods|stadsdel|stadsdelsomrade|stadsdelsområde):(.*)$/i.exec(text.trim());
  const prefix = m ? normalizeName(m[1]) : '';
  const name = m ? m[2].trim() : text.trim();
  if (prefix === 'ods') {
    if (ods.length === 0) {
      throw new UsageError(`--scope ${text}: ange ÖDS-utbredningarna med --ods FIL.`);
    }
    const hit = ods.find((a) => a.id === name) ?? ods.find((a) => same(a.id, name));
    if (hit) return { kind: 'ods', id: hit.id };
  } else {
    const district = stadsdelar.find((a) => a.district && same(a.district, name));
    if (district && prefix !== 'stadsdel') return { kind: 'district', name: district.district };
    const area = stadsdelar.find((a) => same(a.name, name) || a.id === name);
    if (area && prefix !== 'stadsdelsomrade') return { kind: 'stadsdel', id: area.id };
  }
  throw new UsageError(
    `--scope "${text}" finns inte i områdesfilerna. Välj bland ${choices(stadsdelar, ods)}.`,
  );
}
