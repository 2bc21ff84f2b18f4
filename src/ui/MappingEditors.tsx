import { CATEGORIES } from '../analysis/categories';
import {
  FIELD_LABELS,
  OFFENCE_FIELDS,
  type ColumnMapping,
  type OffenceField,
} from '../data/detectColumns';
import type { DatasetSummary } from '../worker/protocol';
import { formatCount } from './format';
import { shortenValue } from '../data/shortenValue';
import { LongValue } from './LongValue';

type Table = NonNullable<DatasetSummary['table']>;

/** Which column holds what; pre-filled by detection, remembered for files with the same columns. */
export function ColumnMappingEditor({
  table,
  onChange,
}: {
  table: Table;
  onChange: (mapping: ColumnMapping, eastColumn: 0 | 1) => void;
}) {
  const set = (field: OffenceField, value: string) => {
    const next = { ...table.mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(next, table.eastColumn);
  };
  return (
    <details class="mapping">
      <summary>
        Kolumner{table.layoutApplied ? ' (sparad inställning för den här filtypen användes)' : ''}
      </summary>
      <div class="mapping-grid">
        {OFFENCE_FIELDS.map((field) => (
          <label key={field}>
            {FIELD_LABELS[field]}
            <select
              value={table.mapping[field] === undefined ? '' : String(table.mapping[field])}
              onChange={(e) => set(field, e.currentTarget.value)}
            >
              <option value="">(ingen)</option>
              {table.header.map((h, i) => (
                <option key={i} value={String(i)}>
                  {h || `Kolumn ${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Östlig koordinat (Y i svensk geodesi) finns i
          <select
            value={String(table.eastColumn)}
            onChange={(e) => onChange(table.mapping, Number(e.currentTarget.value) as 0 | 1)}
          >
            <option value="0">koordinat 1</option>
            <option value="1">koordinat 2</option>
          </select>
        </label>
      </div>
    </details>
  );
}

/** The UNKNOWN_CATEGORY code in the table's category column. */
const UNKNOWN = 255;

/**
 * Every value of the category column and the lägesbild category it counts
 * under: defaults for common Swedish names, changeable; unknown values are
 * listed first and counted under "Ej mappad", never dropped.
 */
export function CategoryMappingEditor({
  table,
  onAssign,
}: {
  table: Table;
  onAssign: (raw: string, category: number | null) => void;
}) {
  const values = [...table.categoryValues].sort(
    (a, b) => Number(b[2] === UNKNOWN) - Number(a[2] === UNKNOWN),
  );
  const unknown = values.filter((v) => v[2] === UNKNOWN).length;
  if (values.length === 0) return null;
  return (
    <details class="mapping" open={unknown > 0}>
      <summary>
        Brottskategorier ({formatCount(values.length)} värden, {formatCount(unknown)} ej mappade)
      </summary>
      <table class="data" data-testid="category-mapping">
        <tbody>
          {values.map(([raw, n, category]) => (
            <tr key={raw}>
              <th scope="row">
                {raw ? <LongValue value={raw} /> : '(tom)'}{' '}
                <span class="caption">({formatCount(n)})</span>
              </th>
              <td>
                <select
                  value={String(category)}
                  onChange={(e) => onAssign(raw, Number(e.currentTarget.value))}
                  aria-label={`Kategori för ${shortenValue(raw) || '(tom)'}`}
                >
                  <option value={String(UNKNOWN)}>Ej mappad (okänd kategori)</option>
                  {CATEGORIES.map((c, i) => (
                    <option key={c} value={String(i)}>
                      {c}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
