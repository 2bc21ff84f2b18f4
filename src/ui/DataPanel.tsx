import { CRS_LABELS, type CrsCode } from '../data/crsCodes';
import { shortenLongValues } from '../data/shortenValue';
import { ENCODING_LABELS, type TextEncodingName } from '../data/decodeText';
import { ROLE_LABELS, type FileRole } from '../data/import/importTypes';
import type { Signal } from '@preact/signals';
import type { LoadStatus } from '../state/appState';
import type { BackupActions } from '../state/backupActions';
import type { StorageState } from '../state/storageState';
import type { WorkspaceActions } from '../state/workspace';
import type { DatasetSummary, FailedFile, IndicatorView } from '../worker/protocol';
import { BackupSection } from './BackupSection';
import { FailedFileItem } from './FailedFileItem';
import { FileProgress } from './LoadProgress';
import { IndicatorEditor } from './IndicatorEditor';
import { DuplicateNotice } from './DuplicateNotice';
import { CategoryMappingEditor, ColumnMappingEditor } from './MappingEditors';
import { formatCount } from './format';
import { StorageNotices } from './StorageNotices';

export type DataPanelActions = WorkspaceActions & BackupActions;

interface Props {
  datasets: DatasetSummary[];
  /** Roles the demo's files still fill: a demo file of another role is replaced by the user's. */
  demoRoles: FileRole[];
  status: Signal<LoadStatus>;
  failed: FailedFile[];
  indicator: IndicatorView | null;
  storage: StorageState;
  actions: DataPanelActions;
}

const ACCEPT = '.csv,.txt,.tsv,.geojson,.json,.zip,.kml,.kmz,.gpx,.xlsx';

function DatasetRow({
  d,
  replaced,
  actions,
  indicator,
}: {
  d: DatasetSummary;
  replaced: boolean;
  actions: DataPanelActions;
  indicator: IndicatorView | null;
}) {
  return (
    <li class="dataset" data-testid="dataset">
      <div class="dataset-head">
        <strong>{d.fileName}</strong>
        {d.demo && <span class="demo-badge small">Demodata</span>}
        {!d.demo && (
          <button
            type="button"
            class="link"
            onClick={() => actions.remove(d.id)}
            aria-label={`Ta bort ${d.fileName}`}
          >
            Ta bort
          </button>
        )}
      </div>
      {replaced && (
        <p class="caption replaced" data-testid="demo-replaced">
          Används inte nu: dina egna filer ersätter demodatan för{' '}
          {ROLE_LABELS[d.role].toLowerCase()}.
        </p>
      )}
      <p class="caption">
        {formatCount(d.loaded)} {d.format === 'csv' || d.format === 'xlsx' ? 'rader' : 'objekt'}{' '}
        inlästa. {d.detectedText}
      </p>
      {!d.demo && (
        <div class="dataset-options">
          <label>
            Används som
            <select
              value={d.role}
              onChange={(e) => actions.setRole(d.id, e.currentTarget.value as FileRole)}
            >
              {Object.entries(ROLE_LABELS).map(([role, label]) => (
                <option key={role} value={role}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {d.crs && (
            <label>
              Koordinatsystem
              <select
                value={d.crs}
                onChange={(e) => actions.setCrs(d.id, e.currentTarget.value as CrsCode)}
              >
                {Object.entries(CRS_LABELS).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {d.workbook && d.workbook.sheets.length > 1 && (
            <label>
              Blad
              <select
                value={d.workbook.sheet}
                onChange={(e) => actions.setSheet(d.id, e.currentTarget.value)}
              >
                {d.workbook.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          )}
          {d.encoding && (
            <label>
              Teckenkodning
              <select
                value={d.encoding}
                onChange={(e) =>
                  actions.setEncoding(d.id, e.currentTarget.value as TextEncodingName)
                }
              >
                {Object.entries(ENCODING_LABELS).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {d.problemCount > 0 && (
        <div class="warning">
          {formatCount(d.problemCount)} rader kunde inte användas, t.ex. rad {d.problems[0]?.row}:{' '}
          {shortenLongValues(d.problems[0]?.message ?? '')}{' '}
          <button type="button" class="link" onClick={() => actions.downloadProblems(d.id)}>
            Ladda ner listan (CSV)
          </button>
        </div>
      )}
      {d.table?.duplicates && d.table.duplicates.count > 0 && (
        <DuplicateNotice
          duplicates={d.table.duplicates}
          onDrop={(drop) => actions.setDropDuplicates(d.id, drop)}
        />
      )}
      {d.role === 'indicator' && (
        <IndicatorEditor d={d} view={indicator} onShow={actions.showIndicator} />
      )}
      {d.table && !d.demo && (
        <>
          <ColumnMappingEditor
            table={d.table}
            onChange={(m, east) => actions.setMapping(d.id, m, east)}
          />
          <CategoryMappingEditor
            table={d.table}
            onAssign={(raw, cat) => actions.assignCategory(d.id, raw, cat)}
          />
        </>
      )}
    </li>
  );
}

/** The user's files: what each is used as, what was detected, and every row that could not be used. */
export function DataPanel({
  datasets,
  demoRoles,
  status,
  failed,
  indicator,
  storage,
  actions,
}: Props) {
  const stored = storage.problems.length > 0;
  const attention = failed.length > 0 || stored || storage.notices.length > 0;
  return (
    <details class="card data-panel" open={datasets.some((d) => !d.demo) || attention}>
      <summary>Data och filer</summary>
      <label class="file-button">
        Lägg till filer (CSV, Excel, GeoJSON, Shapefile i zip, KML/KMZ, GPX)
        <input
          type="file"
          multiple
          accept={ACCEPT}
          data-testid="file-input"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            if (files.length > 0) actions.addFiles(files);
          }}
        />
      </label>
      <FileProgress signal={status} />
      <p class="caption">
        Eller dra filerna till kartan. Filerna läses bara här i webbläsaren och laddas aldrig upp.
      </p>
      <StorageNotices storage={storage} onRemove={actions.removeStored} />
      {failed.length > 0 && (
        // The alert wraps the list: role="alert" on the <ul> itself would hide its list semantics.
        <div role="alert" data-testid="failed-files">
          <ul class="failed">
            {failed.map((f) => (
              <FailedFileItem key={f.fileName + f.message} f={f} onRetry={actions.retryWith} />
            ))}
          </ul>
        </div>
      )}
      <ul class="datasets">
        {datasets.map((d) => (
          <DatasetRow
            key={d.id}
            d={d}
            replaced={d.demo && !demoRoles.includes(d.role)}
            actions={actions}
            indicator={indicator}
          />
        ))}
      </ul>
      {(datasets.some((d) => !d.demo) || stored) && (
        <button type="button" class="danger" onClick={actions.clear} data-testid="clear-files">
          Rensa mina filer
        </button>
      )}
      <BackupSection backup={storage.backup} actions={actions} />
    </details>
  );
}
