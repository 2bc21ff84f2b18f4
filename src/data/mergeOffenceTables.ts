import { StringInterner, type OffenceTable } from './offenceTable';

type Column = 'e' | 'n' | 'lon' | 'lat' | 'day' | 'minute' | 'category';

function concatColumn<K extends Column>(tables: OffenceTable[], key: K): OffenceTable[K] {
  const total = tables.reduce((s, t) => s + t.count, 0);
  const first = tables[0][key];
  const out = new (first.constructor as new (n: number) => OffenceTable[K])(total);
  let at = 0;
  for (const t of tables) {
    out.set(t[key].subarray(0, t.count) as never, at);
    at += t.count;
  }
  return out;
}

/** Codes of interned strings re-based onto one shared list. */
function remap(
  tables: OffenceTable[],
  codes: 'typeIndex' | 'streetIndex',
  values: 'types' | 'streets',
) {
  const interner = new StringInterner();
  const total = tables.reduce((s, t) => s + t.count, 0);
  const out = codes === 'typeIndex' ? new Uint16Array(total) : new Uint32Array(total);
  let at = 0;
  for (const t of tables) {
    const map = t[values].map((v) => interner.code(v));
    for (let i = 0; i < t.count; i++) out[at + i] = map[t[codes][i]];
    at += t.count;
  }
  return { codes: out, values: interner.values };
}

/** Several offence files (e.g. one export per year) become one table. */
export function mergeOffenceTables(tables: OffenceTable[]): OffenceTable {
  if (tables.length === 0) throw new Error('mergeOffenceTables needs at least one table');
  if (tables.length === 1) return tables[0];
  const types = remap(tables, 'typeIndex', 'types');
  const streets = remap(tables, 'streetIndex', 'streets');
  return {
    count: tables.reduce((s, t) => s + t.count, 0),
    e: concatColumn(tables, 'e'),
    n: concatColumn(tables, 'n'),
    lon: concatColumn(tables, 'lon'),
    lat: concatColumn(tables, 'lat'),
    day: concatColumn(tables, 'day'),
    minute: concatColumn(tables, 'minute'),
    category: concatColumn(tables, 'category'),
    typeIndex: types.codes as Uint16Array,
    types: types.values,
    streetIndex: streets.codes as Uint32Array,
    streets: streets.values,
  };
}
