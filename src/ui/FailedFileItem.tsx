import { CRS_LABELS, type CrsCode } from '../data/crsCodes';
import { shortenLongValues } from '../data/shortenValue';
import type { DateOrder } from '../data/parseDateTime';
import type { FailedFile, StoredOptions } from '../worker/protocol';

/**
 * A file that could not be read, with what to do. When only an answer is
 * missing — the coordinate system (the systems in which the file lands in
 * Sweden first) or the order of day and month — it is asked here, so the
 * user is never left at a dead end.
 */
export function FailedFileItem({
  f,
  onRetry,
}: {
  f: FailedFile;
  onRetry: (fileName: string, options: StoredOptions) => void;
}) {
  const choices = f.crsChoices ?? [];
  const fitting = f.crsFitting ?? 0;
  const option = (code: CrsCode) => (
    <option key={code} value={code}>
      {CRS_LABELS[code]} ({code})
    </option>
  );
  return (
    <li>
      <strong>{f.fileName}</strong>: {shortenLongValues(f.message)}
      {choices.length > 0 && (
        <label class="crs-chooser">
          Välj koordinatsystem för {f.fileName}
          <select
            data-testid="failed-crs"
            value=""
            onChange={(e) => {
              const crs = e.currentTarget.value as CrsCode;
              if (crs) onRetry(f.fileName, { crs });
            }}
          >
            <option value="">Välj …</option>
            {fitting > 0 && (
              <optgroup label="Passar filens koordinater">
                {choices.slice(0, fitting).map(option)}
              </optgroup>
            )}
            <optgroup label={fitting > 0 ? 'Övriga' : 'Alla system'}>
              {choices.slice(fitting).map(option)}
            </optgroup>
          </select>
        </label>
      )}
      {f.needsDateOrder && (
        <label class="crs-chooser">
          Hur är datumen i {f.fileName} skrivna?
          <select
            data-testid="failed-date-order"
            value=""
            onChange={(e) => {
              const order = e.currentTarget.value as DateOrder | '';
              if (order) onRetry(f.fileName, { dateOrder: order });
            }}
          >
            <option value="">Välj …</option>
            <option value="dmy">Dag först: 05/03/2024 = 5 mars 2024</option>
            <option value="mdy">Månad först: 05/03/2024 = 3 maj 2024</option>
          </select>
        </label>
      )}
    </li>
  );
}
