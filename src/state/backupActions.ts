import type { BackupSummary } from '../persistence/backup';
import type { AppState } from './appState';
import { downloadBlob } from './download';
import type { OpenedStorage } from './openStorage';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(s: BackupSummary): string {
  return (
    `${count(s.documents, 'dokument', 'dokument')} med ${count(s.attachments, 'foto', 'foton')}, ` +
    `${count(s.files, 'fil', 'filer')} och ${count(s.layouts, 'sparat kolumnval', 'sparade kolumnval')}`
  );
}

/** Saves everything the user made as one zip, and reads such a zip back. */
/** Saving and reading back everything the user made as one file. */
export interface BackupActions {
  saveBackup: () => void;
  loadBackup: (file: File) => void;
}

export function createBackupActions(
  state: AppState,
  storage: OpenedStorage,
  reloadStored: () => Promise<void>,
): BackupActions {
  const report = (ok: boolean, message: string) => {
    state.storage.value = { ...state.storage.value, backup: { ok, message } };
  };
  const failed = (what: string, e: unknown) => {
    console.error(e);
    report(false, `${what}: ${e instanceof Error ? e.message : String(e)}`);
  };
  return {
    saveBackup: () => {
      void (async () => {
        try {
          // The zip code is fetched on first use: the first view does not need it.
          const { exportBackup } = await import('../persistence/backup');
          const now = new Date();
          const { bytes, summary } = await exportBackup(
            { docs: await storage.docs, files: storage.files },
            now,
          );
          const day = now.toLocaleDateString('sv-SE');
          downloadBlob(
            new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
            `lageskartan-sakerhetskopia-${day}.zip`,
          );
          const skipped = summary.skipped.map((p) => p.fileName).join(', ');
          report(
            skipped === '',
            `Säkerhetskopian sparades: ${describe(summary)}.` +
              (skipped ? ` Utan ${skipped}, som inte kan läsas (se ovan).` : ''),
          );
        } catch (e) {
          failed('Säkerhetskopian kunde inte sparas', e);
        }
      })();
    },
    loadBackup: (file: File) => {
      void (async () => {
        try {
          const { importBackup } = await import('../persistence/backup');
          const summary = await importBackup(new Uint8Array(await file.arrayBuffer()), file.name, {
            docs: await storage.docs,
            files: storage.files,
          });
          report(true, `Säkerhetskopian ${file.name} lästes in: ${describe(summary)}.`);
          await reloadStored();
        } catch (e) {
          failed(`Säkerhetskopian ${file.name} kunde inte läsas in`, e);
        }
      })();
    },
  };
}
