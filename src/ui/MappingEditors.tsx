import { CATEGORIES } from '../analysis/categories';
import { FIELD_LABELS, type ColumnMapping, type OffenceField } from '../data/detectColumns';
import type { DatasetSummary } from '../worker/datasetTypes';
import { formatCount } from './format';

type Table = NonNullable<DatasetSummary['table']>;

const FIELDS: OffenceField[] = [
  'date',
  'time',
  'category',
  'type',
  'street',
  'coordA',
  'coordB',
  'id',
];

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
        {FIELDS.map((field) => (
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

/** Values in the category column that are not lägesbild categories: the user assigns them, nothing is dropped. */
export function CategoryMappingEditor({
  unknown,
  table,
  onAssign,
}: {
  unknown: [string, number][];
  table: Table;
  onAssign: (raw: string, category: number | null) => void;
}) {
  const assigned = Object.entries(table.categoryMapping);
  if (unknown.length === 0 && assigned.length === 0) return null;
  return (
    <details class="mapping" open={unknown.length > 0}>
      <summary>Brottskategorier att koppla ({formatCount(unknown.length)} okända)</summary>
      <table class="data">
        <tbody>
          {unknown.map(([raw, n]) => (
            <tr key={raw}>
              <th scope="row">
                {raw || '(tom)'} <span class="caption">({formatCount(n)})</span>
              </th>
              <td>
                <select
                  value=""
                  onChange={(e) =>
                    onAssign(
                      raw,
                      e.currentTarget.value === '' ? null : Number(e.currentTarget.value),
                    )
                  }
                  aria-label={`Kategori för ${raw}`}
                >
                  <option value="">Okänd kategori</option>
                  {CATEGORIES.map((c, i) => (
                    <option key={c} value={String(i)}>
                      {c}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
          {assigned.map(([key, index]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td>
                {CATEGORIES[index]}{' '}
                <button type="button" class="link" onClick={() => onAssign(key, null)}>
                  Ångra
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
