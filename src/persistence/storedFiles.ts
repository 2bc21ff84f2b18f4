import type { FileStore, StoredFile } from './fileStore';

/** A stored file that can be loaded again. */
export interface ReadableStoredFile {
  file: StoredFile;
  blob: Blob;
}

/** A stored record that cannot be loaded: named for the user, removable by id. */
export interface StoredFileProblem {
  id: string;
  fileName: string;
  message: string;
}

/** `why` is a clause; a trailing full stop is dropped so the message reads as one sentence. */
export const storedFileMessage = (fileName: string, why: string): string =>
  `Den sparade filen ${fileName} kunde inte läsas: ${why.replace(/\.\s*$/, '')}. ` +
  'Ta bort den här och lägg till filen igen om du behöver den.';

/** Reading a byte proves the Blob's backing data still exists (browsers can lose it). */
async function unreadable(blob: Blob): Promise<string | null> {
  try {
    await blob.slice(0, 1).arrayBuffer();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Every stored file whose record and bytes are intact, and a report of the others: one damaged
 * record must neither stop the rest from loading nor surface as a raw JavaScript error.
 */
export async function readStoredFiles(
  store: FileStore,
): Promise<{ files: ReadableStoredFile[]; problems: StoredFileProblem[] }> {
  const files: ReadableStoredFile[] = [];
  const problems: StoredFileProblem[] = [];
  for (const file of await store.all()) {
    const fileName = typeof file.name === 'string' && file.name ? file.name : String(file.id);
    const report = (why: string) =>
      problems.push({ id: file.id, fileName, message: storedFileMessage(fileName, why) });
    if (typeof file.name !== 'string' || typeof file.role !== 'string') {
      report('uppgifterna om filen är skadade');
      continue;
    }
    let blob: unknown;
    try {
      blob = await store.blob(file.id);
    } catch (e) {
      report(
        `webbläsaren kunde inte hämta innehållet: ${e instanceof Error ? e.message : String(e)}`,
      );
      continue;
    }
    if (blob === undefined) {
      report('innehållet saknas i webbläsarens lagring');
      continue;
    }
    if (!(blob instanceof Blob)) {
      report('innehållet är skadat');
      continue;
    }
    const error = await unreadable(blob);
    if (error) {
      report(`webbläsaren kan inte längre läsa innehållet: ${error}`);
      continue;
    }
    files.push({ file, blob });
  }
  return { files, problems };
}
