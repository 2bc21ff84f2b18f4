import type { StorageState } from '../state/storageState';
import type { BackupActions } from '../state/backupActions';

/** Everything the user made, saved as one zip file and read back: the way to move or keep it. */
export function BackupSection({
  backup,
  actions,
}: {
  backup: StorageState['backup'];
  actions: BackupActions;
}) {
  return (
    <section class="backup" aria-labelledby="backup-title">
      <h3 id="backup-title">Säkerhetskopia</h3>
      <p class="caption">
        Dina filer och kolumnval, vandringar, observationer med foton, platser och vyer i en
        zip-fil. Den stannar på din dator; läs in den här eller i en annan webbläsare.
      </p>
      <div class="backup-buttons">
        <button type="button" onClick={actions.saveBackup} data-testid="save-backup">
          Spara säkerhetskopia
        </button>
        <label class="file-button">
          Läs in säkerhetskopia
          <input
            type="file"
            accept=".zip,application/zip"
            data-testid="backup-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) actions.loadBackup(file);
            }}
          />
        </label>
      </div>
      {backup && (
        <p
          class={backup.ok ? 'caption' : 'failed'}
          role={backup.ok ? 'status' : 'alert'}
          data-testid="backup-status"
        >
          {backup.message}
        </p>
      )}
    </section>
  );
}
