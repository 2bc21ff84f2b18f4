import { CRS_LABELS, type CrsCode } from '../data/crs';
import { shortenLongValues } from '../data/shortenValue';
import type { FailedFile } from '../worker/protocol';

/**
 * A file that could not be read, with what to do. When only the coordinate
 * system is missing, the systems in which the file lands in Sweden are
 * offered first, so the user is never left at a dead end.
 */
export function FailedFileItem({
  f,
  onChooseCrs,
}: {
  f: FailedFile;
  onChooseCrs: (fileName: string, crs: CrsCode) => void;
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
              if (crs) onChooseCrs(f.fileName, crs);
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
    </li>
  );
}
